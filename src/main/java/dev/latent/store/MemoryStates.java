package dev.latent.store;

/**
 * The memory state of a deck's cards, column by column: what predicted recall needs and no more. Entry {@code i}
 * is one card; {@code known[i]} is false for a card never rated (no stability or last review), whose other
 * entries are then meaningless.
 *
 * @param stability FSRS stability in days
 * @param lastReviewMs epoch ms of the last review
 */
public record MemoryStates(double[] stability, long[] lastReviewMs, boolean[] known) {

    public MemoryStates {
        if (stability.length != lastReviewMs.length || stability.length != known.length) {
            throw new IllegalArgumentException("columns of different lengths");
        }
    }

    public int size() {
        return stability.length;
    }
}

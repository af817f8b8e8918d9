package dev.latent.store;

/**
 * The memory state of a deck's cards, column by column: what predicted recall needs and no more. Entry {@code i}
 * is the {@code i}-th card ever rated, in card order; cards never rated have no entry but count in {@code cards}.
 *
 * @param cards all the deck's cards (not orphaned), rated or not
 * @param stability FSRS stability in days
 * @param lastReviewMs epoch ms of the last review
 */
public record MemoryStates(int cards, double[] stability, long[] lastReviewMs) {

    public MemoryStates {
        if (stability.length != lastReviewMs.length || stability.length > cards) {
            throw new IllegalArgumentException("columns of different lengths, or more rated cards than cards");
        }
    }

    /** How many cards have been rated. */
    public int rated() {
        return stability.length;
    }
}

package dev.latent.scheduling;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every card's reviews in time order, in the compact form the optimizer and the replay metrics need: per review
 * only the rating, the whole days since the card's previous review and its time (13 bytes, so a million reviews
 * take 13 MB; the time places a review among all the others, for the recency of a fit and a split at one moment).
 *
 * <p>Cards are ordered by their first review (then by key), and each card's reviews by time (equal times keep the
 * order they were added in), so the order of the rows in a log file never changes a result.
 */
public final class ReviewHistory {

    /** Reviews of card c are at indices {@code start[c]} (inclusive) to {@code start[c + 1]} (exclusive). */
    private final int[] start;
    private final byte[] ratings;
    /** Whole days since the card's previous review (0 for its first review; never negative). */
    private final int[] elapsedDays;
    /** Microseconds since 1970-01-01T00:00Z. */
    private final long[] micros;

    private ReviewHistory(int[] start, byte[] ratings, int[] elapsedDays, long[] micros) {
        this.start = start;
        this.ratings = ratings;
        this.elapsedDays = elapsedDays;
        this.micros = micros;
    }

    /** The history of a parsed review log. */
    public static ReviewHistory of(List<ReviewLogReplay.Review> log) {
        Builder builder = new Builder();
        for (ReviewLogReplay.Review review : log) builder.add(review.cardId(), review.rating(), review.time());
        return builder.build();
    }

    public int cardCount() {
        return start.length - 1;
    }

    public int reviewCount() {
        return ratings.length;
    }

    /** Number of reviews of card {@code card} (0-based, in the history's card order). */
    public int reviewCount(int card) {
        return start[card + 1] - start[card];
    }

    /** Rating of the card's {@code index}-th review (0-based, in time order). */
    public Rating rating(int card, int index) {
        return Rating.of(ratings[start[card] + index]);
    }

    /** Whole days between the card's {@code index}-th review and the one before (0 for its first review). */
    public int elapsedDays(int card, int index) {
        return elapsedDays[start[card] + index];
    }

    /** Time of the card's {@code index}-th review, in microseconds since 1970-01-01T00:00Z. */
    public long epochMicros(int card, int index) {
        return micros[start[card] + index];
    }

    /**
     * The first {@code floor(fraction * n)} reviews of each card (cards left with none are dropped): the part an
     * optimizer fits on when the rest is held out, see {@link ReplayMetrics#heldOut}.
     */
    public ReviewHistory firstPart(double fraction) {
        return firstPart(trainingLengths(fraction));
    }

    /**
     * The first {@code lengths[c]} reviews of each card c (cards left with none are dropped), for a split given
     * by {@link #trainingLengths} or {@link #reviewsBefore}.
     */
    public ReviewHistory firstPart(int[] lengths) {
        if (lengths.length != cardCount()) {
            throw new IllegalArgumentException(lengths.length + " lengths for " + cardCount() + " cards");
        }
        int kept = 0;
        int keptCards = 0;
        for (int c = 0; c < cardCount(); c++) {
            if (lengths[c] < 0 || lengths[c] > reviewCount(c)) {
                throw new IllegalArgumentException("card " + c + " has " + reviewCount(c) + " reviews, not " + lengths[c]);
            }
            kept += lengths[c];
            if (lengths[c] > 0) keptCards++;
        }
        int[] newStart = new int[keptCards + 1];
        byte[] newRatings = new byte[kept];
        int[] newElapsed = new int[kept];
        long[] newMicros = new long[kept];
        int at = 0;
        int card = 0;
        for (int c = 0; c < cardCount(); c++) {
            int n = lengths[c];
            if (n == 0) continue;
            System.arraycopy(ratings, start[c], newRatings, at, n);
            System.arraycopy(elapsedDays, start[c], newElapsed, at, n);
            System.arraycopy(micros, start[c], newMicros, at, n);
            at += n;
            newStart[++card] = at;
        }
        return new ReviewHistory(newStart, newRatings, newElapsed, newMicros);
    }

    /**
     * Per card, whether it is held out whole when about {@code fraction} of the cards are fitted on: a fixed
     * pseudo-random choice keyed on the card's first review time, so the same log holds out the same cards whatever
     * the order of its rows. Fitting on the others and measuring on these shows whether a fit carries over to cards
     * it never saw, without the drift along each card's history that the per-card split also measures.
     */
    public boolean[] heldOutCards(double fraction) {
        if (!(fraction > 0 && fraction < 1)) throw new IllegalArgumentException("fraction must be in (0, 1), was " + fraction);
        boolean[] heldOut = new boolean[cardCount()];
        for (int c = 0; c < heldOut.length; c++) {
            heldOut[c] = Fsrs.unit(Fsrs.finalizer(micros[start[c]] ^ HELD_OUT_SEED)) >= fraction;
        }
        return heldOut;
    }

    /** The cards whose {@code keep} entry is true, with all their reviews. */
    public ReviewHistory cards(boolean[] keep) {
        if (keep.length != cardCount()) throw new IllegalArgumentException(keep.length + " flags for " + cardCount() + " cards");
        int[] lengths = new int[cardCount()];
        for (int c = 0; c < lengths.length; c++) lengths[c] = keep[c] ? reviewCount(c) : 0;
        return firstPart(lengths);
    }

    private static final long HELD_OUT_SEED = 0x9E3779B97F4A7C15L;

    /** Per card, how many of its reviews fall in the first {@code fraction} of them: the split of {@code --split}. */
    public int[] trainingLengths(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) throw new IllegalArgumentException("fraction must be in [0, 1], was " + fraction);
        int[] lengths = new int[cardCount()];
        for (int c = 0; c < lengths.length; c++) lengths[c] = trainingLength(reviewCount(c), fraction);
        return lengths;
    }

    /** How many of a card's {@code n} reviews fall in the first {@code fraction} of them. */
    static int trainingLength(int n, double fraction) {
        return (int) Math.floor(fraction * n);
    }

    /**
     * Per card, how many of its reviews came strictly before {@code epochMicros}: a split at one moment across all
     * cards, so that what is held out is what came after it (as a learner who optimizes on that day would see).
     */
    public int[] reviewsBefore(long epochMicros) {
        int[] lengths = new int[cardCount()];
        for (int c = 0; c < lengths.length; c++) {
            int j = 0;
            while (j < reviewCount(c) && micros[start[c] + j] < epochMicros) j++;
            lengths[c] = j;
        }
        return lengths;
    }

    /**
     * The moment before which {@code floor(fraction * N)} of all N reviews lie: the time of the review at that rank
     * in time order (ties go after the moment together), so {@code reviewsBefore(momentAt(0.8))} holds out about the
     * last fifth of the whole log.
     */
    public long momentAt(double fraction) {
        if (!(fraction > 0 && fraction < 1)) throw new IllegalArgumentException("fraction must be in (0, 1), was " + fraction);
        if (micros.length == 0) return Long.MIN_VALUE;
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(fraction * sorted.length)];
    }

    /**
     * Collects reviews in any order, one at a time (nothing per review is kept but its card, time and rating), and
     * sorts them into a {@link ReviewHistory}.
     */
    public static final class Builder {

        private final Map<String, Integer> cardIndex = new HashMap<>();
        private int[] cards = new int[1024];
        private long[] micros = new long[1024];
        private byte[] ratings = new byte[1024];
        private int size;

        /** Adds one review; the time is kept to the microsecond. */
        public Builder add(String cardKey, Rating rating, Instant time) {
            return add(cardKey, rating, Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L),
                    time.getNano() / 1_000));
        }

        /** Adds one review at {@code epochMicros} microseconds since 1970-01-01T00:00Z. */
        public Builder add(String cardKey, Rating rating, long epochMicros) {
            if (size == cards.length) {
                int capacity = Math.max(size + 1, size + (size >> 1));
                cards = Arrays.copyOf(cards, capacity);
                micros = Arrays.copyOf(micros, capacity);
                ratings = Arrays.copyOf(ratings, capacity);
            }
            Integer card = cardIndex.get(cardKey);
            if (card == null) {
                card = cardIndex.size();
                cardIndex.put(cardKey, card);
            }
            cards[size] = card;
            micros[size] = epochMicros;
            ratings[size] = (byte) rating.value();
            size++;
            return this;
        }

        public int size() {
            return size;
        }

        public ReviewHistory build() {
            int cardTotal = cardIndex.size();
            // Bucket the reviews by card, keeping the order they were added in (a counting sort).
            int[] bucketStart = new int[cardTotal + 1];
            for (int i = 0; i < size; i++) bucketStart[cards[i] + 1]++;
            for (int c = 0; c < cardTotal; c++) bucketStart[c + 1] += bucketStart[c];
            int[] byCard = new int[size];
            int[] fill = Arrays.copyOf(bucketStart, cardTotal);
            for (int i = 0; i < size; i++) byCard[fill[cards[i]]++] = i;

            // Each card's reviews by time; equal times keep the order they were added in (stable).
            long[] firstTime = new long[cardTotal];
            for (int c = 0; c < cardTotal; c++) {
                sortByTime(byCard, bucketStart[c], bucketStart[c + 1]);
                firstTime[c] = micros[byCard[bucketStart[c]]];
            }

            // Cards by first review, then key, so that the file's row order never matters.
            String[] keys = new String[cardTotal];
            cardIndex.forEach((key, index) -> keys[index] = key);
            Integer[] cardOrder = new Integer[cardTotal];
            for (int c = 0; c < cardTotal; c++) cardOrder[c] = c;
            Arrays.sort(cardOrder, (a, b) -> {
                int byTime = Long.compare(firstTime[a], firstTime[b]);
                return byTime != 0 ? byTime : keys[a].compareTo(keys[b]);
            });

            int[] start = new int[cardTotal + 1];
            byte[] outRatings = new byte[size];
            int[] outElapsed = new int[size];
            long[] outMicros = new long[size];
            int at = 0;
            for (int k = 0; k < cardTotal; k++) {
                int c = cardOrder[k];
                long previous = 0;
                for (int j = bucketStart[c]; j < bucketStart[c + 1]; j++) {
                    int review = byCard[j];
                    outRatings[at] = ratings[review];
                    // Whole days, truncated like Fsrs.elapsedDays (the reviews are sorted, so never negative).
                    long days = j == bucketStart[c] ? 0 : Math.floorDiv(micros[review] - previous, 86_400_000_000L);
                    outElapsed[at] = (int) Math.min(days, Integer.MAX_VALUE);
                    outMicros[at] = micros[review];
                    previous = micros[review];
                    at++;
                }
                start[k + 1] = at;
            }
            return new ReviewHistory(start, outRatings, outElapsed, outMicros);
        }

        private void sortByTime(int[] reviews, int from, int to) {
            boolean sorted = true;
            for (int j = from + 1; j < to && sorted; j++) sorted = micros[reviews[j - 1]] <= micros[reviews[j]];
            if (sorted) return;
            Integer[] boxed = new Integer[to - from];
            for (int j = from; j < to; j++) boxed[j - from] = reviews[j];
            Arrays.sort(boxed, (a, b) -> Long.compare(micros[a], micros[b])); // stable (TimSort)
            for (int j = from; j < to; j++) reviews[j] = boxed[j - from];
        }
    }
}

package dev.latent.scheduling;

/** How well the learner recalled a card, FSRS's grade G: Again=1, Hard=2, Good=3, Easy=4. */
public enum Rating {
    AGAIN, HARD, GOOD, EASY;

    /** The numeric grade G used by the FSRS formulas and Anki's revlog. */
    public int value() {
        return ordinal() + 1;
    }

    /**
     * Whether this rating counts as recalling the card: anything above Again. The one rule behind true retention,
     * the optimiser's loss and the replay metrics; the statistics' SQL uses {@link #RECALLED_SQL}.
     */
    public boolean recalled() {
        return this != AGAIN;
    }

    /** {@link #recalled()} for a revlog row in SQL (column {@code rating}). */
    public static final String RECALLED_SQL = "rating > 1";

    /** The name Anki shows on its button: "Again", "Hard", "Good", "Easy". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    public static Rating of(int value) {
        if (value < 1 || value > 4) throw new IllegalArgumentException("rating must be 1-4, was " + value);
        return values()[value - 1];
    }
}

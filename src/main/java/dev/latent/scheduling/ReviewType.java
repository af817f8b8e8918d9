package dev.latent.scheduling;

/** What kind of answer a review-log row records; the codes are Anki's revlog {@code type}. */
public enum ReviewType {
    LEARN(0), REVIEW(1), RELEARN(2), FILTERED(3), MANUAL(4);

    private final int code;

    ReviewType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ReviewType of(int code) {
        for (ReviewType type : values()) {
            if (type.code == code) return type;
        }
        throw new IllegalArgumentException("review type must be 0-4, was " + code);
    }
}

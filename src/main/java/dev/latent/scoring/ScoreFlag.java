package dev.latent.scoring;

/** Why a score was limited; each caps the grade as set in {@link ScoringPolicy}. */
public enum ScoreFlag {
    /** Nothing to grade: empty, blank or without a single word. */
    EMPTY_ANSWER,
    /** A required concept is not hit. */
    REQUIRED_MISSING,
    /** The answer lists terms without saying anything about them. */
    KEYWORD_LIST,
    /** A concept is both affirmed and negated (or its opposite stated). */
    CONTRADICTION,
    /** The answer states at least one misconception. */
    MISCONCEPTION,
    /**
     * The question is asked in parts (its rubric's concepts say which), and the answer says something for one part
     * and nothing for another: a main part of the question is unanswered.
     */
    PART_UNANSWERED
}

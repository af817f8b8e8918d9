package dev.latent.scoring;

import java.util.List;

/**
 * The grade of one answer and the reasons for it.
 *
 * @param score 0-100 after caps; {@code grade == policy.gradeBands().gradeOf(score)}
 * @param grade 0-4, the instructor scale of the deck's sample answers
 * @param uncappedScore the score before any cap in {@code flags} applied
 * @param earned sum of the weights of the concepts hit
 * @param penalty sum of the penalties of the misconceptions stated
 * @param possible sum of the weights of the concepts the model answer states (the others are also accepted)
 * @param concepts one entry per rubric concept, in rubric order
 * @param misconceptions the misconceptions stated, in rubric order (stated opposites after them)
 * @param flags why the score was limited, if it was
 * @param modelAnswer the part of the score that came from the model answer, for a rubric with few phrasings a
 *                    concept; null when the rubric graded alone
 * @param unansweredParts with {@link ScoreFlag#PART_UNANSWERED}, the parts of the question left unanswered as the
 *                        question writes them ("What is the point of doing so?"), where its sentences are its parts;
 *                        otherwise empty
 */
public record ScoreResult(int score, int grade, int uncappedScore, double earned,
                          double penalty, double possible, List<ConceptResult> concepts,
                          List<MisconceptionResult> misconceptions, List<ScoreFlag> flags, ModelAnswerPart modelAnswer,
                          List<String> unansweredParts) {

    /**
     * A rubric with few phrasings a concept misses right answers in the model answer's other words, so part of its
     * score is how much of the model answer the answer covers: read as points for a rubric someone wrote, as its
     * words for a rubric drafted from the model answer itself.
     *
     * @param share the part of the score (0-1) this gives, before the caps
     * @param score 0-100, the answer against the model answer
     * @param reading how the model answer was read
     */
    public record ModelAnswerPart(double share, int score, Reading reading) {

        /**
         * How the model answer was read: as its points and its words (a rubric someone wrote), or as its words only
         * (the rubric is its points already).
         */
        public enum Reading { POINTS, WORDS }
    }

    public ScoreResult {
        concepts = List.copyOf(concepts);
        misconceptions = List.copyOf(misconceptions);
        flags = List.copyOf(flags);
        unansweredParts = unansweredParts == null ? List.of() : List.copyOf(unansweredParts);
    }

    /** A result that names no unanswered part. */
    public ScoreResult(int score, int grade, int uncappedScore, double earned, double penalty, double possible,
                       List<ConceptResult> concepts, List<MisconceptionResult> misconceptions, List<ScoreFlag> flags,
                       ModelAnswerPart modelAnswer) {
        this(score, grade, uncappedScore, earned, penalty, possible, concepts, misconceptions, flags, modelAnswer, List.of());
    }

    /** A result graded by the rubric alone. */
    public ScoreResult(int score, int grade, int uncappedScore, double earned, double penalty, double possible,
                       List<ConceptResult> concepts, List<MisconceptionResult> misconceptions, List<ScoreFlag> flags) {
        this(score, grade, uncappedScore, earned, penalty, possible, concepts, misconceptions, flags, null, List.of());
    }

    public boolean has(ScoreFlag flag) {
        return flags.contains(flag);
    }

    /**
     * The flags worth telling the learner, in order: all but a keyword list that took nothing ("explain them to earn
     * full credit" is advice only where the list's cap lowered the score). The app and `grade` say the same.
     */
    public List<ScoreFlag> flagsToTell() {
        if (!has(ScoreFlag.KEYWORD_LIST) || score < uncappedScore) return flags;
        return flags.stream().filter(f -> f != ScoreFlag.KEYWORD_LIST).toList();
    }
}

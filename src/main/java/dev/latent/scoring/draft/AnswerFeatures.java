package dev.latent.scoring.draft;

import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.ScoreFlag;
import dev.latent.scoring.ScoreResult;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the reference grader's model reads about one answer: the drafted rubric's result (coverage of
 * words and of word pairs, negated concepts, stated opposites) and a few plain measures of the answer
 * against the reference and the question (length, share of words echoing only the question, polarity).
 * The order of {@link #NAMES} is the order of the model's coefficients.
 */
public final class AnswerFeatures {

    public static final List<String> NAMES = List.of(
            "weighted_coverage", "word_coverage", "pair_coverage", "core_coverage", "engine_score",
            "negated_share", "any_negated", "opposites_stated", "contradiction",
            "answer_negation", "reference_negation", "negation_mismatch",
            "yes_no_match", "yes_no_mismatch",
            "log_length", "length_ratio", "log_reference_length",
            "precision", "echo_share", "novel_share",
            "keyword_list", "empty", "dont_know",
            "coverage_x_negation_mismatch", "coverage_x_opposites", "coverage_x_negated", "coverage_squared",
            "trigram_cosine", "lcs_ratio", "question_coverage", "number_mismatch",
            "aligned_coverage", "aligned_core_coverage", "aligned_precision",
            "state_match", "state_mismatch", "entity_coverage", "entity_extra",
            "negation_flip_share", "any_negation_flip");

    private AnswerFeatures() {
    }

    /** The features of an answer, in {@link #NAMES} order. */
    public static double[] of(DraftedRubric draft, String answer) {
        return of(draft, answer, draft.score(answer));
    }

    static double[] of(DraftedRubric draft, String answer, ScoreResult result) {
        Words words = Words.of(answer);
        Set<String> answerTerms = words.contentTerms();

        double wordWeight = 0, wordHit = 0, pairCount = 0, pairHit = 0, coreWeight = 0, coreHit = 0;
        int negated = 0;
        for (ConceptResult concept : result.concepts()) {
            boolean hit = concept.status() == ConceptStatus.HIT;
            if (concept.status() == ConceptStatus.NEGATED) negated++;
            if (concept.id().startsWith(RubricDrafter.PAIR_PREFIX)) {
                pairCount++;
                if (hit) pairHit++;
            } else {
                wordWeight += concept.weight();
                if (hit) wordHit += concept.weight();
                String term = concept.id().substring(RubricDrafter.WORD_PREFIX.length());
                if (!draft.promptTerms.contains(term)) {
                    coreWeight += 1;
                    if (hit) coreHit += 1;
                }
            }
        }
        int conceptCount = result.concepts().size();
        double weightedCoverage = result.possible() > 0 ? result.earned() / result.possible() : 0;
        double wordCoverage = wordWeight > 0 ? wordHit / wordWeight : 0;
        double pairCoverage = pairCount > 0 ? pairHit / pairCount : wordCoverage;
        double coreCoverage = coreWeight > 0 ? coreHit / coreWeight : wordCoverage;
        double negatedShare = conceptCount > 0 ? negated / (double) conceptCount : 0;
        double opposites = Math.min(3, result.misconceptions().size());

        boolean answerNegation = words.cueCount() > 0;
        boolean referenceNegation = draft.reference.cueCount() > 0;
        int referencePolarity = polarity(draft.referenceText);
        int answerPolarity = polarity(answer);
        boolean yesNoMatch = referencePolarity != 0 && referencePolarity == answerPolarity;
        boolean yesNoMismatch = referencePolarity != 0 && answerPolarity == -referencePolarity;

        int length = words.contentCount();
        int referenceLength = draft.reference.contentCount();
        int inReference = 0, echoOnly = 0, novel = 0;
        for (String term : answerTerms) {
            if (draft.referenceTerms.contains(term)) inReference++;
            else if (draft.promptTerms.contains(term)) echoOnly++;
            else novel++;
        }
        double distinct = Math.max(1, answerTerms.size());
        boolean dontKnow = answerNegation && (answerTerms.contains("know") || answerTerms.contains("sure")
                || answerTerms.contains("idea")) || answerTerms.contains("idk");
        double mismatch = answerNegation != referenceNegation ? 1 : 0;
        double[] aligned = Alignment.coverage(draft.referenceTerms, draft.promptTerms, answerTerms);
        int referenceState = Alignment.circuitState(draft.reference);
        int answerState = Alignment.circuitState(words);
        double[] entities = Alignment.entities(draft.referenceText, answer);
        double[] flips = Alignment.negationFlips(draft.reference, words);

        return new double[]{
                weightedCoverage, wordCoverage, pairCoverage, coreCoverage, result.score() / 100.0,
                negatedShare, negated > 0 ? 1 : 0, opposites, result.has(ScoreFlag.CONTRADICTION) ? 1 : 0,
                answerNegation ? 1 : 0, referenceNegation ? 1 : 0, mismatch,
                yesNoMatch ? 1 : 0, yesNoMismatch ? 1 : 0,
                Math.log1p(length), Math.min(3, length / (double) Math.max(1, referenceLength)),
                Math.log1p(referenceLength),
                inReference / distinct, echoOnly / distinct, novel / distinct,
                result.has(ScoreFlag.KEYWORD_LIST) ? 1 : 0, length == 0 ? 1 : 0, dontKnow ? 1 : 0,
                weightedCoverage * mismatch, weightedCoverage * opposites, weightedCoverage * (negated > 0 ? 1 : 0),
                weightedCoverage * weightedCoverage,
                trigramCosine(draft.referenceText, answer), lcsRatio(draft.reference, words),
                questionCoverage(draft, answerTerms), numberMismatch(draft.referenceTerms, answerTerms),
                aligned[0], aligned[1], aligned[2],
                referenceState != 0 && referenceState == answerState ? 1 : 0,
                referenceState != 0 && answerState == -referenceState ? 1 : 0,
                entities[0], entities[1], flips[0], flips[1]};
    }

    /** Cosine of letter-trigram counts of the two lower-cased texts: survives misspellings and word forms. */
    static double trigramCosine(String a, String b) {
        return Trigrams.of(a).cosine(Trigrams.of(b));
    }

    /** Longest common subsequence of the two term sequences, over the reference's length: word order kept. */
    static double lcsRatio(Words reference, Words answer) {
        List<Words.Word> r = reference.words;
        List<Words.Word> a = answer.words;
        if (r.isEmpty() || a.isEmpty()) return 0;
        int[] previous = new int[a.size() + 1];
        int[] current = new int[a.size() + 1];
        for (Words.Word word : r) {
            for (int j = 1; j <= a.size(); j++) {
                current[j] = word.term().equals(a.get(j - 1).term()) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[a.size()] / (double) r.size();
    }

    /** 1 when the reference states numbers and the answer states a number the reference does not ("45" for "40"). */
    private static double numberMismatch(Set<String> referenceTerms, Set<String> answerTerms) {
        boolean referenceHasNumber = referenceTerms.stream().anyMatch(AnswerFeatures::isNumber);
        if (!referenceHasNumber) return 0;
        for (String term : answerTerms) if (isNumber(term) && !referenceTerms.contains(term)) return 1;
        return 0;
    }

    private static boolean isNumber(String term) {
        if (term.isEmpty()) return false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != ',') return false;
        }
        return true;
    }

    /** Share of the question's content terms the answer repeats. */
    private static double questionCoverage(DraftedRubric draft, Set<String> answerTerms) {
        if (draft.promptTerms.isEmpty()) return 0;
        int hit = 0;
        for (String term : draft.promptTerms) if (answerTerms.contains(term)) hit++;
        return hit / (double) draft.promptTerms.size();
    }

    /** +1 for a text opening with "yes", -1 for one opening with "no" or "not", 0 otherwise. */
    static int polarity(String text) {
        if (text == null) return 0;
        int start = 0;
        while (start < text.length() && !Character.isLetter(text.charAt(start))) start++;
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        String first = text.substring(start, end).toLowerCase(Locale.ROOT);
        return switch (first) {
            case "yes", "yeah", "yep", "yup" -> 1;
            case "no", "not", "nope" -> -1;
            default -> 0;
        };
    }
}

package dev.latent.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SemEvalFitTest {

    private static final String REFERENCE = "The water was evaporated, leaving the salt.";
    private static final String QUESTION = "How did you separate the salt from the water?";

    /** A few answers per question, labelled as a teacher would. */
    private static List<SemEvalRow> rows(String split) {
        List<SemEvalRow> out = new ArrayList<>();
        String[][] answers = {
                {"The water evaporated and the salt was left.", "correct", "correct"},
                {"We let the water evaporate, leaving salt behind.", "correct", "correct"},
                {"Evaporate the water and the salt stays.", "correct", "correct"},
                {"The water did not evaporate and no salt was left.", "incorrect", "contradictory"},
                {"The salt evaporated and left the water.", "incorrect", "contradictory"},
                {"We used a magnet.", "incorrect", "incorrect"},
                {"I poured it through a filter.", "incorrect", "incorrect"},
        };
        for (int q = 0; q < 10; q++) {
            for (int a = 0; a < answers.length; a++) {
                out.add(new SemEvalRow("sciEntsBank", split, "Q" + q, "Q" + q + "." + a, QUESTION, REFERENCE,
                        answers[a][0], answers[a][1], answers[a][2]));
            }
        }
        return out;
    }

    @Test
    void fittingRefusesAnyRowOutsideTheTrainSplit() {
        for (String split : SemEvalReport.TEST_SPLITS) {
            List<SemEvalRow> mixed = new ArrayList<>(rows("train"));
            mixed.add(rows(split).get(3));
            List<SemEvalFit.Example> examples = SemEvalFit.featurize(mixed);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SemEvalFit.fit(examples));
            assertTrue(e.getMessage().contains(split), e.getMessage());
        }
    }

    @Test
    void fitsOnTrainRowsAndLearnsWhatTheyShow() {
        SemEvalFit.Fitted fitted = SemEvalFit.fit(SemEvalFit.featurize(rows("train")));
        List<SemEvalFit.Example> test = SemEvalFit.featurize(rows("test-unseen-answers"));
        SemEvalReport.Result result = SemEvalReport.evaluate("test-unseen-answers", "sciEntsBank", test,
                fitted.model(), dev.latent.scoring.draft.AnswerFeatures.NAMES.indexOf("engine_score"), 0.5);
        assertEquals(70, result.n());
        assertTrue(result.f2() > 0.8, result.toString());
        assertTrue(result.f3() > 0.6, result.toString());
    }

    @Test
    void labelledAnswersMustComeFromTrainAndNeverIncludeTheAnswerItself() {
        List<SemEvalFit.Example> train = SemEvalFit.featurize(rows("train"));
        List<SemEvalFit.Example> test = SemEvalFit.featurize(rows("test-unseen-answers"));
        assertThrows(IllegalArgumentException.class, () -> SemEvalFit.withExamples(train, test));

        List<SemEvalFit.Example> extended = SemEvalFit.withExamples(train, train);
        assertEquals(train.size(), extended.size());
        int nearestCorrect = SemEvalFit.withExampleNames().indexOf("nearest_correct");
        // "We used a magnet." (row 5 of each question) has no twin among the other answers: no perfect match.
        SemEvalFit.Example magnet = extended.stream().filter(e -> e.row().answerId().equals("Q0.5")).findFirst().orElseThrow();
        assertTrue(magnet.features()[nearestCorrect] < 1.0);
        // Each question repeats the same seven answers, so the other questions' copies are not its examples either:
        // the features only look at the same question.
        int nearestIncorrect = SemEvalFit.withExampleNames().indexOf("nearest_incorrect");
        assertTrue(magnet.features()[nearestIncorrect] < 1.0, "only other answers of the question count");
        SemEvalFit.Fitted fitted = SemEvalFit.fit(extended, SemEvalFit.withExampleNames(), e -> e.row().answerId());
        assertEquals(SemEvalFit.withExampleNames(), fitted.model().features());
    }

    @Test
    void similarQuestionsLendTheirGradedAnswersScaledByLikenessButTheOwnQuestionNever() {
        List<SemEvalFit.Example> train = SemEvalFit.featurize(rows("train"));
        List<String> names = SemEvalFit.withSimilarQuestionNames();
        int nearestIncorrect = names.indexOf("similar_question_nearest_incorrect");
        int likeness = names.indexOf("best_reference_similarity");

        // Q1-Q9 share Q0's reference and hold "We used a magnet." marked incorrect: a perfect match.
        SemEvalFit.Example magnet = SemEvalFit.withSimilarQuestions(train, train).stream()
                .filter(e -> e.row().answerId().equals("Q0.5")).findFirst().orElseThrow();
        assertEquals(names.size(), magnet.features().length);
        assertEquals(1.0, magnet.features()[likeness], 1e-12);
        assertEquals(1.0, magnet.features()[nearestIncorrect], 1e-12);

        // With only its own question labelled, nothing is lent: the features stay zero.
        List<SemEvalFit.Example> ownOnly = train.stream().filter(e -> e.row().questionId().equals("Q0")).toList();
        for (SemEvalFit.Example e : SemEvalFit.withSimilarQuestions(ownOnly, ownOnly)) {
            for (int i = dev.latent.scoring.draft.AnswerFeatures.NAMES.size(); i < names.size(); i++) {
                assertEquals(0.0, e.features()[i], 1e-12, names.get(i));
            }
        }

        // A question whose reference shares half its terms ({water, evapor} of {water, evapor, leav, salt}):
        // the same answer matches at half strength.
        SemEvalRow half = new SemEvalRow("sciEntsBank", "test-unseen-questions", "H", "H.1", QUESTION,
                "The water was evaporated.", "We used a magnet.", "incorrect", "incorrect");
        SemEvalFit.Example scaled = SemEvalFit.withSimilarQuestions(SemEvalFit.featurize(List.of(half)), train).get(0);
        assertEquals(0.5, scaled.features()[likeness], 1e-12);
        assertEquals(0.5, scaled.features()[nearestIncorrect], 1e-12);

        // An unrelated reference borrows nothing.
        SemEvalRow unrelated = new SemEvalRow("beetle", "test-unseen-domains", "U", "U.1", "What does a magnet do?",
                "A magnet attracts iron.", "It attracts iron.", "correct", "correct");
        SemEvalFit.Example alone = SemEvalFit.withSimilarQuestions(SemEvalFit.featurize(List.of(unrelated)), train).get(0);
        assertEquals(0.0, alone.features()[likeness], 1e-12);

        List<SemEvalFit.Example> test = SemEvalFit.featurize(rows("test-unseen-questions"));
        assertThrows(IllegalArgumentException.class, () -> SemEvalFit.withSimilarQuestions(train, test));
    }

    @Test
    void theBestThresholdIsFoundByHand() {
        int[] gold = {0, 0, 1, 1};
        double[] p = {0.1, 0.3, 0.35, 0.9};
        double[] best = SemEvalFit.bestThreshold(gold, p);
        assertEquals(1.0, best[1], 1e-12);
        assertTrue(best[0] > 0.3 && best[0] <= 0.35, "threshold " + best[0]);
    }
}

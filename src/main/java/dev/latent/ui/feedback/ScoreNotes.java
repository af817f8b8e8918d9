package dev.latent.ui.feedback;

import dev.latent.scoring.ScoreFlag;
import dev.latent.scoring.ScoreResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines under the score that say why it is what it is: the flags that mattered and the model answer's part. */
final class ScoreNotes {

    private ScoreNotes() {
    }

    static String modelAnswerText(ScoreResult.ModelAnswerPart part) {
        boolean words = part.reading() == ScoreResult.ModelAnswerPart.Reading.WORDS;
        return String.format(Locale.ROOT, "%d%% of this score is %s (%d/100): %s.", Math.round(100 * part.share()),
                words ? "how many of the model answer's words you used" : "how much of the model answer you covered",
                part.score(), words ? "this rubric was drafted from the model answer" : "this rubric lists few ways of saying each idea");
    }

    /**
     * The lines under the score that say why it is what it is, one a flag that matters here.
     *
     * @param typed whether the learner typed anything: a blank answer's "(no answer)" already says it
     */
    static List<String> flagNotes(ScoreResult score, boolean typed) {
        List<String> notes = new ArrayList<>();
        for (ScoreFlag flag : score.flagsToTell()) {
            if (flag == ScoreFlag.EMPTY_ANSWER && !typed) continue;
            notes.add(flagText(flag, score));
        }
        return notes;
    }

    static String flagText(ScoreFlag flag, ScoreResult score) {
        return switch (flag) {
            // Typed: "I don't know", or a guess of a word or two after it ("idk, something about the error").
            case EMPTY_ANSWER -> "Read as no answer, so it earns no credit: it says you don't know.";
            // Say "capped" only where the cap took something away: a blank or off-topic answer was not capped.
            case REQUIRED_MISSING -> score.score() < score.uncappedScore()
                    ? "A required key idea is missing, so the grade is capped."
                    : "A required key idea is missing.";
            case KEYWORD_LIST -> "This reads like a list of terms: explain them to earn full credit.";
            case CONTRADICTION -> "The answer says something and also its opposite.";
            case MISCONCEPTION -> "The answer states a misconception, which costs credit.";
            case PART_UNANSWERED -> (score.unansweredParts().isEmpty() ? "One part of the question is not answered"
                    : "Not answered: " + String.join(" ", score.unansweredParts().stream().map(q -> "\u201C" + q + "\u201D").toList()))
                    + (score.score() < score.uncappedScore() ? ", so the grade is capped." : ".");
        };
    }
}

package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yes or no an answer opens with, for a question that asks one ("Is it necessarily a good autoencoder?" -
 * "No, it may just copy its inputs"). A rubric phrasing that is only "no" (or "yes") stands for that verdict: the
 * word alone has no content the phrase finder could match, and anywhere but at the start it would not be an answer
 * to the question ("no labels", "no idea").
 */
final class OpeningVerdict {

    /**
     * What may come before the verdict at the opening: a numbered or lettered part ("1.", "a)", "Part 1:"), "Answer:",
     * or a filler ("Well,", "Honestly,", "So,").
     */
    private static final String LEAD_IN = "(?:(?:\\(?(?:\\d{1,2}|[a-d]|i{1,3})[.)]|part\\s*(?:\\d{1,2}|[a-d]|one)\\s*[:.)-]|q?\\d{1,2}\\s*:"
            + "|answer\\s*:|well\\s*,?|honestly\\s*,?|so\\s*,)\\s*)?";

    /** "yes mostly.", "yeah pretty much," (phone writers of the sixth and tenth dev sets): still a yes. */
    private static final String YES_QUALIFIED = "(?:\\s+(?:mostly|basically|pretty\\s+much|more\\s+or\\s+less|definitely"
            + "|absolutely|totally|generally|usually))?";

    /**
     * "No," "Nope." "No - ..." "No because ...", "No" on a line of its own, and a no said with "not" ("Not really.",
     * "Absolutely not,", "Not on its own."): the words are the answer only when punctuation, a line break or a reason
     * follows them; "No idea", "No autoencoder is perfect", "Not really sure" and "yes overfitting" are something else
     * or too unclear to credit.
     */
    private static final Pattern OPENING = opening("|[ \t]*[\r\n]");
    /** As the reference grader's model was trained: no line break after the verdict. */
    private static final Pattern OPENING_AS_TRAINED = opening("");

    private static Pattern opening(String lineBreak) {
        return Pattern.compile(
            "^[\\s\"'\u201C\u2018(*\u2022-]*" + LEAD_IN + "(no|nope|nah|(?:yes|yep|yeah)" + YES_QUALIFIED + "|not\\s+(?:really|at\\s+all|necessarily"
                    + "|always|quite|exactly|per\\s+se|in\\s+itself|inherently|automatically|entirely|on\\s+its\\s+own|by\\s+itself|alone)"
                    + "|(?:absolutely|definitely|certainly|of\\s+course|surely|probably)\\s+not|no\\s+way)(?=[\"'\u201D\u2019*]?(?:\\s*(?:[,.;:!\u2014\u2013-]|$)" + lineBreak + ")|\\s+(?:because|since|as|" + String.join("|", AnswerAnalyzer.BECAUSE_SHORT_FORMS) + ")\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private OpeningVerdict() {
    }

    /** "no" or "yes" when the phrasing is only that verdict (any case, any surrounding spaces), otherwise null. */
    static String phrasingVerdict(String phrasing) {
        String word = phrasing.strip().toLowerCase(Locale.ROOT);
        return word.equals("no") || word.equals("yes") ? word : null;
    }

    /** The answer's opening verdict as evidence whose phrasing is "no" or "yes", or null when it opens with neither. */
    static Evidence of(String answer, boolean asTrained) {
        Matcher m = (asTrained ? OPENING_AS_TRAINED : OPENING).matcher(answer);
        if (!m.find()) return null;
        String word = m.group(1);
        String verdict = word.toLowerCase(Locale.ROOT).startsWith("y") ? "yes" : "no";
        Span span = new Span(m.start(1), m.end(1));
        return new Evidence(verdict, span.start(), span.end(), word, List.of(span), false, null);
    }
}

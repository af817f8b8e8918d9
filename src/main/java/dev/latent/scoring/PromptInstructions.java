package dev.latent.scoring;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a question that tell the student what to do rather than what it is about: "Give an example",
 * "Name two causes", "Can you name a few tasks", "say why it helps". They are not the question's subject, so an
 * answer's "what you give up" (opportunity cost) or "name of the pooling" is not an echo of the question. Nor is a
 * gloss the question gives in brackets.
 */
final class PromptInstructions {
    private PromptInstructions() {
    }

    /** The verbs of an instruction: "give an example", "name a type", "list the tasks". */
    static final Set<String> VERBS = Set.of("give", "name", "list", "explain", "describe", "say", "state",
            "define", "outline", "mention", "identify", "suggest", "discuss", "justify", "illustrate", "show");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern EXAMPLE = Pattern.compile("(?i)\\bexamples?\\b");
    private static final Pattern SENTENCE = Pattern.compile("[^.?!]+[.?!]*");
    /** What may come before an imperative inside a sentence: "..., name", "and say", "can you name". */
    private static final Pattern LEAD_IN = Pattern.compile("(?i)(?:^|[,;:]|\\b(?:and|then|also|(?:can|could) you))\\s*$");

    /** The prompt with its instruction verbs (and, in an instruction's sentence, "example") blanked out. */
    static String withoutInstructions(String prompt) {
        if (prompt == null) return null;
        StringBuilder out = new StringBuilder(prompt.length());
        Matcher sentences = SENTENCE.matcher(prompt);
        int end = 0;
        while (sentences.find()) {
            out.append(prompt, end, sentences.start());
            out.append(sentence(sentences.group()));
            end = sentences.end();
        }
        out.append(prompt, end, prompt.length());
        return out.toString();
    }

    private static final Pattern GLOSS = Pattern.compile("\\([^()]*\\)");

    /**
     * The prompt with what it glosses in brackets blanked out: "a secondary (rechargeable) battery", "SLAM
     * (simultaneous localization and mapping)" give the student the words for the thing asked about, so an answer
     * that says "secondary ones you can recharge" states the idea; it does not echo the question.
     */
    static String withoutGlosses(String prompt) {
        if (prompt.indexOf('(') < 0) return prompt;
        StringBuilder out = new StringBuilder(prompt);
        Matcher gloss = GLOSS.matcher(prompt);
        while (gloss.find()) blank(out, gloss.start(), gloss.end());
        return out.toString();
    }

    private static String sentence(String sentence) {
        StringBuilder out = new StringBuilder(sentence);
        boolean instructs = false;
        Matcher words = WORD.matcher(sentence);
        while (words.find()) {
            if (VERBS.contains(words.group().toLowerCase(Locale.ROOT))
                    && LEAD_IN.matcher(sentence.substring(0, words.start())).find()) {
                blank(out, words.start(), words.end());
                instructs = true;
            }
        }
        if (instructs) {
            Matcher example = EXAMPLE.matcher(sentence);
            while (example.find()) blank(out, example.start(), example.end());
        }
        return out.toString();
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) text.setCharAt(i, ' ');
    }
}

package dev.latent.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a question as it writes them, for telling a learner which one they left unanswered: its sentences
 * ("How do you tie weights in a stacked autoencoder?", "What is the point of doing so?"), when there are exactly as
 * many as the rubric names parts; otherwise none, since which sentence is which part cannot be told.
 */
final class QuestionParts {

    /** A sentence: up to its end mark, then spaces before the next one's capital (or the text's end). */
    private static final Pattern SENTENCE = Pattern.compile("[^.?!]+[.?!]+(?=\\s+\\p{Lu}|\\s*$)");

    private QuestionParts() {
    }

    /** The question's sentences when they are its {@code parts} parts, in order; empty otherwise. */
    static List<String> of(String prompt, int parts) {
        if (prompt == null || parts < 2) return List.of();
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(prompt.strip());
        int end = 0;
        while (m.find()) {
            if (!prompt.strip().substring(end, m.start()).isBlank()) return List.of(); // a piece the pattern skipped
            sentences.add(m.group().strip());
            end = m.end();
        }
        if (!prompt.strip().substring(end).isBlank()) sentences.add(prompt.strip().substring(end).strip());
        return sentences.size() == parts ? List.copyOf(sentences) : List.of();
    }
}

package dev.latent.scoring;

import java.util.List;

/**
 * Where a rubric phrasing matched in the answer.
 *
 * @param phrasing the rubric phrasing that matched, as written in the deck
 * @param start first character of the match in the original answer (inclusive)
 * @param end end of the match in the original answer (exclusive)
 * @param text the answer's text from start to end, as typed
 * @param words the matched words one by one (other words may lie between them); highlight these
 * @param typo at least one word matched only by typo tolerance
 * @param negation the negation word that applied to the match, or null when none did
 */
public record Evidence(String phrasing, int start, int end, String text, List<Span> words, boolean typo,
                       Span negation) {

    public Evidence {
        words = List.copyOf(words);
    }
}

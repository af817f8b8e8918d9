package dev.latent.deck;

import java.util.List;

/**
 * A key idea a good answer states.
 *
 * @param phrasings alternative ways to say it: synonyms, abbreviations, multi-word phrases; any one counts
 * @param required an answer missing a required concept cannot earn a top grade
 * @param anyOrder the words of a multi-word phrasing may appear in any order
 */
public record Concept(String id, String label, double weight, boolean required,
                      List<String> phrasings, boolean anyOrder) {

    public static final double DEFAULT_WEIGHT = 1.0;

    public Concept {
        phrasings = List.copyOf(phrasings);
    }
}

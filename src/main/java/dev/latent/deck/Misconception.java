package dev.latent.deck;

import java.util.List;

/**
 * A wrong idea that costs credit when an answer states it, such as swapping undercomplete and overcomplete.
 *
 * @param penalty how much credit it costs, in the same units as concept weights
 */
public record Misconception(String id, String label, double penalty, List<String> phrasings, boolean anyOrder) {

    public static final double DEFAULT_PENALTY = 1.0;

    public Misconception {
        phrasings = List.copyOf(phrasings);
    }
}

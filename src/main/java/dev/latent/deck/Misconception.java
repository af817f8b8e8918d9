package dev.latent.deck;

import java.util.List;

/**
 * A wrong idea that costs credit when an answer states it, such as swapping undercomplete and overcomplete.
 *
 * @param penalty how much credit it costs, in the same units as concept weights
 * @param detail a wrong detail beside the main ideas ("the biases are tied too"): an answer stating it can still get a
 *               3, where a wrong idea caps it at 2
 */
public record Misconception(String id, String label, double penalty, List<String> phrasings, boolean anyOrder,
                            boolean detail) {

    public static final double DEFAULT_PENALTY = 1.0;

    public Misconception {
        phrasings = List.copyOf(phrasings);
    }

    /** A wrong idea, not a detail. */
    public Misconception(String id, String label, double penalty, List<String> phrasings, boolean anyOrder) {
        this(id, label, penalty, phrasings, anyOrder, false);
    }
}

package dev.latent.stats;

import dev.latent.store.CardKey;

import java.util.OptionalDouble;

/**
 * How one concept of one question has fared over the statistics period, and whether it is getting better:
 * the miss rate in the earlier half against the later half.
 *
 * @param missed answers that missed or negated the concept
 */
public record ConceptMastery(CardKey card, String conceptId, String label, int seen, int missed,
                             OptionalDouble earlierMissRate, OptionalDouble laterMissRate, Trend trend) {

    public enum Trend {
        /** Missed clearly less often lately. */
        IMPROVING,
        /** Missed clearly more often lately. */
        WORSENING,
        /** About the same. */
        STEADY,
        /** Too few answers in one of the halves to tell. */
        TOO_FEW
    }

    public double missRate() {
        return seen == 0 ? 0 : missed / (double) seen;
    }
}

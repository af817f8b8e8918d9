package dev.latent.deck;

import java.util.List;

/**
 * A key idea a good answer states.
 *
 * @param phrasings alternative ways to say it: synonyms, abbreviations, multi-word phrases; any one counts
 * @param required an answer missing a required concept cannot earn a top grade
 * @param anyOrder the words of a multi-word phrasing may appear in any order
 * @param opposites ways to state the opposite claim (for "unstable training": "stable training"). Stating
 *                  one costs the concept's weight as a misconception; negating one ("not stable") states
 *                  the concept. Optional, usually empty.
 * @param part which part of a question asked in several parts the concept answers (1, 2, ...), or
 *             {@link #NO_PART}. Where a rubric's concepts name two or more parts, an answer that says something for
 *             one part and nothing for another has left a main part of the question unanswered.
 */
public record Concept(String id, String label, double weight, boolean required,
                      List<String> phrasings, boolean anyOrder, List<String> opposites, int part) {

    public static final double DEFAULT_WEIGHT = 1.0;
    /** The concept belongs to no part: the question is asked in one piece, or the rubric does not say. */
    public static final int NO_PART = 0;

    public Concept {
        phrasings = List.copyOf(phrasings);
        opposites = opposites == null ? List.of() : List.copyOf(opposites);
    }

    /** A concept of no particular part. */
    public Concept(String id, String label, double weight, boolean required, List<String> phrasings, boolean anyOrder,
                   List<String> opposites) {
        this(id, label, weight, required, phrasings, anyOrder, opposites, NO_PART);
    }

    /** A concept without opposites. */
    public Concept(String id, String label, double weight, boolean required, List<String> phrasings, boolean anyOrder) {
        this(id, label, weight, required, phrasings, anyOrder, List.of());
    }
}

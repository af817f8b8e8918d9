package dev.latent.scoring;

import java.util.Set;

/** Words that say "not" with their "un": "unlabeled" is "without labels", "unstable" is "not stable". */
final class Privatives {

    /** Words starting "un" that are not "not ..." (stems, as the analyzer leaves them). */
    private static final Set<String> NOT_PRIVATIVE = Set.of("until", "unless", "unlik", "unto", "unit", "union",
            "uniqu", "univers", "unifi", "uniform", "unif");

    private Privatives() {
    }

    /**
     * The word a privative stands for without its "un" ("unlabel" → "label", "unstabl" → "stabl"), or null for a
     * word that is not one ("under...", "unique", "until") or too short to tell.
     */
    static String base(String term) {
        if (term.length() < 6 || !term.startsWith("un") || term.startsWith("under") || term.startsWith("uni")) return null;
        for (String word : NOT_PRIVATIVE) if (term.startsWith(word)) return null;
        return term.substring(2);
    }
}

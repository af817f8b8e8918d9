package dev.latent.scoring;

import dev.latent.scoring.PhraseFinder.Found;
import dev.latent.scoring.PhraseFinder.Occurrence;

import java.util.HashSet;
import java.util.Set;

/**
 * A wrong claim whose words reach past a right one to the same end: "discard the decoder and keep the encoder as a
 * feature extractor" holds "decoder ... feature extractor", but "encoder as a feature extractor" is the claim its end
 * belongs to, and it is said nearer.
 */
final class NearerClaims {

    private NearerClaims() {
    }

    /**
     * Drops the wrong claims' occurrences that end where an affirmed concept's occurrence ends which opens later,
     * with a subject of its own, and says the rest of the wrong claim.
     */
    static void drop(Found[] wrongClaims, Found[] conceptFinds, AnswerMatches matches) {
        for (Found wrong : wrongClaims) {
            wrong.drop(claim -> {
                int first = firstPosition(claim, matches);
                int last = lastPosition(claim, matches);
                for (Found concept : conceptFinds) {
                    for (Occurrence right : concept.affirmed) {
                        if (lastPosition(right, matches) == last && firstPosition(right, matches) > first
                                && coversAllButTheSubject(claim, right, first, matches)) return true;
                    }
                }
                return false;
            });
        }
    }

    /**
     * Whether the right claim opens with a subject of its own, in the wrong one's gap, and says every other word of
     * the wrong claim: "decoder [and keep the encoder as a] feature extractor".
     */
    private static boolean coversAllButTheSubject(Occurrence claim, Occurrence right, int subject, AnswerMatches matches) {
        Set<Integer> said = new HashSet<>();
        for (int posting : right.postings()) if (!matches.isPronounPlace(posting)) said.add(matches.position[posting]);
        if (said.size() < 2) return false;
        Set<Integer> claimed = new HashSet<>();
        for (int posting : claim.postings()) {
            if (matches.isPronounPlace(posting)) continue;
            int p = matches.position[posting];
            claimed.add(p);
            if (p != subject && !said.contains(p)) return false;
        }
        int opening = firstPosition(right, matches);
        if (claimed.contains(opening) || opening + 1 >= matches.tokens.size) return false;
        // A subject and what is said of it, with words between ("encoder as a feature extractor"), not a word
        // describing the next ("separate memory" says "its own memory").
        TokenizedText tokens = matches.tokens;
        for (int c = tokens.ends[opening]; c < tokens.starts[opening + 1]; c++) {
            if (Character.isLetter(tokens.text.charAt(c))) return true;
        }
        return false;
    }

    private static int firstPosition(Occurrence occurrence, AnswerMatches matches) {
        int first = Integer.MAX_VALUE;
        for (int posting : occurrence.postings()) {
            if (!matches.isPronounPlace(posting)) first = Math.min(first, matches.position[posting]);
        }
        return first;
    }

    private static int lastPosition(Occurrence occurrence, AnswerMatches matches) {
        int last = -1;
        for (int posting : occurrence.postings()) {
            if (!matches.isPronounPlace(posting)) last = Math.max(last, matches.last[posting]);
        }
        return last;
    }
}

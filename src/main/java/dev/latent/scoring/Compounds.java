package dev.latent.scoring;

import dev.latent.scoring.PhraseFinder.Found;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compounds, whose words name one thing together: another concept's ("page faults"), or the question's ("light year").
 * A word that only helps name the compound says no concept of its own.
 */
final class Compounds {

    private Compounds() {
    }

    /**
     * A one-word match in another form than its phrasing's ("page" for "paging") that is only a first word of another
     * concept's phrase says that phrase, not its own concept: "too many page faults" names faults, not "paging". The
     * phrasing's own word stays its own ("haploid cells" says "haploid").
     */
    static void dropModifiersOfOthers(Found[] conceptFinds, AnswerMatches matches) {
        List<int[]> compounds = null; // {concept, first word, head}
        for (int i = 0; i < conceptFinds.length; i++) {
            for (PhraseFinder.Occurrence phrase : conceptFinds[i].affirmed) {
                int[] words = phrase.postings();
                if (words.length < 2 || phrase.phrasing().nearMatch() || !phrase.inOrder() || phrase.typo()) continue;
                int first = matches.position[words[0]];
                int head = matches.position[words[words.length - 1]];
                if (head - first != words.length - 1) continue; // a compound, word after word
                if (compounds == null) compounds = new ArrayList<>();
                compounds.add(new int[]{i, first, head});
            }
        }
        if (compounds == null) return;
        // Only one-word occurrences are dropped, so the compounds, all of two words or more, stand as found.
        List<int[]> found = compounds;
        for (int j = 0; j < conceptFinds.length; j++) {
            int concept = j;
            conceptFinds[j].drop(o -> o.postings().length == 1
                    && modifiesAnothers(found, concept, matches.position[o.postings()[0]])
                    && !matches.tokens.text.substring(o.start(), o.end()).equalsIgnoreCase(o.phrasing().text()));
        }
    }

    /** Whether the position is a word before the head of a compound another concept found. */
    private static boolean modifiesAnothers(List<int[]> compounds, int concept, int position) {
        for (int[] compound : compounds) {
            if (compound[0] != concept && position >= compound[1] && position < compound[2]) return true;
        }
        return false;
    }

    /**
     * Pairs of terms side by side in one clause, with nothing but spaces or a hyphen between ("light-year"): each
     * first term with the terms that follow it.
     */
    static Map<String, Set<String>> pairs(TokenizedText tokens) {
        Map<String, Set<String>> out = new HashMap<>();
        for (int i = 0; i + 1 < tokens.size; i++) {
            if (adjacent(tokens, i)) out.computeIfAbsent(tokens.terms[i], t -> new HashSet<>()).add(tokens.terms[i + 1]);
        }
        return out;
    }

    private static boolean adjacent(TokenizedText tokens, int i) {
        if (tokens.negator[i] || tokens.negator[i + 1]) return false;
        for (int c = tokens.ends[i]; c < tokens.starts[i + 1]; c++) {
            char ch = tokens.text.charAt(c);
            if (!Character.isWhitespace(ch) && ch != '-') return false;
        }
        return true;
    }

    /**
     * The question's compound echoed in the answer is one name: a match that takes its last word, in another form
     * than the phrasing's, without the word before ("year" of "a light year is how long it takes" for "takes years
     * to reach", "conditioning" of "classical conditioning is ..." for "conditioned stimulus") finds that word where
     * the answer only names the question's thing. As the phrasing writes it, it is the thing itself ("a red blood
     * cell takes in water" says "cell takes up water"); the compound's first word keeps a meaning of its own ("below
     * 7 on the pH scale" says "pH below 7").
     */
    static void dropHeadsOf(Map<String, Set<String>> compounds, Found[] conceptFinds, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        boolean[] heads = null;
        for (int i = 0; i + 1 < tokens.size; i++) {
            Set<String> next = compounds.get(tokens.terms[i]);
            if (next != null && next.contains(tokens.terms[i + 1]) && adjacent(tokens, i)) {
                if (heads == null) heads = new boolean[tokens.size];
                heads[i + 1] = true;
            }
        }
        if (heads == null) return;
        boolean[] echoed = heads;
        for (Found found : conceptFinds) {
            found.drop(o -> {
                boolean head = false;
                boolean modifier = false;
                for (int posting : o.postings()) {
                    if (matches.isPronounPlace(posting)) continue;
                    int p = matches.position[posting];
                    head |= echoed[p] && !saysTheWordAsWritten(o.phrasing().text(), tokens, p);
                    modifier |= p + 1 < echoed.length && echoed[p + 1];
                }
                return head && !modifier;
            });
        }
    }

    /** Whether the phrasing has the answer's word at this position as the answer wrote it ("cell" in "cell swells"). */
    private static boolean saysTheWordAsWritten(String phrasing, TokenizedText tokens, int position) {
        String written = tokens.written(position);
        String text = phrasing.toLowerCase(Locale.ROOT);
        for (int at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
            int end = at + written.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) return true;
        }
        return false;
    }
}

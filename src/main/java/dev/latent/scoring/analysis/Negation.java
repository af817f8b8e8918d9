package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.CharArraySet;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The negation vocabulary shared by the analyzer and the matcher. */
public final class Negation {

    /** The one term every negation cue is rewritten to. */
    public static final String CUE = "not";

    /** Words that negate what follows them in their clause. */
    static final CharArraySet CUES = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "not", "no", "never", "without", "nor", "neither", "none", "nothing", "nobody", "nowhere",
            "lack", "lacks", "lacking", "lacked"), false));

    /**
     * Adverbs that all but deny what follows: "mode collapse hardly ever happens", "autoencoders are seldom used for
     * denoising"; and "unable", "incapable", which deny what they are unable to do ("they are unable to generate new
     * data" had generated new data). Not in the reference model's reading, which was trained without them.
     */
    static final CharArraySet NEAR_CUES = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "hardly", "seldom", "rarely", "barely", "scarcely", "unable", "incapable"), false));

    static final int LONGEST_CUE = 9;

    /**
     * Words that end a clause and with it a negation's scope, and bound a contrast ("G minimizes it while D
     * maximizes it"): no phrasing is matched across one. Written forms: each reader analyses them its way.
     */
    public static final List<String> CLAUSE_CONNECTIVES = List.of("but", "however", "although", "though", "whereas",
            "yet", "while", "whilst", "unlike", "instead", "except", "otherwise");

    /**
     * Words that end a negation's scope without a contrast: "it learns nothing unless you add sparsity" does not deny
     * the sparsity. They stay words of the answer, so a phrasing may hold one ("unless acted on by a force").
     */
    public static final Set<String> SCOPE_ENDS = Set.of("unless");

    /**
     * Whether the word written at [start, end) is one of {@link #CLAUSE_CONNECTIVES}, compared as written: a stemmer
     * folds "unlikely" into "unlike" and "exception" into "except", which are no connectives.
     */
    public static boolean isClauseConnective(CharSequence text, int start, int end) {
        return isOneOf(CLAUSE_CONNECTIVES, text, start, end);
    }

    /** Whether the word written at [start, end) is one of {@link #SCOPE_ENDS}. */
    public static boolean endsScope(CharSequence text, int start, int end) {
        return isOneOf(SCOPE_ENDS, text, start, end);
    }

    /** Compared in place, ignoring case: this runs for every word of every answer. */
    private static boolean isOneOf(Collection<String> words, CharSequence text, int start, int end) {
        int length = end - start;
        for (String word : words) {
            if (word.length() != length) continue;
            int i = 0;
            while (i < length && Character.toLowerCase(text.charAt(start + i)) == word.charAt(i)) i++;
            if (i == length) return true;
        }
        return false;
    }

    /**
     * Terms (stemmed, as the matcher sees them) that deny a thing named just before a negation: "X is not a
     * problem", "X isn't an issue", "X doesn't happen", "X does not really matter", "X doesn't work", "X isn't
     * possible". Only the words that deny the thing as a whole, whatever the question asks about it.
     */
    public static final Set<String> DENIED_AS_A_THING = Set.of("problem", "issu", "concern", "difficulti", "happen",
            "occur", "exist", "matter", "work", "possibl");

    /**
     * Terms that cancel a cue right before them: "not only X but also Y" asserts X. These are the
     * stemmed forms, as the matcher sees them.
     */
    public static final Set<String> CANCELLERS = Set.of("onli", "only", "just", "mere", "merely");

    private Negation() {
    }
}

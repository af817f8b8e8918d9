package dev.latent.scoring;

import dev.latent.scoring.analysis.Negation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phrasing as term ids, as {@link RubricVocabulary} compiles it and {@link PhraseFinder} finds it.
 *
 * @param text the phrasing as the rubric writes it (a variant of it, or a near match, keeps that text)
 * @param negated the phrasing contains a negation word: its other words must appear negated
 * @param negatedWord the index in {@code words} of the word the phrasing negates (the one after its negation
 *                    word, or a privative's base: "label" of "use unlabeled data"), or -1: none, or any
 * @param nearMatch one of a long phrasing's words left out ({@link RubricVocabulary#NEAR_MATCH_WORDS})
 * @param claimVerb for a wrong claim, the light verb it is made with ("ribosome makes amino acids"), which the
 *                  answer must use too; for one that comes down to one word ("because they are bigger"), or a
 *                  phrasing whose skipped words said its idea ("how much data"), its words as written
 *                  ({@link #asWritten}); for one written in notation ("Q(s,a)"), its notation ({@link #notation});
 *                  null otherwise
 * @param quantifier for a phrasing that is one word once a number or quantifier is dropped ("one mode"), that
 *                   word or a synonym, which the answer must say next to the match; for a longer one that says
 *                   "own" ("its own memory"), "own" or a synonym; null otherwise
 * @param reversedBy for a near match, the terms that say the opposite of the word it leaves out ("less" for
 *                   "more", "unpleasant" for "pleasant"): said beside the match, they reverse it ({@link
 *                   Reversals}); null for none
 * @param otherQuantity for a phrasing of several words with "all", "one" or "both" ("identical twins share all
 *                      genes"), another quantity in its place ("share 50% of their genes"), which makes the
 *                      match another claim; null otherwise
 * @param directions per word, the way the phrasing approaches it ("into blood": {@link Directions#TOWARDS} at
 *                   "blood"); an answer going the other way there ("out of the blood") says another thing. Null
 *                   when the phrasing says no direction
 * @param leftOutWord for a near match, the term id of the word it leaves out; -1 otherwise
 * @param leftOutWay the way the phrasing approaches that word: the answer approaching it the other way in the
 *                   match's sentence ("oxygen diffuses out of the blood" for "oxygen diffuses into blood" without
 *                   "blood") says another thing
 * @param contrasted whether the phrasing's concept is itself a contrast with another thing (a phrasing of it says
 *                   "rather than", "instead of" or "better than": "better than re-reading"), so that the answer's
 *                   "instead of re-reading" states it rather than denying it
 */
record Phrasing(String text, int[] words, boolean negated, int negatedWord, boolean anyOrder, boolean nearMatch,
                Pattern claimVerb, Pattern quantifier, Set<String> reversedBy, Pattern otherQuantity, byte[] directions,
                int leftOutWord, byte leftOutWay, boolean contrasted) {

    /** A clause connective ({@link Negation#CLAUSE_CONNECTIVES}) as a word. */
    private static final Pattern CONNECTIVE = Pattern.compile("(?i)\\b(?:"
            + String.join("|", Negation.CLAUSE_CONNECTIVES) + ")\\b");

    /**
     * Whether the phrasing holds a clause connective and the answer's text between its matched words says that same
     * one: "continuous but not differentiable" is said across the answer's "but" as it is written, a contrast of its
     * own, where a match across any other contrast joins two statements.
     */
    boolean saysItsContrastIn(String answer, int from, int to) {
        Matcher held = CONNECTIVE.matcher(text);
        if (!held.find()) return false;
        Matcher said = CONNECTIVE.matcher(answer).region(from, to);
        while (said.find()) if (said.group().equalsIgnoreCase(held.group())) return true;
        return false;
    }

    /**
     * The pattern of a phrasing's words as written, for one that must be said that way ({@link #claimVerb}): a wrong
     * claim that comes down to one word ("because they are bigger" is "bigger", "we are at the centre" is "centre";
     * "the outer orbits are bigger" claims nothing of the kind), and a phrasing whose skipped words said its idea
     * ("how much data" is "data": "how fast the data travels" does not say it). Null for a single word.
     */
    static Pattern asWritten(String phrasing) {
        return asWritten(phrasing, false);
    }

    /** As {@link #asWritten(String)}; with {@code anyPerson}, a personal pronoun stands for whoever an answer names. */
    private static Pattern asWritten(String phrasing, boolean anyPerson) {
        List<String> words = new ArrayList<>();
        for (String word : phrasing.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            if (!word.isEmpty()) words.add(anyPerson && PERSONAL_PRONOUNS.contains(word) ? A_PERSON : inflected(word));
        }
        if (words.size() < 2) return null;
        return Pattern.compile(AS_WRITTEN_START + String.join("[^\\p{L}\\p{N}]+", words) + "(?![\\p{L}\\p{N}])");
    }

    /**
     * A phrasing written in notation, single letters and signs ("Q(s,a)", "Q*", "p(x)", "O(n)"), as written, spaces
     * aside: the analyzer keeps only its letters, and "Q" alone is any "Q" ("Q-learning", "a Q network"), "p ... x"
     * is "P(y|x)". Null for any other phrasing, a number with its sign ("95%") among them.
     */
    static Pattern notation(String phrasing) {
        StringBuilder pattern = new StringBuilder(AS_WRITTEN_START);
        boolean sign = false, letter = false;
        int letters = 0; // in a row
        for (int i = 0, c; i < phrasing.length(); i += Character.charCount(c)) {
            c = phrasing.codePointAt(i);
            if (Character.isWhitespace(c)) {
                letters = 0;
                continue;
            }
            if (Character.isLetter(c)) {
                if (++letters > 1) return null; // a word: read as words
                letter = true;
            } else {
                letters = 0;
                sign |= !Character.isDigit(c);
            }
            if (pattern.length() > AS_WRITTEN_START.length()) pattern.append("\\s*");
            pattern.append(Pattern.quote(Character.toString(c)));
        }
        return sign && letter ? Pattern.compile(pattern.toString()) : null; // "95%" is read as its number
    }

    /**
     * A phrasing the analyzer keeps nothing of, as written: two or more words ({@link #asWritten}), signs ("[]",
     * "[:]", "<<<<<<<") or an acronym that spells a function word ("WHO", in capitals as written); null for one
     * lower-case word, which would match most answers.
     */
    static Pattern wordlessAsWritten(String phrasing) {
        Pattern words = asWritten(phrasing, true);
        if (words != null) return words;
        String piece = phrasing.strip();
        if (piece.length() < 2 || piece.chars().anyMatch(Character::isWhitespace)) return null;
        if (piece.chars().noneMatch(Character::isLetterOrDigit)) return Pattern.compile(Pattern.quote(piece));
        if (piece.chars().allMatch(Character::isUpperCase)) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(piece) + "(?![\\p{L}\\p{N}])");
        }
        return null;
    }

    /**
     * Who a phrasing of function words names with a pronoun ("do what they did", "what you can do"), as an answer may
     * name them instead: "do what the other player did", "what a user can do".
     */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("you", "they", "we", "he", "she");
    private static final String A_PERSON = "(?:you|they|we|he|she|one|people|someone|(?:the|a|an|your|their|his|her|each"
            + "|every)\\s+(?:other\\s+)?[\\p{L}'-]+)";

    /**
     * Short verbs whose forms are no ending added ("doing what they did" says "do what they did"), and "whatever" for
     * "what".
     */
    private static final Map<String, String> IRREGULAR_FORMS = Map.of("what", "(?:what|whatever)", "do", "(?:do|does|did|doing|done)",
            "go", "(?:go|goes|went|going|gone)", "have", "(?:have|has|had|having)", "get", "(?:get|gets|got|getting|gotten)",
            "is", "(?:is|are|was|were)", "are", "(?:are|is|were|was)");

    /** A word with its inflections: "clean up" is said "cleaning up", "use up" "used up", "step down" "stepped down". */
    private static String inflected(String word) {
        String irregular = IRREGULAR_FORMS.get(word);
        if (irregular != null) return irregular;
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) return Pattern.quote(word);
        char last = word.charAt(word.length() - 1);
        if (last == 'e') return Pattern.quote(word.substring(0, word.length() - 1)) + "(?:e|es|ed|ing)";
        return Pattern.quote(word) + "(?:s|es|ed|ing|" + last + "ed|" + last + "ing)?";
    }

    /**
     * Function words that carry a phrasing's meaning ("how much data", "derivative is one", "against each other"):
     * the matcher drops them, so a phrasing of one content word and one of these reads as that word alone.
     */
    private static final Pattern MEANINGFUL_FUNCTION_WORD = Pattern.compile("(?i)\\b(?:much|many|more|most|less|least|few|"
            + "fewer|one|once|all|each|every|both|other|another|same|only|after|before|again)\\b");
    /**
     * A verb's particle, which makes another verb of it: "charge up" is no "charge" ("it stores charge"), "step down" no
     * "step". Measured on the tuning sets: circuits +0.015, astronomy +0.006, accounting −0.005 (its "used up" no longer
     * read in "useful", which had happened to help), the rest level.
     */
    private static final Pattern PARTICLE = Pattern.compile("(?i)\\b(?:up|down|out|off|back)\\b");

    /** Whether a phrasing of two words or more holds a function word that says part of its idea, a particle among them. */
    static boolean dropsMeaning(String phrasing) {
        // "mirror each other" says "mirror": a reciprocal is no quantity.
        String said = RECIPROCAL.matcher(phrasing).replaceAll(" ");
        return phrasing.strip().contains(" ") && (MEANINGFUL_FUNCTION_WORD.matcher(said).find() || isPhrasalVerb(phrasing));
    }

    /** "warm up", "blew up": matched as written, with the verb's inflections, and nothing to warn a teacher about. */
    static boolean isPhrasalVerb(String phrasing) {
        return PARTICLE.matcher(phrasing).find() && !MEANINGFUL_FUNCTION_WORD.matcher(phrasing).find();
    }

    private static final Pattern RECIPROCAL = Pattern.compile("(?i)\\b(?:each\\s+other|one\\s+another)\\b");

    static final String AS_WRITTEN_START = "(?i)(?<![\\p{L}\\p{N}])";

    /** Whether the pattern is a phrasing's words as written ({@link #asWritten}). */
    static boolean isAsWritten(Pattern pattern) {
        return pattern.pattern().startsWith(AS_WRITTEN_START);
    }
}

package dev.latent.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Numbers and quantifiers in a rubric's phrasings, which the analyzer drops as function words though they carry
 * what a phrasing means: what an answer must say beside a one-word match ("one mode"), and what it must not say in
 * place of "all", "one" or "both" ("50% of their genes" for "all genes").
 */
final class Quantities {

    private Quantities() {
    }

    /**
     * Numbers and quantifiers: function words to the analyzer that still carry what a phrasing means. "one mode" read
     * as "mode" alone would match any answer naming a mode, "its own branch" any naming a branch; such a phrasing
     * matches only where the answer says the word, or one of these synonyms, beside it. (Particles and "each" are
     * left out: "speeds up" and "each step" say what they mean without them.)
     */
    private static final Map<String, String> QUANTIFIERS = pairs(
            "one", "one|ones|single|sole", "ones", "one|ones|single|sole",
            "own", "own|owns|owning|owned|separate|independent", "all", "all|every|entire|whole",
            "both", "both|two", "any", "any|arbitrary|every", "some", "some|several|certain",
            "other", "other|others|another|else|different", "another", "another|other|second|different",
            "many", "many|multiple|several|numerous|lots|various",
            "everything", "everything|all|every|whole|entire", "lot", "lot|lots|much|more|many",
            // A phrasal verb's particle ("drop out": not "accuracy drops"), a letter that names a kind ("T cells"),
            // a Roman one ("prophase I": not "prophase II"; upper case, as "i" is the pronoun).
            "out", "out", "t", "t", "i", "(?-i:I)");

    private static Map<String, String> pairs(String... keysAndValues) {
        Map<String, String> out = new HashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) out.put(keysAndValues[k], keysAndValues[k + 1]);
        return Map.copyOf(out);
    }

    /** Reciprocals, whose "other" is no quantifier ("mirror each other"). */
    private static final Pattern RECIPROCAL = Pattern.compile("\\b(?:each other|one another)\\b");
    /**
     * "own" as a verb: after a word that is not a possessive ("something you own" is no "your own"); a phrasing that
     * opens with it ("own stack") says the adjective, as "its own stack" does.
     */
    private static final Pattern OWN_VERB = Pattern.compile(
            "(?<=[\\p{L}\\p{N}]\\s)(?<!\\b(?:its|their|his|her|your|my|our|whose)\\s)(?<!'s\\s)\\bown\\b");

    /** The phrasing's words that can be quantifiers: reciprocals and the verb "own" left out. */
    private static String quantifiable(String lower) {
        String out = RECIPROCAL.matcher(lower).replaceAll(" ");
        return out.contains("own") ? OWN_VERB.matcher(out).replaceAll(" ") : out;
    }
    /** A word standing alone: "t-RNA" is one word, whose "t" the analyzer keeps. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}-])[\\p{L}\\p{N}]+(?![\\p{L}\\p{N}-])");

    /**
     * Quantities that take the place of "all", "one" or "both" and say something else: a part or a hedge for all
     * ("half", "50%"; "all crime is usually deviant" is no "all crime is deviant"), a number above one for one ("two
     * divisions" is not "one division"), one for both.
     */
    private static final Map<String, Pattern> OTHER_QUANTITIES = Map.of(
            "all", Pattern.compile("(?i)\\b(?:half|some|most|few|part|partly|none|(?!100\\b)\\d+(?:\\.\\d+)?\\s*(?:%|percent\\b)"
                    + "|usually|mostly|often|generally|typically|normally|mainly|largely|sometimes)"),
            "one", Pattern.compile("(?i)\\b(?:two|three|four|five|six|seven|eight|nine|ten|twice|double|multiple|several"
                    + "|many|[2-9]|1\\d)\\b"),
            "both", Pattern.compile("(?i)\\b(?:one|neither|single|only)\\b"));

    private static final Set<String> ALL_WORDS = Set.of("all", "every", "everything", "entire", "whole");
    private static final Set<String> ONE_WORDS = Set.of("one", "single", "sole");

    /**
     * {@link Phrasing#otherQuantity} of a phrasing, or null when it says no "all", "one" or "both" and, for a wrong
     * claim of what something is, names no amount either: "density is how many people live here" is no "density is
     * where people live".
     */
    static Pattern otherThan(String phrasing, boolean wrongClaim, boolean asTrained) {
        String lower = phrasing.toLowerCase(Locale.ROOT);
        if (wrongClaim && !asTrained && claimsPlentyOrFew(lower)) {
            // "useful when you have lots of data" is not said by "useful when you have little data, or not much compute".
            var words = WORD.matcher(lower);
            while (words.find()) {
                String amount = PLENTY_OR_FEW.get(words.group());
                if (amount != null) return amount.equals(PLENTY) ? SAYS_FEW : SAYS_PLENTY;
            }
        }
        // Most phrasings say none of these: a plain search spares them the regular expressions (a cold start
        // compiles every phrasing of a rubric, with the regex engine not yet compiled to machine code).
        if (!containsAny(lower, "all", "every", "entire", "whole", "one", "single", "sole", "both")) {
            return wrongClaim && saysWhatSomethingIs(lower) && !AN_AMOUNT.matcher(lower).find() ? AN_AMOUNT : null;
        }
        var words = WORD.matcher(quantifiable(lower));
        while (words.find()) {
            String word = words.group();
            if (ALL_WORDS.contains(word)) return OTHER_QUANTITIES.get("all");
            if (ONE_WORDS.contains(word)) return OTHER_QUANTITIES.get("one");
            if (word.equals("both")) return OTHER_QUANTITIES.get("both");
        }
        return null;
    }

    private static boolean containsAny(String text, String... parts) {
        for (String part : parts) if (text.contains(part)) return true;
        return false;
    }

    /**
     * What the answer must say among the words of a longer match of this phrasing: "own", "other" or a synonym when
     * the phrasing says it ("each thread has its own memory" is otherwise "thread memory", which "threads share the
     * memory" says; "refers to the primary key of another table" is otherwise said by "the primary key is the first
     * column of the table"); for a wrong claim, also the "all", "both" or "one" it makes ("inner join returns all rows" is
     * otherwise "inner join returns rows", which "returns only the matching rows" says). A concept keeps its match
     * without them: "the generator and discriminator are trained together" says "both are trained". Null for most
     * phrasings; for two such words, both, in either order.
     */
    static Pattern saidAmong(String phrasing, boolean wrongClaim, boolean asTrained) {
        String lower = phrasing.toLowerCase(Locale.ROOT);
        boolean asMany = wrongClaim && containsAny(lower, "many", "much") && AS_MANY.matcher(lower).find();
        boolean amount = wrongClaim && saysWhatSomethingIs(lower) && AN_AMOUNT.matcher(lower).find();
        boolean plenty = wrongClaim && !asTrained && claimsPlentyOrFew(lower);
        boolean real = wrongClaim && !asTrained && containsAny(lower, "actually", "really", "truly", "genuinely");
        if (!lower.contains("own") && !lower.contains("other") && !asMany && !amount && !plenty && !real
                && !(wrongClaim && containsAny(lower, "all", "every", "entire", "whole", "both", "one", "single", "sole", "any",
                "once"))) {
            return null;
        }
        List<String> said = new ArrayList<>(2);
        if (amount) said.add(AMOUNT_SAID);
        var words = WORD.matcher(quantifiable(lower));
        while (words.find() && said.size() < 2) {
            String group = ALWAYS_SAID.containsKey(words.group()) ? ALWAYS_SAID.get(words.group())
                    : asMany && (words.group().equals("many") || words.group().equals("much")) ? AS_MANY_SAID
                    : plenty && PLENTY_OR_FEW.containsKey(words.group()) ? PLENTY_OR_FEW.get(words.group())
                    : real && REALLY_WORDS.contains(words.group()) ? REALLY
                    : wrongClaim ? CLAIMED.get(words.group()) : null;
            if (group != null && !said.contains(group)) said.add(group);
        }
        if (said.isEmpty()) return null;
        if (said.size() == 1) return SAID.computeIfAbsent(said.get(0), group -> Pattern.compile("(?i)\\b(?:" + group + ")\\b"));
        String first = "\\b(?:" + said.get(0) + ")\\b";
        String second = "\\b(?:" + said.get(1) + ")\\b";
        return Pattern.compile("(?is)" + first + ".*?" + second + "|" + second + ".*?" + first);
    }

    /**
     * A wrong claim that something really happened ("the learner was actually shocked") says it with a word the
     * analyzer drops as filler: without it, "gave shocks to a learner", which the experiment's story tells, would be
     * the claim. The answer must say it too, or a word for it.
     */
    private static final String REALLY = "actually|really|truly|genuinely|real|indeed|in\\s+fact|in\\s+reality";
    private static final Set<String> REALLY_WORDS = Set.of("actually", "really", "truly", "genuinely");

    /** What any phrasing must say as it says it: "its own memory" is no "memory", "another table" no "table". */
    private static final Map<String, String> ALWAYS_SAID = Map.of("own", QUANTIFIERS.get("own"),
            "other", QUANTIFIERS.get("other"), "another", QUANTIFIERS.get("other"));

    /**
     * A wrong claim of "as many" ("as many registers as variables") is otherwise "registers ... variables", which
     * "register allocation decides which variables" says; it must say that plenty in some way ("every variable gets
     * its own register", "unlimited registers"). "How much the price goes up" names a quantity and claims none.
     */
    private static final Pattern AS_MANY = Pattern.compile("\\b(?:as|so|too)\\s+(?:many|much)\\b");
    private static final String AS_MANY_SAID = QUANTIFIERS.get("many")
            + "|much|lot|lots|plenty|enough|unlimited|infinite|endless|every|each|own|all";

    /**
     * A wrong claim that something is an amount ("distribution is how many people per area") is otherwise
     * "distribution ... people", which "distribution is how people are spread out" says; it must name an amount. (A
     * claim of no "is" that says "how much" names a quantity and claims none: "how much the price goes up".)
     */
    private static final Pattern AN_AMOUNT = Pattern.compile("(?i)\\bhow\\s+(?:many|much)\\b|\\bnumber\\s+of\\b|\\bper\\b");
    private static final String AMOUNT_SAID = "how\\s+many|how\\s+much|number|numbers|per|amount|count|quantity|total|average";

    private static boolean saysWhatSomethingIs(String lower) {
        return containsAny(lower, " is ", " are ");
    }

    /**
     * A wrong claim of plenty or of little ("useful when you have lots of data"; the analyser drops "lots" and "few")
     * is otherwise "useful ... data", which "useful when you have little data" says, the opposite.
     */
    private static final String PLENTY = "lot|lots|plenty|many|much|more|large|larger|big|bigger|huge|massive|tons|loads"
            + "|abundant|enough|vast|high";
    private static final String FEW = "few|fewer|little|less|small|smaller|limited|scarce|tiny|low";
    private static final Map<String, String> PLENTY_OR_FEW = Map.of("lot", PLENTY, "lots", PLENTY, "plenty", PLENTY,
            "many", PLENTY, "much", PLENTY, "few", FEW, "little", FEW);

    private static final Pattern SAYS_PLENTY = Pattern.compile("(?i)\\b(?:" + PLENTY + ")\\b");

    /** A phrasing that says plenty or little with a word the analyser drops, not as "how many" or "as many". */
    private static boolean claimsPlentyOrFew(String lower) {
        return containsAny(lower, "lot", "plenty", "many", "much", "few", "little") && !AN_AMOUNT.matcher(lower).find()
                && !AS_MANY.matcher(lower).find();
    }
    private static final Pattern SAYS_FEW = Pattern.compile("(?i)\\b(?:" + FEW + ")\\b");

    /** The quantities a wrong claim must say as it makes them, by the word it makes them with. */
    private static final Map<String, String> CLAIMED = claimed();

    /** Each group's pattern, compiled once: most rubrics say some of them many times. */
    private static final Map<String, Pattern> SAID = new ConcurrentHashMap<>();

    private static Map<String, String> claimed() {
        String all = "all|every|each|entire|whole|everything";
        String one = QUANTIFIERS.get("one");
        // "once": "go through the stages once" is not "go through them in cycles" (the ninety-seventh deck).
        return Map.ofEntries(Map.entry("all", all), Map.entry("every", all), Map.entry("entire", all),
                Map.entry("whole", all), Map.entry("everything", all), Map.entry("both", QUANTIFIERS.get("both")),
                Map.entry("one", one), Map.entry("single", one), Map.entry("sole", one),
                Map.entry("any", all + "|any|anything|arbitrary"), Map.entry("once", "once|one\\s+time|a\\s+single\\s+time"));
    }

    /** What the answer must say beside a one-word match of this phrasing: its first {@link #QUANTIFIERS} word. */
    static Pattern saidBeside(String phrasing) {
        var words = WORD.matcher(quantifiable(phrasing.toLowerCase(Locale.ROOT)));
        while (words.find()) {
            String synonyms = QUANTIFIERS.get(words.group());
            if (synonyms != null) return Pattern.compile("(?i)\\b(?:" + synonyms + ")\\b");
        }
        return null;
    }
}

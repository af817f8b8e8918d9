package dev.latent.scoring.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static dev.latent.scoring.analysis.TextScan.containsIgnoringCase;

/**
 * "how fast", "how far", "how tall": a question word and an adjective that ask for an amount, read with the noun of
 * that amount before the adjective ("how fast it runs" says its speed, "how tall the small letters are" their height),
 * the noun on no text of its own, so that evidence starts at the adjective; the adjective stays for phrasings that use
 * it ("no matter how large the network is" still says "large network"). Not "how long", which asks as often for a time
 * as for a length. On the tuning decks, 4 answers closer to their grades, 2 further (typography +0.007, computer
 * vision +0.003, meteorology +0.001; robotics -0.003). The noun alone, in the adjective's place, was 6 closer and 2
 * further, but lost the adjective's own phrasings.
 */
final class HowMuchWords {

    private HowMuchWords() {
    }

    /** Each adjective and the noun of its amount. */
    private static final String[][] NOUN_OF = {{"big", "size"}, {"bright", "brightness"}, {"deep", "depth"},
            {"far", "distance"}, {"fast", "speed"}, {"heavy", "weight"}, {"high", "height"}, {"large", "size"},
            {"loud", "loudness"}, {"old", "age"}, {"quick", "speed"}, {"strong", "strength"}, {"tall", "height"},
            {"thick", "thickness"}, {"wide", "width"}};

    private static final String AFTER_HOW = "(?i)(?<=\\bhow\\s{1,3})";

    /** Any of them after "how": the one scan that most answers stop at ({@link RewriteCharFilter} asks it once). */
    private static final Pattern ANY = Pattern.compile(AFTER_HOW + "(?:" + adjectives() + ")\\b");
    private static final Predicate<String> MAY_ASK = text -> containsIgnoringCase(text, "how ") && ANY.matcher(text).find();

    /** One rewrite an adjective (loops, not streams: this runs in every cold start's first analysis). */
    static final List<RewriteCharFilter.Rewrite> REWRITES = rewrites();

    private static String adjectives() {
        StringBuilder out = new StringBuilder();
        for (String[] pair : NOUN_OF) out.append(out.length() == 0 ? "" : "|").append(pair[0]);
        return out.toString();
    }

    private static List<RewriteCharFilter.Rewrite> rewrites() {
        List<RewriteCharFilter.Rewrite> out = new ArrayList<>();
        for (String[] pair : NOUN_OF) {
            out.add(new RewriteCharFilter.Rewrite(Pattern.compile(AFTER_HOW + "(" + pair[0] + ")\\b"), pair[1] + " $1", MAY_ASK));
        }
        return List.copyOf(out);
    }
}

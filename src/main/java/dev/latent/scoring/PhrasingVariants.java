package dev.latent.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways of saying it that one written phrasing stands for, as a teacher writing a rubric quickly means them:
 * <ul>
 *   <li>commas and semicolons separate alternatives: "lose information, underfit";</li>
 *   <li>a word in brackets after a space is another name or an example: "reconstruction error (MSE)" is
 *       "reconstruction error" or "MSE" (brackets without a space before them are notation: "p(x)", "G(z)");</li>
 *   <li>a slash between words gives that place alternatives: "anomaly/outlier detection" is "anomaly detection" or
 *       "outlier detection" ("w/o" and other slashes next to a single letter are left alone);</li>
 *   <li>a hyphenated word is also the word written solid: "de-noising" also matches "denoising";</li>
 *   <li>a short topic before a colon may be left out: "Task: data augmentation" also matches "data augmentation".</li>
 * </ul>
 * Read literally, each of these asked for every word at once, so the answer that used either term missed.
 */
final class PhrasingVariants {

    /** More alternatives than this from one phrasing means it was not meant as a pattern: the rest are dropped. */
    static final int MAX_VARIANTS = 16;

    /** One or two words and a colon opening a phrasing: "Task:", "Too undercomplete:". */
    private static final Pattern TOPIC = Pattern.compile("^\\s*\\p{L}+(?:\\s+\\p{L}+)?\\s*:\\s+(?=\\S)");
    /** A comma or semicolon; not a comma grouping a number's thousands ("100,000 men"). */
    private static final Pattern SEPARATORS = Pattern.compile(";|(?<!\\d),|,(?!\\d{3}(?!\\d))");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BRACKETS = Pattern.compile("(?<=\\s)\\(([^()]*\\p{L}[^()]*)\\)");
    private static final Pattern SPACED_SLASH = Pattern.compile("(?<=\\p{L}{2})\\s+/\\s+(?=\\p{L}{2})");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}{2,}(?:/\\p{L}{2,})+)(?![\\p{L}\\p{N}/])");
    private static final Pattern HYPHENATED = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
    /** "the number of", "a form of": a measure word before the thing measured ("half the number of chromosomes"). */
    private static final Pattern MEASURE_OF = Pattern.compile(
            "(?i)\\b(?:the\\s+|a\\s+)?(?:number|amount|level|quantity|form|type|kind)s?\\s+of\\s+(?:the\\s+|a\\s+)?(?=\\p{L})");

    private PhrasingVariants() {
    }

    /** The written alternatives, the phrasing itself first when it needs none; never empty for a non-blank phrasing. */
    static List<String> of(String phrasing) {
        if (!mayVary(phrasing)) return List.of(phrasing); // most phrasings: no regular expression runs
        Set<String> out = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(phrasing)) {
            for (String bracketed : brackets(part.strip())) {
                for (String slashed : slashes(bracketed)) {
                    add(out, slashed);
                    add(out, HYPHENATED.matcher(slashed).replaceAll("")); // the same when nothing is hyphenated
                }
            }
        }
        // "Task: data augmentation": a short topic before a colon, then the idea, which also counts alone.
        Matcher topic = TOPIC.matcher(phrasing);
        if (topic.find()) for (String idea : of(phrasing.substring(topic.end()))) add(out, idea);
        if (out.isEmpty()) out.add(phrasing);
        for (String variant : List.copyOf(out)) {
            // "half the number of chromosomes" is said "half the chromosomes"; "number of classes" keeps its measure,
            // since "classes" alone would say nothing.
            String measured = MEASURE_OF.matcher(variant).replaceAll("");
            if (!measured.equals(variant) && SPACES.split(measured.strip()).length >= 2) add(out, measured);
        }
        return List.copyOf(out);
    }

    /**
     * A wrong claim written as a list of three or more ("people, product, price, promotion" for the four Ps): the
     * student's list, kept whole and matched across the answer's list items. Split, each item alone ("product") was
     * the wrong claim, and the model answer naming the product made it.
     */
    static boolean isList(String phrasing) {
        int first = phrasing.indexOf(',');
        return first >= 0 && phrasing.indexOf(',', first + 1) >= 0 && phrasing.indexOf(';') < 0;
    }

    private static boolean mayVary(String phrasing) {
        for (int i = 0; i < phrasing.length(); i++) {
            char c = phrasing.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == '/' || c == '-' || c == ':') return true;
        }
        return phrasing.contains(" of ");
    }

    private static void add(Set<String> out, String variant) {
        String clean = SPACES.matcher(variant.strip()).replaceAll(" ");
        if (!clean.isEmpty() && out.size() < MAX_VARIANTS) out.add(clean);
    }

    /** "a b (c)" → "a b", "c"; text without a spaced bracket stays as it is. */
    private static List<String> brackets(String text) {
        Matcher m = BRACKETS.matcher(text);
        if (!m.find()) return List.of(text);
        List<String> out = new ArrayList<>();
        out.add(BRACKETS.matcher(text).replaceAll(" "));
        m.reset();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** "anomaly/outlier detection" → "anomaly detection", "outlier detection"; at most {@link #MAX_VARIANTS}. */
    private static List<String> slashes(String text) {
        String spaced = SPACED_SLASH.matcher(text).replaceAll("/");
        Matcher m = SLASHED.matcher(spaced);
        if (!m.find()) return List.of(text);
        List<String> out = new ArrayList<>();
        String before = spaced.substring(0, m.start());
        for (String choice : m.group(1).split("/")) {
            for (String rest : slashes(spaced.substring(m.end()))) {
                if (out.size() < MAX_VARIANTS) out.add(before + choice + rest);
            }
        }
        return out;
    }
}

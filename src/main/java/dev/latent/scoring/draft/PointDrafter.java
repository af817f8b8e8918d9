package dev.latent.scoring.draft;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts a rubric of one concept a point from a long model answer (a list of tasks, steps or risks, or a
 * few sentences each making its own point), the way a teacher would: "Dimensionality reduction: ...",
 * "Anomaly detection: ..." become two concepts, not forty words.
 *
 * <p>{@link RubricDrafter} makes every content word of the reference a concept, which suits SemEval's
 * one-sentence references; on a five-point answer it asks for every word of every point, and a complete
 * answer in a student's own words covers a fraction of them. Here each point is one concept of weight 1
 * with these phrasings: its label when it has one ("Image Super-Resolution" before a colon), each pair of
 * adjacent content words of its text within a sentence, found in any order ("reduce dimensionality", "noisy
 * inputs"), and each word of its text that no other point uses ("denoise"). Words of the question, pairs whose
 * words both appear in other points too, and empty words are left out. The engine's own rules then apply:
 * phrasing variants, near matches, and full credit at a share that follows how many phrasings a concept has.
 * A point without a label whose text only repeats the question is left out. Output is a pure function of the
 * two strings.
 */
public final class PointDrafter {

    /** A list item's marker: "a.", "1.", "2)", "(b)", "-", "*", "•". */
    private static final Pattern ITEM_MARKER = Pattern.compile("^\\s*(?:[-*•·–]|\\(?[A-Za-z0-9]{1,2}[.)])\\s+");
    /** "Label: text", a label of one to five words. */
    private static final Pattern LABELLED = Pattern.compile("^([^:.;!?]{2,60}?):\\s+(\\S.*)$");
    /** A sentence end followed by the next sentence's capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"'])");

    /** Words of a reference on one line from which its sentences are read as points. */
    static final int LONG_REFERENCE_WORDS = 60;
    private static final int MAX_LABEL_WORDS = 5;

    /**
     * Words that say nothing of any subject ("used", "various", "essential", "example", "only", "kinds"); the
     * analyser's stop words are already gone, but it keeps quantifiers and comparatives, which carry meaning inside
     * a phrasing ("more neurons") and none alone. A pair with one of them, or one of them alone, would match answers
     * on any point.
     */
    private static final Set<String> EMPTY_TERMS = termsOf("use used using help helps helping various typically given "
            + "potentially part idea form type example ensure ensuring considered proper crucial essential effective "
            + "effectively tricky able way thing things also well make makes may can refer refers means only just few "
            + "many much very more less most least some kind kinds sort lot lots often sometimes usually instead rather "
            + "really actually simply basically quite still even already always");

    private PointDrafter() {
    }

    /** The answer's points: its lines (list markers removed), or its sentences if it is one paragraph. */
    public static List<String> points(String reference) {
        List<String> lines = new ArrayList<>();
        for (String line : reference.split("\\R")) {
            String text = ITEM_MARKER.matcher(line).replaceFirst("").strip();
            if (!text.isEmpty()) lines.add(text);
        }
        if (lines.size() > 1) return lines;
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(lines.isEmpty() ? "" : lines.get(0))) {
            if (!sentence.isBlank()) sentences.add(sentence.strip());
        }
        return sentences;
    }

    /**
     * Whether a reference is long enough for points rather than words: written on several lines, or at least
     * {@link #LONG_REFERENCE_WORDS} words in three sentences or more. SemEval's references (one line, at most 53
     * words) never are.
     */
    public static boolean isLong(String reference) {
        if (reference == null) return false;
        long lines = reference.strip().lines().filter(line -> !line.isBlank()).count();
        if (lines > 1) return true;
        return reference.strip().split("\\s+").length >= LONG_REFERENCE_WORDS && points(reference).size() >= 3;
    }

    /**
     * One point of a model answer as drafted: its text, its label (or null) and the phrasings that find it (none for
     * an introduction to a list, or a point that only repeats the question).
     */
    public record Point(String text, String label, List<String> phrasings) {
    }

    /** Every point of the reference, in order, each with its drafted phrasings. */
    public static List<Point> draftPoints(String reference, String promptOrNull) {
        Set<String> promptTerms = Words.of(promptOrNull).contentTerms();
        List<String> points = points(reference == null ? "" : reference);
        // In how many points each term appears: a term of one point only says which point is meant.
        Map<String, Integer> pointsWith = new HashMap<>();
        for (String point : points) {
            for (String term : Words.of(point).contentTerms()) pointsWith.merge(term, 1, Integer::sum);
        }
        List<Point> drafted = new ArrayList<>();
        for (String point : points) {
            // An introduction to the list ("... used for various tasks, including:") is not a point.
            if (point.endsWith(":")) {
                drafted.add(new Point(point, null, List.of()));
                continue;
            }
            String label = null;
            String text = point;
            Matcher labelled = LABELLED.matcher(point);
            if (labelled.matches() && labelled.group(1).strip().split("\\s+").length <= MAX_LABEL_WORDS) {
                label = labelled.group(1).strip();
                text = labelled.group(2);
            }
            Set<String> phrasings = new LinkedHashSet<>();
            if (label != null) phrasings.add(label);
            phrasings.addAll(pairs(text, promptTerms, pointsWith));
            phrasings.addAll(ownWords(text, promptTerms, pointsWith));
            drafted.add(new Point(point, label, List.copyOf(phrasings)));
        }
        return drafted;
    }

    /** A rubric of one concept a point, or null when the reference makes fewer than two points. */
    public static Rubric draft(String reference, String promptOrNull) {
        List<Concept> concepts = new ArrayList<>();
        for (Point point : draftPoints(reference, promptOrNull)) {
            if (point.phrasings().isEmpty()) continue;
            String id = idFor(point.label(), concepts.size() + 1, concepts);
            concepts.add(new Concept(id, point.label() != null ? point.label() : point.text(), Concept.DEFAULT_WEIGHT,
                    false, point.phrasings(), true, List.of()));
        }
        return concepts.size() < 2 ? null : new Rubric(concepts, List.of());
    }

    /** A labelled point's id is its label's words ("mode-collapse"); any other's, its place ("point-3"). */
    private static String idFor(String label, int place, List<Concept> earlier) {
        String slug = label == null ? "" : label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        String id = slug.isEmpty() || slug.length() > 40 ? "point-" + place : slug;
        for (Concept concept : earlier) if (concept.id().equals(id)) return "point-" + place;
        return id;
    }

    /**
     * Adjacent content words of one sentence, as written, that say which point is meant: not both the question's,
     * not both found in other points too ("input layer" in every point of an answer about layers), none negated
     * and none an empty word.
     */
    private static List<String> pairs(String text, Set<String> promptTerms, Map<String, Integer> pointsWith) {
        List<String> out = new ArrayList<>();
        List<Words.Word> words = Words.of(text).words;
        for (int i = 0; i + 1 < words.size(); i++) {
            Words.Word first = words.get(i);
            Words.Word second = words.get(i + 1);
            if (first.cue() || second.cue() || first.negated() || second.negated()
                    || first.sentence() != second.sentence() || first.term().equals(second.term())) continue;
            if (promptTerms.contains(first.term()) && promptTerms.contains(second.term())) continue;
            if (pointsWith.get(first.term()) > 1 && pointsWith.get(second.term()) > 1) continue;
            if (EMPTY_TERMS.contains(first.term()) || EMPTY_TERMS.contains(second.term())) continue;
            out.add(first.written() + " " + second.written());
        }
        return out;
    }

    /** The point's own words: in no other point and not in the question, of four letters or more, not empty words. */
    private static List<String> ownWords(String text, Set<String> promptTerms, Map<String, Integer> pointsWith) {
        List<String> out = new ArrayList<>();
        for (Words.Word word : Words.of(text).words) {
            if (word.cue() || word.negated() || promptTerms.contains(word.term()) || EMPTY_TERMS.contains(word.term())
                    || pointsWith.get(word.term()) > 1 || word.written().length() < 4) continue;
            out.add(word.written());
        }
        return out;
    }

    private static Set<String> termsOf(String words) {
        Set<String> terms = new HashSet<>();
        for (String word : words.split(" ")) {
            String term = Words.termOf(word);
            if (term != null) terms.add(term);
        }
        return Set.copyOf(terms);
    }
}

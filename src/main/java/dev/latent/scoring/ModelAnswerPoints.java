package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import dev.latent.scoring.analysis.AnswerAnalyzer;
import dev.latent.scoring.analysis.Negation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model answer read as a teacher reads it: points (list items, lines, or the sentences of one paragraph), each
 * with the words that say it. "Dimensionality Reduction: Autoencoders can reduce the dimensionality of data ..."
 * is found by its label, by pairs of its adjacent words ("reduce dimensionality", "data compression") and by the
 * words no other point uses ("compression").
 *
 * <p>Two uses: a rubric of one concept a point for a model answer that has no rubric ({@code scoring.draft}'s
 * {@code PointDrafter}: reference mode and the editor's "Draft concepts"), and a concept written with a single
 * phrasing (a label, as a teacher in a hurry writes a rubric), which also matches the words of the one point of the
 * model answer that states it ({@link CompiledRubric}).
 *
 * <p>Left out of the words: those of the question (every answer repeats them), a pair both of whose words appear
 * in other points too ("input layer" in every point of an answer about layers), words a negation governs, and
 * words that say nothing of any subject ({@link #EMPTY_WORDS}). Pure functions of their strings.
 */
public final class ModelAnswerPoints {

    /** Words of a reference on one line from which its sentences are read as points. */
    public static final int LONG_REFERENCE_WORDS = 60;
    private static final int MAX_LABEL_WORDS = 5;
    /** Content words after a negation cue, in its clause, that it governs (as the grader's negation scope). */
    private static final int NEGATION_SCOPE = 3;
    /** An own word shorter than this ("gan", "ae") is too easily some other word. */
    private static final int MIN_OWN_WORD_LETTERS = 4;

    /** A list item's marker: "a.", "1.", "2)", "(b)", "-", "*", "•". */
    private static final Pattern ITEM_MARKER = Pattern.compile("^\\s*(?:[-*•·–]|\\(?[A-Za-z0-9]{1,2}[.)])\\s+");
    /** "Label: text". */
    private static final Pattern LABELLED = Pattern.compile("^([^:.;!?]{2,60}?):\\s+(\\S.*)$");
    /** A sentence end followed by the next sentence's capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"'])");

    /**
     * Words that say nothing of any subject ("used", "various", "essential", "example", "only", "kinds"); the
     * analyser's stop words are already gone, but it keeps quantifiers and comparatives, which carry meaning inside
     * a phrasing ("more neurons") and none alone. A pair with one of them, or one of them alone, would match answers
     * on any point.
     */
    static final String EMPTY_WORDS = "use used using help helps helping various typically given potentially part idea "
            + "form type example ensure ensuring considered proper crucial essential effective effectively tricky able "
            + "way thing things also well make makes may can refer refers means only just few many much very more less "
            + "most least some kind kinds sort lot lots often sometimes usually instead rather really actually simply "
            + "basically quite still even already always";

    /** Per analysis chain, its connectives, cancellers and empty words, read once. */
    private static final Map<AnswerAnalyzer, Analysis> ANALYSES = new ConcurrentHashMap<>();

    /** One point: its text as written, its label (or null), and the phrasings that find it (none for a list's introduction). */
    public record Point(String text, String label, List<String> phrasings) {
    }

    private ModelAnswerPoints() {
    }

    /** The answer's points: its lines (list markers removed), or its sentences if it is one paragraph. */
    public static List<String> split(String reference) {
        List<String> lines = new ArrayList<>();
        for (String line : (reference == null ? "" : reference).split("\\R")) {
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
     * Whether a reference is made of points rather than one statement: written on several lines, or at least
     * {@link #LONG_REFERENCE_WORDS} words in three sentences or more. SemEval's references (one line, at most 53
     * words) never are.
     */
    public static boolean isLong(String reference) {
        if (reference == null) return false;
        long lines = reference.strip().lines().filter(line -> !line.isBlank()).count();
        if (lines > 1) return true;
        return reference.strip().split("\\s+").length >= LONG_REFERENCE_WORDS && split(reference).size() >= 3;
    }

    /** The analysed terms of {@link #EMPTY_WORDS}, read once per analysis chain. */
    static Set<String> emptyTerms(AnswerAnalyzer analyzer) {
        return ANALYSES.computeIfAbsent(analyzer, Analysis::new).empty;
    }

    /**
     * The labels a draft of this reference gives its concepts ({@link #rubricOf}): a point's label, or its text when
     * it has none. Read without the analysis chain: cheap enough to ask of every rubric.
     */
    static Set<String> conceptLabels(String reference) {
        Set<String> out = new HashSet<>();
        for (String point : split(reference)) {
            if (point.endsWith(":")) continue;
            Matcher labelled = LABELLED.matcher(point);
            boolean hasLabel = labelled.matches() && labelled.group(1).strip().split("\\s+").length <= MAX_LABEL_WORDS;
            out.add(hasLabel ? labelled.group(1).strip() : point);
        }
        return out;
    }

    /** Every point of the reference, in order, with its phrasings, by the grader's default analysis chain. */
    public static List<Point> of(String reference, String promptOrNull) {
        return of(reference, promptOrNull, Grader.analyzer(ScoringPolicy.DEFAULT.stemming()));
    }

    static List<Point> of(String reference, String promptOrNull, AnswerAnalyzer analyzer) {
        Analysis analysis = ANALYSES.computeIfAbsent(analyzer, Analysis::new);
        Set<String> promptTerms = promptOrNull == null ? Set.of()
                : analysis.contentTerms(PromptInstructions.withoutInstructions(promptOrNull));
        List<String> points = split(reference);
        Map<String, Integer> pointsWith = new HashMap<>();
        for (String point : points) {
            for (String term : analysis.contentTerms(point)) pointsWith.merge(term, 1, Integer::sum);
        }
        List<Point> out = new ArrayList<>();
        for (String point : points) {
            // An introduction to the list ("... used for various tasks, including:") is not a point.
            if (point.endsWith(":")) {
                out.add(new Point(point, null, List.of()));
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
            List<Word> words = analysis.words(text);
            phrasings.addAll(pairs(words, promptTerms, pointsWith, analysis.empty));
            phrasings.addAll(ownWords(words, promptTerms, pointsWith, analysis.empty));
            out.add(new Point(point, label, List.copyOf(phrasings)));
        }
        return out;
    }

    /**
     * A rubric of one concept a point (weight 1, none required, the point's phrasings), as a teacher would draft it
     * from the model answer; null when the answer makes fewer than two points.
     */
    public static Rubric rubricOf(String reference, String promptOrNull) {
        return rubricOf(of(reference, promptOrNull));
    }

    static Rubric rubricOf(String reference, String promptOrNull, AnswerAnalyzer analyzer) {
        return rubricOf(of(reference, promptOrNull, analyzer));
    }

    private static Rubric rubricOf(List<Point> points) {
        List<Concept> concepts = new ArrayList<>();
        for (Point point : points) {
            if (point.phrasings().isEmpty()) continue;
            String id = idFor(point.label(), concepts.size() + 1, concepts);
            concepts.add(new Concept(id, point.label() != null ? point.label() : point.text(), Concept.DEFAULT_WEIGHT,
                    false, point.phrasings(), true, List.of()));
        }
        return concepts.size() < 2 ? null : new Rubric(concepts, List.of());
    }

    /** A labelled point's id is its label's words ("mode-collapse"); any other's, its place ("point-3"). */
    private static String idFor(String label, int place, List<Concept> earlier) {
        String slug = label == null ? "" : label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        String id = slug.isEmpty() || slug.length() > 40 ? "point-" + place : slug;
        for (Concept concept : earlier) if (concept.id().equals(id)) return "point-" + place;
        return id;
    }

    /**
     * Adjacent content words of one sentence, as written, that say which point is meant: not both the question's,
     * not both found in other points too, none negated and none an empty word.
     */
    private static List<String> pairs(List<Word> words, Set<String> promptTerms, Map<String, Integer> pointsWith,
                                      Set<String> empty) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            Word first = words.get(i);
            Word second = words.get(i + 1);
            if (first.negated() || second.negated() || first.sentence() != second.sentence()
                    || first.term().equals(second.term())) continue;
            if (promptTerms.contains(first.term()) && promptTerms.contains(second.term())) continue;
            if (pointsWith.get(first.term()) > 1 && pointsWith.get(second.term()) > 1) continue;
            if (empty.contains(first.term()) || empty.contains(second.term())) continue;
            out.add(first.written() + " " + second.written());
        }
        return out;
    }

    /** The point's own words: in no other point and not in the question, long enough, not negated, not empty. */
    private static List<String> ownWords(List<Word> words, Set<String> promptTerms, Map<String, Integer> pointsWith,
                                         Set<String> empty) {
        List<String> out = new ArrayList<>();
        for (Word word : words) {
            if (word.negated() || promptTerms.contains(word.term()) || empty.contains(word.term())
                    || pointsWith.get(word.term()) > 1 || word.written().length() < MIN_OWN_WORD_LETTERS) continue;
            out.add(word.written());
        }
        return out;
    }

    /** A content word of a point: its term, as written (lower case), its sentence, and whether a negation governs it. */
    private record Word(String term, String written, int sentence, boolean negated) {
    }

    /** The analysis chain with what reading points needs from it: connectives, "not only", empty words. */
    private static final class Analysis {
        final AnswerAnalyzer analyzer;
        final Set<String> connectives;
        final Set<String> cancellers;
        final Set<String> empty;

        Analysis(AnswerAnalyzer analyzer) {
            this.analyzer = analyzer;
            this.connectives = Set.copyOf(TokenizedText.connectiveTerms(analyzer));
            this.cancellers = Set.copyOf(TokenizedText.cancellerTerms(analyzer));
            this.empty = Set.copyOf(TokenizedText.contentTerms(analyzer, EMPTY_WORDS));
        }

        Set<String> contentTerms(String text) {
            Set<String> out = new HashSet<>();
            for (Word word : words(text)) out.add(word.term());
            return out;
        }

        /** The content words of a text in order; a negation cue governs the next few content words of its clause. */
        List<Word> words(String text) {
            TokenizedText tokens = TokenizedText.analyze(analyzer, connectives, cancellers, text);
            List<Word> out = new ArrayList<>();
            int scopeLeft = 0;
            int clause = -1;
            for (int i = 0; i < tokens.size; i++) {
                if (tokens.clause[i] != clause) {
                    clause = tokens.clause[i];
                    scopeLeft = 0;
                }
                if (tokens.negator[i]) {
                    scopeLeft = NEGATION_SCOPE;
                    continue;
                }
                // A cue that negates nothing ("not only") is no word of the point either.
                if (tokens.terms[i].equals(Negation.CUE)) continue;
                String written = tokens.written(i);
                out.add(new Word(tokens.terms[i], written, tokens.sentence[i], scopeLeft > 0));
                if (scopeLeft > 0) scopeLeft--;
            }
            return out;
        }
    }
}

package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;
import dev.latent.scoring.analysis.Comparatives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answer words that may stand for a rubric's words when the rubric does not use them itself: a vague word for the
 * thing a rubric names, an everyday synonym, and the comparative of a rubric's adjective. {@link AnswerMatches} reads
 * an answer word this way only when it is neither a rubric term nor a typo of one.
 */
final class StandIns {

    /**
     * A vague word a learner writes for the thing a rubric names: "it loses stuff" for "it loses information",
     * "create new stuff" for "create new data". Measured on the dev set: 0.930 → 0.932, within one 97 → 98 %, the
     * other tuning sets unchanged ("things" as well added nothing).
     */
    private static final String VAGUE_WORD = "stuff";
    private static final String STOOD_FOR = "data information samples";

    /**
     * Everyday words that say the same thing in almost any school answer: "adding something nice" says "adding
     * something pleasant", "provide a reward" says "give a reward". Kept to words with one everyday sense each: no
     * subject's technical terms ("positive", "reduce", "generate"), no words whose swap changes a claim, none with a
     * common second sense or idiom ("on the other hand", "grow wheat", "hard drive", "a little upset", "in the end",
     * "importantly", "hearing aid": an adversarial tester's). Measured on
     * the outside decks' short rubrics: psychology 0.723 → 0.736, networks 0.674 → 0.687, physiology 0.747 → 0.755,
     * biology −0.004, chemistry −0.002; the bundled rubrics cut to 3 or 5 phrasings a concept +0.000 to +0.013; the
     * bundled rubrics as written unchanged (they use most of these words themselves).
     */
    static final List<String> EVERYDAY_SYNONYMS = List.of(
            "good nice pleasant enjoyable", "bad unpleasant nasty aversive horrible", "give provide offer",
            "remove eliminate", "big large huge", "small tiny", "quick rapid speedy", "difficult tricky",
            "easy simple straightforward", "begin start", "help assist", "picture image photo photograph",
            "mistake error", "goal aim purpose objective", "job task", "fix repair mend", "rise increase",
            "choose select pick", "allow let enable permit", "need require", "copy duplicate replicate",
            "rebuild reconstruct recreate", "stop halt cease", "fake counterfeit forged", "show display",
            "check verify", "spot detect notice", "guess predict", "link connect associate",
            // Not "think" for "believe": "change what you think" is "change belief" (psychology +0.009), but the hedge
            // "I think people change their behaviour" then stated "change belief" and "behaviour conflicts with beliefs".
            // Not "border" for "boundary" (earth science +0.008): "the land bordering the river" is next to it.
            "ignore disregard overlook dismiss", "variety diversity",
            "germ pathogen microbe",
            // A lesser amount however it is said: "pH<7" reads as "smaller than 7" and says "less than 7" (chemistry
            // +0.008). Not the "more" words too ("higher", "greater"): psychology and earth science lost 0.002 each.
            "less fewer smaller lower",
            // Making something new (the twelfth deck: "building dams and roads" for its rubric's construction, +0.008);
            // a kid (developmental psychology: "what a kid can do with help", +0.013); the people who work for an
            // organisation (human resources: "staff quit" for "employees leaving", +0.003, the rest level). Variety (media
            // studies: "less variety in opinions" for "less diversity", +0.006; the rest level). A tag for a label (the
            // twenty-third dev set: "tune using the scarce tagged samples"; no outside deck moved, web development's
            // HTML tags included). Equal and equivalent (behavioural economics: "losses feel worse than equivalent gains"
            // for "than an equal gain"), stuck and trapped (batteries: "some of the lithium gets stuck"): a grade each,
            // the rest level.
            "build construct create", "child kid", "employee worker staff", "label tag", "equal equivalent", "stuck trapped");

    private static final int[] NONE = new int[0];

    /** Per analysis, each group's terms: analysed once a JVM (a rubric compiles in a cold start's critical path). */
    private static final Map<AnswerAnalyzer.Stemming, List<List<String>>> GROUP_TERMS = new ConcurrentHashMap<>();

    /** Answer term → the rubric term ids it may stand for. */
    private final Map<String, int[]> byAnswerTerm = new HashMap<>();

    /** The stand-ins for a sealed rubric's terms ({@code ids}: term → id; {@code spellings}: per id, its written forms). */
    StandIns(AnswerAnalyzer analyzer, Map<String, Integer> ids, List<Set<String>> spellings) {
        List<List<String>> groups = GROUP_TERMS.computeIfAbsent(analyzer.stemming(), s -> analyse(analyzer));
        for (List<String> group : groups) {
            int[] mates = idsOf(group, ids);
            if (mates.length == 0) continue;
            for (String answerTerm : group) {
                if (!ids.containsKey(answerTerm)) byAnswerTerm.put(answerTerm, mates); // the rubric's own word is itself
            }
        }
        int[] stoodFor = idsOf(new ArrayList<>(TokenizedText.contentTerms(analyzer, STOOD_FOR)), ids);
        if (stoodFor.length > 0) byAnswerTerm.put(VAGUE_WORD, stoodFor);
        if (!analyzer.readsAsTrained()) addComparatives(analyzer, ids, spellings);
    }

    /**
     * "a much bigger effect" says the rubric's "big effect"; "the days are longer" its "long days". One way only: a
     * rubric's comparative says more than its adjective ("a simpler model" is not "too simple a model", deep learning
     * lost 0.010 both ways). Measured on the tuning sets: ecology +0.018, deep learning −0.003, the rest within ±0.001.
     */
    private void addComparatives(AnswerAnalyzer analyzer, Map<String, Integer> ids, List<Set<String>> spellings) {
        StringBuilder text = new StringBuilder();
        List<Integer> ownerIds = new ArrayList<>(); // per line of text, the rubric term id its words stand for
        for (int id = 0; id < spellings.size(); id++) {
            for (String spelling : spellings.get(id)) {
                for (String form : Comparatives.of(spelling)) {
                    text.append(form).append('\n');
                    ownerIds.add(id);
                }
            }
        }
        if (ownerIds.isEmpty()) return;
        List<List<String>> lines = termsByLine(analyzer, text.toString());
        Map<String, int[]> comparatives = new HashMap<>();
        for (int line = 0; line < lines.size(); line++) {
            for (String term : lines.get(line)) {
                // The rubric's own words are themselves; an everyday synonym keeps its reading.
                if (ids.containsKey(term) || byAnswerTerm.containsKey(term)) continue;
                // "bigger" is read as "larger": the comparative of "big" and of "large" alike.
                int[] owners = comparatives.getOrDefault(term, NONE);
                int owner = ownerIds.get(line);
                if (!contains(owners, owner)) comparatives.put(term, append(owners, owner));
            }
        }
        byAnswerTerm.putAll(comparatives);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) if (v == value) return true;
        return false;
    }

    private static int[] append(int[] values, int value) {
        int[] longer = Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value;
        return longer;
    }

    /** The rubric term ids an answer term may stand for; empty for most words. */
    int[] of(String answerTerm) {
        int[] ids = byAnswerTerm.get(answerTerm);
        return ids == null ? NONE : ids;
    }

    private static int[] idsOf(List<String> terms, Map<String, Integer> ids) {
        // A loop, not a stream: a stream here loaded two dozen classes into every cold start.
        int[] found = new int[terms.size()];
        int count = 0;
        for (String term : terms) {
            Integer id = ids.get(term);
            if (id != null) found[count++] = id;
        }
        return Arrays.copyOf(found, count);
    }

    /** Each group's terms, the groups analysed as one text, a line each. */
    private static List<List<String>> analyse(AnswerAnalyzer analyzer) {
        return List.copyOf(termsByLine(analyzer, String.join("\n", EVERYDAY_SYNONYMS)));
    }

    /**
     * The terms of each line of {@code text}, analysed as one text (negation words left out), up to the last line
     * that has any; a line without terms has an empty list, so line numbers stay those of the text.
     */
    private static List<List<String>> termsByLine(AnswerAnalyzer analyzer, String text) {
        TokenizedText tokens = TokenizedText.analyzeLines(analyzer, text);
        List<List<String>> lines = new ArrayList<>();
        int lineEnd = -1;
        for (int i = 0; i < tokens.size; i++) {
            while (tokens.starts[i] > lineEnd) {
                lines.add(new ArrayList<>());
                int next = text.indexOf('\n', lineEnd + 1);
                lineEnd = next < 0 ? text.length() : next;
            }
            if (!tokens.negator[i]) lines.get(lines.size() - 1).add(tokens.terms[i]);
        }
        return lines;
    }
}

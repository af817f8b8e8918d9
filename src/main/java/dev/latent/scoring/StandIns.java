package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answer words that may stand for a rubric's words when the rubric does not use them itself: a vague word for the
 * thing a rubric names, and an everyday synonym. {@link AnswerMatches} reads an answer word this way only when it is
 * neither a rubric term nor a typo of one.
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
            "ignore disregard overlook dismiss",
            "germ pathogen microbe",
            // A lesser amount however it is said: "pH<7" reads as "smaller than 7" and says "less than 7" (chemistry
            // +0.008). Not the "more" words too ("higher", "greater"): psychology and earth science lost 0.002 each.
            "less fewer smaller lower");

    private static final int[] NONE = new int[0];

    /** Per analysis, each group's terms: analysed once a JVM (a rubric compiles in a cold start's critical path). */
    private static final Map<AnswerAnalyzer.Stemming, List<List<String>>> GROUP_TERMS = new ConcurrentHashMap<>();

    /** Answer term → the rubric term ids it may stand for. */
    private final Map<String, int[]> byAnswerTerm = new HashMap<>();

    /** The stand-ins for a sealed rubric's terms ({@code ids}: term → id). */
    StandIns(AnswerAnalyzer analyzer, Map<String, Integer> ids) {
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
        String text = String.join("\n", EVERYDAY_SYNONYMS);
        TokenizedText tokens = TokenizedText.analyze(analyzer, Set.of(), Set.of(), text);
        List<List<String>> groups = new ArrayList<>();
        int lineEnd = -1;
        for (int i = 0; i < tokens.size; i++) {
            if (tokens.starts[i] > lineEnd) {
                groups.add(new ArrayList<>());
                int next = text.indexOf('\n', tokens.starts[i]);
                lineEnd = next < 0 ? text.length() : next;
            }
            if (!tokens.negator[i]) groups.get(groups.size() - 1).add(tokens.terms[i]);
        }
        return List.copyOf(groups);
    }
}

package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;
import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subjects a question sets side by side, read from its wording: what {@link SubjectBinding} binds concepts to.
 * Each pair is two analysed terms; whether a pair is kept depends on the rubric's labels, which is the binding's call.
 */
final class ComparedSubjects {

    private ComparedSubjects() {
    }

    /**
     * Two words the question joins as alternatives: "X and Y", "X or Y", "X vs Y", "X differs from Y". Not with
     * articles ("the mean and the median"): tried in the eleventh round, it bound a measuring deck's question on when
     * one is the better choice and lowered its figure (answers unread; most likely answers by contrast, "the median,
     * since the mean is pulled by outliers", whose reason binding drops; README).
     */
    private static final Pattern JOINED = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}\\p{N}]*)\\s+"
            + "(?:and|or|vs\\.?|versus|(?:differs?|different)\\s+from|compared\\s+(?:to|with))\\s+(\\p{L}[\\p{L}\\p{N}]*)");

    /**
     * "the difference between a list and a tuple": the two things compared, articles and all (narrower than {@link
     * #JOINED} with articles, which bound a measuring deck's "the mean and the median" and cost it).
     */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bdifference\\s+between\\s+(?:(?:a|an|the)\\s+)?(\\p{L}+)\\s+"
            + "and\\s+(?:(?:a|an|the)\\s+)?(\\p{L}+)");

    /** Three or more single words listed: "X, Y and Z", "X, Y, or Z" (group 1 the comma-separated ones). */
    private static final Pattern LISTED = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}\\p{N}]*(?:\\s*,\\s*\\p{L}[\\p{L}\\p{N}]*)+)"
            + ",?\\s+(?:and|or)\\s+(\\p{L}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}])");

    /** "an X and a Y noun", "the X or the Y noun": two modifiers of one head, each with its own article. */
    private static final Pattern JOINED_BEFORE_HEAD = Pattern.compile("(?i)\\b(?:a|an|the)\\s+(\\p{L}[\\p{L}\\p{N}]*)\\s+"
            + "(?:and|or|vs\\.?|versus)\\s+(?:a|an|the)\\s+(\\p{L}[\\p{L}\\p{N}]*)\\s+(\\p{L}{3,})");
    /** Words after "the X and the Y" that show Y is no modifier: "the mean and the median of ...". */
    private static final Set<String> HEAD_NOT = Set.of("of", "for", "with", "from", "and", "are", "was", "were", "when",
            "which", "that", "than", "into", "over", "under", "between", "differ", "different", "compare");

    /** A thing named before and then compared by a pronoun: "how is it different from a switch". */
    private static final Pattern PRONOUN_COMPARED = Pattern.compile("(?i)\\b(?:it|they|this|one)\\s+(?:(?:is|are)\\s+)?"
            + "(?:differs?|different|compares?|compared)\\s+(?:from|to|with)\\s+(?:(?:a|an|the)\\s+)?(\\p{L}[\\p{L}\\p{N}]*)");

    /**
     * Words a question asks about as actions, not subjects: "what does each stage use and produce", and every
     * instruction verb ("explain and compare", "name and describe").
     */
    private static final Set<String> ACTIONS = union(PromptInstructions.VERBS, Set.of("use", "uses", "produce",
            "produces", "make", "makes", "do", "does", "work", "works", "need", "needs", "cause", "causes", "affect",
            "affects", "help", "helps", "change", "changes", "differ", "differs", "mean", "means", "happen", "happens",
            "increase", "decrease", "improve", "reduce", "prevent", "measure", "compare", "contrast"));

    /**
     * The pairs of subject terms the question sets side by side: two words joined by "and", "or", "vs", "differs
     * from" ("meiosis differ from mitosis"), or two words before the same word written alike ("active transport ...
     * passive transport").
     */
    static List<String[]> pairs(String prompt, Analyzer analyzer) {
        List<String[]> pairs = new ArrayList<>();
        Matcher joined = JOINED.matcher(prompt);
        int from = 0;
        while (joined.find(from)) {
            from = joined.start(2); // "X and Y or Z": Y starts the next pair
            if (ACTIONS.contains(joined.group(1).toLowerCase(Locale.ROOT))
                    || ACTIONS.contains(joined.group(2).toLowerCase(Locale.ROOT))) continue;
            addPair(pairs, analyzer, joined.group(1), joined.group(2));
        }
        for (Matcher between = BETWEEN.matcher(prompt); between.find(); ) {
            addPair(pairs, analyzer, between.group(1), between.group(2));
        }
        if (!(analyzer instanceof AnswerAnalyzer answers && answers.readsAsTrained())) {
            // "IaaS, PaaS and SaaS": three or more set side by side, each against every other.
            for (Matcher listed = LISTED.matcher(prompt); listed.find(); ) {
                List<String> items = new ArrayList<>(List.of(listed.group(1).split("\\s*,\\s*")));
                items.add(listed.group(2));
                for (int i = 0; i < items.size(); i++) {
                    for (int j = i + 1; j < items.size(); j++) addPair(pairs, analyzer, items.get(i), items.get(j));
                }
            }
        }
        TokenizedText tokens = TokenizedText.analyze(analyzer, Set.of(), Set.of(), prompt);
        Matcher shared = JOINED_BEFORE_HEAD.matcher(prompt);
        while (shared.find()) {
            // "an exothermic and an endothermic reaction": two kinds of one thing, each with its article.
            if (HEAD_NOT.contains(shared.group(3).toLowerCase(Locale.ROOT))) continue;
            addPair(pairs, analyzer, shared.group(1), shared.group(2));
        }
        Matcher compared = PRONOUN_COMPARED.matcher(prompt);
        if (compared.find()) {
            // "What does a router do, and how is it different from a switch?": "it" is a word named before it; each
            // such word is paired with the switch, and only a pair whose sides open concept labels is kept (below).
            Set<String> other = TokenizedText.contentTerms(analyzer, compared.group(1));
            for (int i = 0; i < tokens.size && tokens.ends[i] <= compared.start() && other.size() == 1; i++) {
                String term = tokens.terms[i];
                if (!tokens.negator[i] && !ACTIONS.contains(tokens.written(i)) && !other.contains(term)) {
                    pairs.add(new String[] {term, other.iterator().next()});
                }
            }
        }
        for (int i = 0; i + 1 < tokens.size; i++) {
            for (int j = i + 2; j + 1 < tokens.size; j++) {
                if (tokens.negator[i] || tokens.negator[j]) continue;
                if (tokens.written(i + 1).equals(tokens.written(j + 1)) && !tokens.terms[i].equals(tokens.terms[j])
                        && modifies(prompt, tokens, i) && modifies(prompt, tokens, j)
                        && !tokens.terms[i].equals(tokens.terms[i + 1]) && !tokens.terms[j].equals(tokens.terms[j + 1])) {
                    pairs.add(new String[] {tokens.terms[i], tokens.terms[j]});
                }
            }
        }
        return pairs;
    }

    /** Two written words as a pair of subject terms, when each is one content term and they differ. */
    private static void addPair(List<String[]> pairs, Analyzer analyzer, String first, String second) {
        Set<String> a = TokenizedText.contentTerms(analyzer, first);
        Set<String> b = TokenizedText.contentTerms(analyzer, second);
        if (a.size() == 1 && b.size() == 1 && !a.equals(b)) pairs.add(new String[] {a.iterator().next(), b.iterator().next()});
    }

    /** Whether a word stands right before the next one, as a modifier before its head ("passive transport"). */
    static boolean modifies(String prompt, TokenizedText tokens, int i) {
        return prompt.substring(tokens.ends[i], tokens.starts[i + 1]).matches("[\\s-]+");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}

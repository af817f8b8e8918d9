package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import dev.latent.scoring.PhraseFinder.Found;
import dev.latent.scoring.analysis.TextScan;
import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One side of a compared pair told as the other side reversed: "Oxidation is losing electrons, reduction is the
 * opposite", "Endothermic takes in energy ... Exothermic is the opposite", "Retroactive is the other way around". Where
 * the answer states a concept of one side and calls the other side its opposite, the other side's counterpart concept
 * is stated too. Counterparts are concepts bound to the two sides of one pair ({@link SubjectBinding}) whose labels
 * share the most words besides the sides' names, each the other's best.
 */
final class MirroredSides {

    /** "X is the opposite", "X is kind of the other way round", "X's the reverse": group 1 the side named. */
    private static final Pattern OPPOSITE = Pattern.compile("(?i)\\b([\\p{L}][\\p{L}\\p{N}-]*)\\s+(?:is|are|'s|was|does|works)"
            + "\\s+(?:just\\s+|basically\\s+|simply\\s+|kind\\s+of\\s+|sort\\s+of\\s+|exactly\\s+)?(?:the\\s+|it\\s+)?"
            + "(?:opposite|other\\s+way(?:\\s+(?:round|around))?|reverse|inverse)\\b");

    /** Per concept: its counterpart on the other side of the pair, or -1. */
    private final int[] counterpart;
    /** Per concept with a counterpart: the words both labels say besides the sides' names ("electron"), else null. */
    private final List<Set<String>> shared;
    private final SubjectBinding binding;
    private final Analyzer analyzer;

    private MirroredSides(int[] counterpart, List<Set<String>> shared, SubjectBinding binding, Analyzer analyzer) {
        this.counterpart = counterpart;
        this.shared = shared;
        this.binding = binding;
        this.analyzer = analyzer;
    }

    /** The counterparts of a rubric's bound concepts, or null when no two of them mirror each other. */
    static MirroredSides of(Rubric rubric, SubjectBinding binding, Analyzer analyzer) {
        if (binding == null) return null;
        List<Concept> concepts = rubric.concepts();
        List<Set<String>> words = new ArrayList<>();
        for (int c = 0; c < concepts.size(); c++) {
            Set<String> label = new HashSet<>(TokenizedText.contentTerms(analyzer, concepts.get(c).label()));
            if (binding.own(c) != null) {
                label.removeAll(binding.own(c));
                label.removeAll(binding.rivals(c));
            }
            words.add(label);
        }
        int[] best = new int[concepts.size()];
        for (int c = 0; c < concepts.size(); c++) {
            best[c] = -1;
            int most = 0;
            for (int d = 0; d < concepts.size(); d++) {
                if (!opposite(binding, c, d)) continue;
                Set<String> shared = new HashSet<>(words.get(c));
                shared.retainAll(words.get(d));
                if (shared.size() > most) {
                    most = shared.size();
                    best[c] = d;
                }
            }
        }
        int[] counterpart = new int[concepts.size()];
        List<Set<String>> shared = new ArrayList<>();
        boolean any = false;
        for (int c = 0; c < concepts.size(); c++) {
            counterpart[c] = best[c] >= 0 && best[best[c]] == c ? best[c] : -1;
            any |= counterpart[c] >= 0;
            Set<String> both = null;
            if (counterpart[c] >= 0) {
                both = new HashSet<>(words.get(c));
                both.retainAll(words.get(counterpart[c]));
            }
            shared.add(both);
        }
        return any ? new MirroredSides(counterpart, shared, binding, analyzer) : null;
    }

    /** The concept's counterpart on the other side of its pair, or -1. */
    int counterpart(int concept) {
        return counterpart[concept];
    }

    /** The words the concept's label shares with its counterpart's besides the sides' names, or null for none. */
    Set<String> sharedWords(int concept) {
        return shared.get(concept);
    }

    /** Whether the two concepts are bound to the two sides of one pair. */
    private static boolean opposite(SubjectBinding binding, int c, int d) {
        Set<String> ownC = binding.own(c);
        Set<String> ownD = binding.own(d);
        if (c == d || ownC == null || ownD == null) return false;
        return !Collections.disjoint(ownC, binding.rivals(d)) && !Collections.disjoint(ownD, binding.rivals(c))
                && Collections.disjoint(ownC, ownD);
    }

    /**
     * The concepts the answer states by calling their side the opposite of a side whose counterpart it states, each with
     * the words that say so, added to those already credited.
     */
    Map<String, Evidence> credit(String text, Rubric rubric, Found[] conceptFinds, Map<String, Evidence> credited) {
        // In any case and spacing, as the pattern reads them: "Reduction is the Opposite", "the other  way round".
        if (!TextScan.containsIgnoringCase(text, "opposite") && !TextScan.containsIgnoringCase(text, "other")
                && !TextScan.containsIgnoringCase(text, "revers") && !TextScan.containsIgnoringCase(text, "invers")) {
            return credited;
        }
        Map<String, Evidence> out = credited;
        for (Matcher said = OPPOSITE.matcher(text); said.find(); ) {
            Set<String> side = TokenizedText.contentTerms(analyzer, said.group(1));
            if (side.size() != 1) continue;
            String name = side.iterator().next();
            for (int c = 0; c < counterpart.length; c++) {
                int other = counterpart[c];
                if (other < 0 || !binding.own(c).contains(name) || conceptFinds[other].bestAffirmed() == null
                        || conceptFinds[c].bestAffirmed() != null) continue;
                String id = rubric.concepts().get(c).id();
                if (out.containsKey(id)) continue;
                if (out == credited) out = new HashMap<>(credited);
                out.put(id, new Evidence("the opposite of: " + rubric.concepts().get(other).label(), said.start(), said.end(),
                        said.group(), List.of(new Span(said.start(), said.end())), false, null));
            }
        }
        return out;
    }
}

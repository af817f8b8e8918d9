package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import dev.latent.scoring.PhraseFinder.Found;
import dev.latent.scoring.PhraseFinder.Occurrence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A concept of one side of a compared pair said by its own words alone, right after its side is named: "ionic =
 * transfer, covalent = share" for "Ionic: electrons transferred" and "Covalent: electrons shared", "plankton drift"
 * for "drift with the currents". What both sides' labels say ("electrons") goes without saying once the answer sets
 * the sides apart, so a phrasing without those words states the concept, but only where the side named nearest
 * before it, in its clause, is the concept's own ({@link MirroredSides} pairs the counterparts).
 */
final class SideWords {

    /** Per concept: its phrasings less the words it shares with its counterpart, or null. */
    private final List<List<Phrasing>> phrasings;
    private final List<String> conceptIds;
    private final MirroredSides mirrored;
    private final SubjectBinding binding;

    private SideWords(List<List<Phrasing>> phrasings, List<String> conceptIds, MirroredSides mirrored, SubjectBinding binding) {
        this.phrasings = phrasings;
        this.conceptIds = conceptIds;
        this.mirrored = mirrored;
        this.binding = binding;
    }

    /**
     * The shortened phrasings of the rubric's mirrored concepts, compiled into the vocabulary (which must not be sealed
     * yet); null when no phrasing of them says a shared word.
     */
    static SideWords of(Rubric rubric, MirroredSides mirrored, SubjectBinding binding, RubricVocabulary vocabulary) {
        if (mirrored == null) return null;
        List<List<Phrasing>> out = new ArrayList<>();
        boolean any = false;
        List<String> warnings = vocabulary.warnings();
        int warned = warnings.size();
        int count = rubric.concepts().size();
        List<List<String>> shortenedOf = new ArrayList<>(count);
        // per concept, its shortened phrasings that lost a side's name ("blocks" of "blocks high frequencies")
        List<Set<String>> namelessOf = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            Set<String> shared = mirrored.sharedWords(c);
            List<String> shortened = new ArrayList<>();
            Set<String> nameless = new HashSet<>();
            if (shared != null && !shared.isEmpty()) {
                Set<String> sides = new HashSet<>(binding.own(c));
                sides.addAll(binding.rivals(c));
                sides.removeAll(shared);
                Set<String> dropped = new HashSet<>(shared);
                dropped.addAll(sides);
                for (String phrasing : rubric.concepts().get(c).phrasings()) {
                    if (Formulas.isFormula(phrasing)) continue; // notation is matched as written, whole
                    String less = without(phrasing, dropped, vocabulary);
                    if (less == null) continue;
                    shortened.add(less);
                    if (!Collections.disjoint(vocabulary.termsOf(phrasing), sides)) nameless.add(less);
                }
            }
            shortenedOf.add(shortened);
            namelessOf.add(nameless);
        }
        for (int c = 0; c < count; c++) {
            List<String> shortened = shortenedOf.get(c);
            int other = mirrored.counterpart(c);
            if (other >= 0 && !namelessOf.get(c).isEmpty()) {
                // What is left of both sides' phrasings once a side's name went tells them apart no better than that
                // name: "blocks" of "blocks high frequencies" (low-pass) and of "blocks low frequencies" (high-pass).
                Set<String> theirs = new HashSet<>();
                for (String phrasing : shortenedOf.get(other)) theirs.add(phrasing.toLowerCase(Locale.ROOT));
                Set<String> nameless = namelessOf.get(c);
                shortened = new ArrayList<>(shortened);
                shortened.removeIf(phrasing -> nameless.contains(phrasing) && theirs.contains(phrasing.toLowerCase(Locale.ROOT)));
            }
            // In any order, never with a word left out: these are short already.
            out.add(shortened.isEmpty() ? null
                    : vocabulary.compile(shortened, true, rubric.concepts().get(c).id(), Integer.MAX_VALUE));
            any |= !shortened.isEmpty();
        }
        // Phrasings the author did not write: no warning is about them.
        warnings.subList(warned, warnings.size()).clear();
        return any ? new SideWords(out, rubric.concepts().stream().map(Concept::id).toList(), mirrored, binding) : null;
    }

    /**
     * The phrasing without its words whose terms are all {@code dropped}, when it said one of them and keeps a content
     * word; else null.
     */
    private static String without(String phrasing, Set<String> dropped, RubricVocabulary vocabulary) {
        StringBuilder kept = new StringBuilder();
        boolean dropsOne = false;
        boolean keepsOne = false;
        for (String word : phrasing.split("\\s+")) {
            Set<String> terms = vocabulary.termsOf(word);
            if (!terms.isEmpty() && dropped.containsAll(terms)) {
                dropsOne = true;
                continue;
            }
            keepsOne |= !terms.isEmpty();
            if (!kept.isEmpty()) kept.append(' ');
            kept.append(word);
        }
        return dropsOne && keepsOne ? kept.toString() : null;
    }

    /**
     * The concepts said by their own words after their own side, added to those already credited: only where the
     * counterpart is stated too, in its full words or in its own ("ionic = transfer, covalent = share"). Set side by
     * side, the two sides' words tell what both have in common is meant; alone, "a switch is a device" says nothing.
     */
    Map<String, Evidence> credit(Found[] conceptFinds, PhraseFinder finder, AnswerMatches matches,
                                 Map<String, Evidence> credited) {
        int concepts = phrasings.size();
        Occurrence[] shortened = new Occurrence[concepts];
        for (int c = 0; c < concepts; c++) {
            if (phrasings.get(c) == null || conceptFinds[c].bestAffirmed() != null) continue;
            Found found = finder.find(phrasings.get(c), matches);
            final int concept = c;
            found.drop(o -> !binding.saidOfOwn(concept, o, matches.tokens, matches));
            shortened[c] = found.bestAffirmed();
        }
        Map<String, Evidence> out = credited;
        for (int c = 0; c < concepts; c++) {
            String id = conceptIds.get(c);
            int other = mirrored.counterpart(c);
            if (shortened[c] == null || out.containsKey(id) || other < 0) continue;
            boolean otherStated = shortened[other] != null || conceptFinds[other].bestAffirmed() != null
                    || credited.containsKey(conceptIds.get(other));
            if (!otherStated) continue;
            if (out == credited) out = new HashMap<>(credited);
            out.put(id, PhraseFinder.evidence(shortened[c], matches));
        }
        return out;
    }
}

package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;
import dev.latent.scoring.analysis.EnglishWords;
import dev.latent.scoring.analysis.Folding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of a sealed rubric's terms an answer word may be a typo of ({@link Typos} says what a typo is): never for a
 * word that is itself a rubric term or spelling, a common English word, a number, or the opposite of the term
 * ("increases" for "decreases"); a word no dictionary knows that begins one rubric word is short for it. Safe to share
 * between threads.
 */
final class TypoTargets {

    private static final int[] NONE = new int[0];

    /**
     * Typo targets of answer words seen before, shared by all calls: answers to one question reuse their
     * vocabulary. Bounded, so that hostile input cannot grow it without limit; past the bound each call keeps
     * its own memo.
     */
    static final int CACHE_LIMIT = 20_000;

    private final AnswerAnalyzer analyzer;
    private final List<String> terms;
    /** Every rubric term and spelling: an answer word equal to one is never read as a typo of another. */
    private final Set<String> protectedWords;
    private final ConcurrentHashMap<String, int[]> cache = new ConcurrentHashMap<>();
    /** Typo candidates: every term and spelling (4+ letters) with its term id and letter mask, for fast rejection. */
    private final String[] forms;
    private final int[] formIds;
    private final int[] formMasks;

    /** @param spellings per term id, the written forms seen in phrasings */
    TypoTargets(AnswerAnalyzer analyzer, List<String> terms, List<Set<String>> spellings, Set<String> protectedWords) {
        this.analyzer = analyzer;
        this.terms = terms;
        this.protectedWords = protectedWords;
        List<String> candidates = new ArrayList<>();
        List<Integer> candidateIds = new ArrayList<>();
        for (int id = 0; id < terms.size(); id++) {
            Set<String> written = new LinkedHashSet<>();
            written.add(terms.get(id));
            written.addAll(spellings.get(id));
            for (String form : written) {
                if (Typos.tolerance(form.length()) == 0) continue; // short words are never typo targets
                candidates.add(form);
                candidateIds.add(id);
            }
        }
        // Plain loops, no streams or lambdas: their first use costs milliseconds in a cold JVM.
        forms = candidates.toArray(new String[0]);
        formIds = new int[candidateIds.size()];
        formMasks = new int[forms.length];
        for (int f = 0; f < forms.length; f++) {
            formIds[f] = candidateIds.get(f);
            formMasks[f] = Typos.letterMask(forms[f]);
        }
    }

    /**
     * The rubric terms an answer word not in the vocabulary may be a typo of, memoised across calls (up to a
     * bound; past it in {@code memo}, which the caller creates on demand and passes back).
     */
    int[] of(String term, String written, Map<String, int[]>[] memo) {
        int[] found = cache.get(written);
        if (found == null && memo[0] != null) found = memo[0].get(written);
        if (found != null) return found;
        found = find(term, written);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(written, found);
        } else {
            if (memo[0] == null) memo[0] = new HashMap<>();
            memo[0].put(written, found);
        }
        return found;
    }

    /** Rubric terms an answer word may be a typo of; none when the word is itself a real word ({@link EnglishWords}). */
    private int[] find(String term, String written) {
        String spelling = Folding.surface(written);
        if (spelling.length() < 4 || Typos.REAL_WORDS.contains(term)) return NONE;
        if (protectedWords.contains(spelling) || Typos.REAL_WORDS.contains(spelling)) return NONE;
        boolean firstLetterKept = !analyzer.readsAsTrained();
        if (firstLetterKept) {
            // A number is no typo of another ("1932" is not "1923", "1945" not "1949"): a date or a count means itself.
            if (Typos.hasDigit(spelling)) return NONE;
            // A common English word was written on purpose: "pick" is no "pack", "select" no "elect", "show" no "slow".
            if (EnglishWords.contains(spelling)) return NONE;
            // A word no dictionary knows that begins one rubric word is short for it ("vars", "regs", "alloc"): what
            // Abbreviations' list does for its subject's short forms, without a list. Before the dictionary, real words
            // that begin rubric words ("main", "over") had made this a guess.
            int shortened = Typos.shortFormOf(spelling, forms, formIds);
            if (shortened >= 0) return new int[] {shortened};
        }
        int[] found = NONE;
        int termMask = Typos.letterMask(term);
        int spellingMask = Typos.letterMask(spelling);
        for (int f = 0; f < forms.length; f++) {
            int id = formIds[f];
            if (found.length > 0 && found[found.length - 1] == id) continue;
            String form = forms[f];
            if (firstLetterKept && Typos.hasDigit(form)) continue;
            int mask = formMasks[f];
            if ((Typos.mayBeTypo(term, termMask, form, mask) && Typos.isTypo(term, form, firstLetterKept)
                    || Typos.mayBeTypo(spelling, spellingMask, form, mask) && Typos.isTypo(spelling, form, firstLetterKept))
                    && !(firstLetterKept && antonyms(terms.get(id), term))) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = id;
            }
        }
        return found;
    }

    /**
     * "increases" is two letters from "decreases": a word is never read as a typo of its opposite, nor a misspelt
     * opposite ("increses") as a typo of the word.
     */
    private boolean antonyms(String rubricTerm, String answerTerm) {
        Set<String> opposites = Reversals.of(rubricTerm, analyzer);
        return opposites != null && Reversals.reverses(answerTerm, opposites);
    }
}

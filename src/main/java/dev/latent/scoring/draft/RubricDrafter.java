package dev.latent.scoring.draft;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import dev.latent.scoring.analysis.Negation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drafts a keyword rubric from a model answer, for questions that come with a reference answer but no
 * hand-written rubric (the {@code reference} column of {@code grade --batch}, the SemEval data).
 *
 * <p>Every content word of the reference becomes a concept (stop words never do: they are dropped by the
 * engine's {@link dev.latent.scoring.analysis.AnswerAnalyzer}, whose stems the drafted phrasings are written for),
 * and every pair of adjacent content words in a sentence becomes a lighter concept matched in any order,
 * so that an answer restating the reference's relations scores above a bag of its words. Words the
 * question already contains weigh less: every answer repeats them. Polarity is kept: a word the reference
 * negates ("will not light") is drafted as "not light" with the plain word as its opposite, and a word
 * with a known antonym ("closed") gets it as opposite ("open"), so an answer that negates or reverses the
 * reference earns nothing for it and is flagged. Irregular forms Porter stemming misses ("left" for
 * "leaving") are added as phrasings. Output is a pure function of the two strings.
 */
public final class RubricDrafter {

    /** Weight of a content word of the reference. */
    public static final double WORD_WEIGHT = 1.0;
    /** Weight of two adjacent content words stated together. */
    public static final double PAIR_WEIGHT = 0.5;
    /** Factor on the weight of a word (or a pair of words) the question already contains. */
    public static final double ECHO_FACTOR = 0.3;

    static final String WORD_PREFIX = "w:";
    static final String PAIR_PREFIX = "p:";

    private RubricDrafter() {
    }

    /** The drafted rubric for a reference answer; {@code promptOrNull} is the question, if known. */
    public static Rubric draft(String reference, String promptOrNull) {
        return prepare(reference, promptOrNull).rubric();
    }

    /** The drafted rubric compiled for scoring, with what the reference grader needs besides. */
    public static DraftedRubric prepare(String reference, String promptOrNull) {
        Words referenceWords = Words.of(reference);
        Words promptWords = Words.of(promptOrNull);
        Set<String> promptTerms = promptWords.contentTerms();
        Set<String> referenceTerms = referenceWords.contentTerms();

        Map<String, Concept> concepts = new LinkedHashMap<>();
        List<Words.Word> words = referenceWords.words;
        for (Words.Word word : words) {
            if (word.cue() || concepts.containsKey(WORD_PREFIX + word.term())) continue;
            double weight = WORD_WEIGHT * (promptTerms.contains(word.term()) ? ECHO_FACTOR : 1);
            List<String> phrasings;
            List<String> opposites;
            List<String> forms = formsOf(word);
            if (word.negated()) {
                phrasings = forms.stream().map(form -> Negation.CUE + " " + form).toList();
                opposites = List.copyOf(forms);
            } else {
                phrasings = List.copyOf(forms);
                opposites = new ArrayList<>();
                for (String opposite : Opposites.of(word.term())) {
                    // A reference naming both sides ("open or closed") opposes neither.
                    if (!referenceTerms.contains(Words.termOf(opposite))) opposites.add(opposite);
                }
            }
            concepts.put(WORD_PREFIX + word.term(), new Concept(WORD_PREFIX + word.term(), word.written(), weight,
                    false, phrasings, false, opposites));
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            Words.Word first = words.get(i);
            Words.Word second = words.get(i + 1);
            if (first.cue() || second.cue() || first.sentence() != second.sentence()
                    || first.term().equals(second.term())) {
                continue;
            }
            String id = PAIR_PREFIX + first.term() + "+" + second.term();
            if (concepts.containsKey(id)) continue;
            boolean echo = promptTerms.contains(first.term()) && promptTerms.contains(second.term());
            boolean negated = first.negated() || second.negated();
            List<String> phrasings = new ArrayList<>();
            for (String a : formsOf(first)) {
                for (String b : formsOf(second)) phrasings.add((negated ? Negation.CUE + " " : "") + a + " " + b);
            }
            concepts.put(id, new Concept(id, first.written() + " " + second.written(),
                    PAIR_WEIGHT * (echo ? ECHO_FACTOR : 1), false, phrasings, true, List.of()));
        }
        Rubric rubric = new Rubric(new ArrayList<>(concepts.values()), List.of());
        return new DraftedRubric(rubric, reference, referenceWords, promptWords);
    }

    /** The word as written, then its irregular forms. */
    private static List<String> formsOf(Words.Word word) {
        List<String> forms = new ArrayList<>();
        forms.add(word.written());
        forms.addAll(WordForms.of(word.term()));
        return forms;
    }
}

package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Misconception;
import dev.latent.deck.Rubric;
import dev.latent.scoring.PhraseFinder.Found;
import dev.latent.scoring.analysis.AnswerAnalyzer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A rubric prepared for scoring, in three stages: the rubric's words ({@link RubricVocabulary}), where its
 * phrasings occur in an answer ({@link PhraseFinder}), and the verdict with its caps ({@link Verdict}).
 * Immutable and safe to share between threads; {@link #score(String)} is the hot path.
 *
 * <p>Work is linear in the answer's length: each word is compared with at most the rubric's vocabulary
 * (memoised per distinct word), and each phrasing start looks at a bounded window.
 */
public final class CompiledRubric {

    private final Rubric rubric;
    private final ScoringPolicy policy;
    private final RubricVocabulary vocabulary;
    private final PhraseFinder finder;
    /**
     * Wrong claims (misconceptions, a concept's opposites) are found with at most {@link #WRONG_CLAIM_GAP} words
     * between their words: a claim spread over a clause is seldom the claim ("the mask like 255.255.255.0 shows which
     * part of the address" is no "masks your address"), and a wrong one costs two grades. Tuning sets: dev 0.932 →
     * 0.934, the rest level or +0.001; at 1 the calibration set lost 0.004.
     */
    private final PhraseFinder wrongClaimFinder;
    static final int WRONG_CLAIM_GAP = 2;
    private final Set<String> connectives;
    private final Set<String> cancellers;
    /** Concepts bound to one of two subjects the question contrasts; null when it contrasts none. */
    private final SubjectBinding binding;
    /** A side of a compared pair told as the other reversed ("reduction is the opposite"); null without counterparts. */
    private final MirroredSides mirrored;
    /** Mirrored concepts said by their own words after their side ("ionic = transfer"), or null. */
    private final SideWords sideWords;
    private final WordlessPhrasings wordless;
    private final List<List<Phrasing>> conceptPhrasings = new ArrayList<>();
    private final List<List<Phrasing>> oppositePhrasings = new ArrayList<>();
    private final List<List<Phrasing>> misconceptionPhrasings = new ArrayList<>();
    /** Per concept, the answer's opening word that states it ("no" or "yes"), or null: see {@link OpeningVerdict}. */
    private final List<String> conceptVerdicts = new ArrayList<>();
    /** Per misconception, the verdict ("yes" or "no") it stands for, or null. */
    private final List<String> misconceptionVerdicts = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Verdict verdict;
    /** The question's long words as an answer may cut them short ("Under:"), and names it may write by initials; or null. */
    private final ShortForms shortForms;
    /** The model answer's part of the score, or null when the rubric grades alone. */
    private final ModelAnswerBlend modelAnswerBlend;
    /** The question's compounds: pairs of its terms side by side ("light year"), {@link Compounds#pairs}. */
    private final Map<String, Set<String>> promptCompounds;
    /** How the question names each term, for a pronoun that opens an answer ({@link Pronouns#thingsNamed}). */
    private final byte[] questionThings;

    /**
     * @param prompt the question, or null: a concept's occurrence made only of its words earns nothing
     * @param modelAnswer the question's model answer, or null: concepts it does not state are only "also
     *     accepted" (a bonus), never missing
     */
    CompiledRubric(Rubric rubric, ScoringPolicy policy, AnswerAnalyzer analyzer, String prompt, String modelAnswer) {
        this(rubric, policy, analyzer, prompt, modelAnswer, true);
    }

    private CompiledRubric(Rubric rubric, ScoringPolicy policy, AnswerAnalyzer analyzer, String prompt,
                           String modelAnswer, boolean blendWithModelAnswer) {
        this.rubric = rubric;
        List<List<String>> borrowed = BorrowedPhrasings.of(rubric, policy, analyzer, prompt, modelAnswer);
        double perConcept = BorrowedPhrasings.perConcept(rubric, borrowed);
        this.policy = policy.forPhrasingsPerConcept(perConcept);
        this.modelAnswerBlend = !blendWithModelAnswer || modelAnswer == null ? null
                : ModelAnswerBlend.of(rubric, perConcept, analyzer, prompt, modelAnswer,
                        points -> new CompiledRubric(points, policy, analyzer, prompt, modelAnswer, false));
        this.vocabulary = new RubricVocabulary(analyzer, prompt);
        // Phrasings the author did not write, borrowed from the model answer: no warning is about them.
        Set<String> borrowedTexts = new HashSet<>();
        this.connectives = vocabulary.connectives();
        this.cancellers = TokenizedText.cancellerTerms(analyzer);
        for (int c = 0; c < rubric.concepts().size(); c++) {
            Concept concept = rubric.concepts().get(c);
            List<String> phrasings = new ArrayList<>();
            conceptVerdicts.add(splitVerdict(concept.phrasings(), phrasings));
            phrasings.addAll(borrowed.get(c));
            borrowedTexts.addAll(borrowed.get(c));
            conceptPhrasings.add(vocabulary.compile(phrasings, concept.anyOrder(), concept.id(),
                    RubricVocabulary.nearMatchWords(concept.phrasings().size(), analyzer.readsAsTrained()))); // near matches too
            oppositePhrasings.add(concept.opposites().isEmpty() ? null
                    : vocabulary.compile(concept.opposites(), concept.anyOrder(), concept.id()));
        }
        dropAmbiguousNearMatches();
        for (Misconception misconception : rubric.misconceptions()) {
            // A wrong verdict ("yes" to "Is it necessarily good?") counts where a verdict is given: at the opening.
            List<String> phrasings = new ArrayList<>();
            misconceptionVerdicts.add(splitVerdict(misconception.phrasings(), phrasings));
            misconceptionPhrasings.add(vocabulary.compile(phrasings, misconception.anyOrder(), misconception.id()));
        }
        this.binding = SubjectBinding.of(rubric, prompt, vocabulary.analyzer());
        this.mirrored = vocabulary.analyzer().readsAsTrained() ? null : MirroredSides.of(rubric, binding, vocabulary.analyzer());
        this.sideWords = SideWords.of(rubric, mirrored, binding, vocabulary);
        vocabulary.protectWordsOf(prompt);
        vocabulary.seal();
        warnings.addAll(vocabulary.warnings());
        onePartWarning(rubric).ifPresent(warnings::add);
        this.finder = new PhraseFinder(this.policy.phraseGap());
        this.wrongClaimFinder = new PhraseFinder(Math.min(this.policy.phraseGap(), WRONG_CLAIM_GAP));
        if (prompt == null) {
            this.promptCompounds = Map.of();
            this.questionThings = null;
        } else {
            // the question read once, as an answer is: for its echoes, its compounds and the things it names
            String asked = PromptInstructions.withoutInstructions(prompt);
            if (!vocabulary.analyzer().readsAsTrained()) asked = PromptInstructions.withoutGlosses(asked);
            TokenizedText promptTokens = TokenizedText.analyze(vocabulary.analyzer(), connectives, cancellers, asked);
            AnswerMatches inPrompt = new AnswerMatches(promptTokens, vocabulary, this.policy.negationScope());
            this.promptCompounds = dropEchoes(promptTokens, inPrompt, borrowedTexts);
            this.questionThings = vocabulary.analyzer().readsAsTrained() ? null : Pronouns.thingsNamed(inPrompt, vocabulary.size());
        }
        this.shortForms = ShortForms.of(prompt, vocabulary::termsOf, vocabulary.initialisms());
        this.wordless = WordlessPhrasings.of(vocabulary.wordless(), rubric.concepts().stream().map(Concept::id).toList(),
                prompt, warnings);

        boolean[] all = new boolean[rubric.concepts().size()];
        Arrays.fill(all, true);
        boolean listWanted = prompt != null && asksForAList(prompt);
        List<String> partQuestions = QuestionParts.of(prompt, partsNamed(rubric));
        SameThing sameThing = SameThing.of(prompt);
        boolean asTrained = vocabulary.analyzer().readsAsTrained();
        Verdict everyConcept = new Verdict(rubric, this.policy, all, listWanted, partQuestions, sameThing, asTrained);
        this.verdict = modelAnswer == null ? everyConcept : new Verdict(rubric, this.policy, statedBy(modelAnswer, everyConcept),
                listWanted, partQuestions, sameThing, asTrained);
    }

    /**
     * A concept's or a misconception's written phrasings apart from a bare verdict ("no", "yes"), which the phrase
     * finder cannot match and the answer's opening gives instead ({@link OpeningVerdict}): those go to {@code rest},
     * the verdict is returned (null when there is none).
     */
    private static String splitVerdict(List<String> written, List<String> rest) {
        String verdict = null;
        for (String phrasing : written) {
            String word = OpeningVerdict.phrasingVerdict(phrasing);
            if (word == null) rest.add(phrasing);
            else verdict = word;
        }
        return verdict;
    }

    /**
     * A near match that another concept also has, as a phrasing or a near match of its own, cannot tell the two
     * apart: "light-independent reactions" without "independent" is "light reactions", the other stage. It is
     * dropped; the concepts' phrasings as written still match.
     */
    private void dropAmbiguousNearMatches() {
        Map<String, Set<Integer>> owners = new HashMap<>();
        for (int c = 0; c < conceptPhrasings.size(); c++) {
            for (Phrasing phrasing : conceptPhrasings.get(c)) {
                owners.computeIfAbsent(wordsKey(phrasing), k -> new HashSet<>()).add(c);
            }
        }
        for (int c = 0; c < conceptPhrasings.size(); c++) {
            List<Phrasing> kept = new ArrayList<>();
            for (Phrasing phrasing : conceptPhrasings.get(c)) {
                if (!phrasing.nearMatch() || owners.get(wordsKey(phrasing)).size() == 1) kept.add(phrasing);
            }
            conceptPhrasings.set(c, kept);
        }
    }

    /** A phrasing's words in any order, and whether it is negated. */
    private static String wordsKey(Phrasing phrasing) {
        int[] words = phrasing.words().clone();
        Arrays.sort(words);
        return Arrays.toString(words) + (phrasing.negated() ? "!" : "");
    }

    /**
     * A concept phrasing the question itself contains ("how well reconstructs" is "reconstructs" once its stop words
     * go, and the question says "perfectly reconstructs") would credit an answer for echoing the question: it is
     * dropped, with a warning, as is a near match made only of the question's words ({@link #allSaidIn}). A
     * misconception's is kept: "yes, it is necessarily good" answers in the question's words. Returns the question's
     * compounds ({@link Compounds#pairs}).
     */
    private Map<String, Set<String>> dropEchoes(TokenizedText tokens, AnswerMatches inPrompt, Set<String> borrowedTexts) {
        for (int i = 0; i < conceptPhrasings.size(); i++) {
            List<Phrasing> kept = new ArrayList<>();
            for (Phrasing phrasing : conceptPhrasings.get(i)) {
                if (!(phrasing.nearMatch() && allSaidIn(phrasing, inPrompt))
                        && finder.find(List.of(phrasing), inPrompt).bestAffirmed() == null) {
                    kept.add(phrasing);
                } else if (!phrasing.nearMatch() && !borrowedTexts.contains(phrasing.text())) {
                    // a shortened or borrowed phrasing that echoes is dropped without a word
                    warnings.add(rubric.concepts().get(i).id() + ": phrasing \"" + phrasing.text()
                            + "\" is in the question itself, so it would credit an echo of the question; it earns nothing");
                }
            }
            conceptPhrasings.set(i, kept);
        }
        return Compounds.pairs(tokens);
    }

    /**
     * Every word of the phrasing is a word of the question. A near match made only of them ("primary key table", from
     * "refers to the primary key of another table") credits an answer that restates the question in other order: "a
     * primary key is the password that protects the table". (The whole phrasing keeps its match: dropping those too
     * cost the calibration set 0.027.)
     */
    private static boolean allSaidIn(Phrasing phrasing, AnswerMatches inPrompt) {
        for (int w : phrasing.words()) if (!inPrompt.occurs(w)) return false;
        return true;
    }

    /** "Can you name...", "list...", "What are the main tasks...": a list of terms answers these in full. */
    private static final Pattern LIST_PROMPT = Pattern.compile(
            "\\b(name|list|enumerate|examples?)\\b|(^|[.?!]\\s+)what are the( \\w+)? \\w+s\\b", Pattern.CASE_INSENSITIVE);

    static boolean asksForAList(String prompt) {
        return LIST_PROMPT.matcher(prompt).find();
    }

    /** The part numbers the rubric's concepts name. */
    private static TreeSet<Integer> namedParts(Rubric rubric) {
        TreeSet<Integer> parts = new TreeSet<>();
        for (Concept concept : rubric.concepts()) if (concept.part() != Concept.NO_PART) parts.add(concept.part());
        return parts;
    }

    /** The highest part named, 0 for none. */
    private static int partsNamed(Rubric rubric) {
        TreeSet<Integer> parts = namedParts(rubric);
        return parts.isEmpty() ? 0 : parts.last();
    }

    /** Parts take effect from two: a rubric that names one has named none, which is worth saying. */
    private static Optional<String> onePartWarning(Rubric rubric) {
        Set<Integer> parts = namedParts(rubric);
        if (parts.size() != 1) return Optional.empty();
        return Optional.of("only part " + parts.iterator().next() + " is named: a part left unanswered is"
                + " graded 2 at most only where the concepts name two parts or more (give the other part's concepts theirs)");
    }

    /** The concepts the model answer states; all of them when it states none (the rubric cannot read it). */
    private boolean[] statedBy(String modelAnswer, Verdict everyConcept) {
        ScoreResult model = score(modelAnswer, everyConcept);
        boolean[] stated = new boolean[rubric.concepts().size()];
        boolean any = false;
        for (int i = 0; i < stated.length; i++) {
            stated[i] = model.concepts().get(i).status() == ConceptStatus.HIT;
            any |= stated[i];
        }
        if (!any) {
            warnings.add("the model answer states none of the rubric's concepts, so all of them are expected");
            Arrays.fill(stated, true);
        }
        for (int i = 0; i < stated.length; i++) {
            Concept concept = rubric.concepts().get(i);
            if (concept.required() && !stated[i]) {
                // Otherwise the flag silently does nothing: an answer without the idea still reaches the top grade.
                warnings.add(concept.id() + ": required, but the model answer does not state it, so it is only"
                        + " \"also accepted\" and an answer without it can still reach grade 4; say it in the model"
                        + " answer or add a phrasing the model answer uses");
            }
        }
        return stated;
    }

    public Rubric rubric() {
        return rubric;
    }

    public ScoringPolicy policy() {
        return policy;
    }

    /** Phrasings that can never match (for instance made only of stop words), one message each. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Whether the model answer states the concept (otherwise it is only "also accepted"). */
    public boolean isExpected(String conceptId) {
        for (int i = 0; i < rubric.concepts().size(); i++) {
            if (rubric.concepts().get(i).id().equals(conceptId)) return verdict.expected(i);
        }
        throw new IllegalArgumentException("no concept " + conceptId);
    }

    /** Grades one answer. Never throws for any string; null counts as empty. */
    public ScoreResult score(String answer) {
        return score(answer, verdict, Map.of());
    }

    /**
     * Grades one answer, crediting the concepts the learner says it states where the rubric did not see them
     * ("I did say this"): each is a hit with the learner's words as its evidence.
     *
     * @param claimed concept id → the words of the answer that state it
     * @throws IllegalArgumentException for an unknown concept or words outside the answer
     */
    public ScoreResult score(String answer, Map<String, Span> claimed) {
        String text = answer == null ? "" : answer;
        Map<String, Evidence> credited = new HashMap<>();
        for (Map.Entry<String, Span> claim : claimed.entrySet()) {
            isExpected(claim.getKey()); // throws for an unknown concept
            Span words = claim.getValue();
            if (words.end() > text.length()) throw new IllegalArgumentException("the words claimed are not in the answer");
            credited.put(claim.getKey(), new Evidence(Verdict.CLAIMED, words.start(), words.end(),
                    text.substring(words.start(), words.end()), List.of(words), false, null));
        }
        return score(text, verdict, credited);
    }

    private ScoreResult score(String answer, Verdict rules) {
        return score(answer, rules, Map.of());
    }

    private ScoreResult score(String answer, Verdict rules, Map<String, Evidence> claimed) {
        String text = answer == null ? "" : answer;
        Map<String, Evidence> credited = claimed;
        TokenizedText tokens = TokenizedText.analyze(vocabulary.analyzer(), connectives, cancellers, text);
        Evidence opening = OpeningVerdict.of(text, tokens.readsAsTrained);
        if (opening != null && !tokens.readsAsTrained && opening.end() <= tokens.retractedUpTo) {
            opening = null; // "Yes. No wait, not necessarily ..."
        }
        if (opening != null) {
            credited = new HashMap<>(claimed);
            for (int i = 0; i < conceptVerdicts.size(); i++) {
                if (opening.phrasing().equals(conceptVerdicts.get(i))) credited.putIfAbsent(rubric.concepts().get(i).id(), opening);
            }
        }
        if (shortForms != null) shortForms.expand(tokens);
        if (wordless != null && !tokens.readsAsTrained) credited = wordless.credit(text, tokens, binding, credited);
        AnswerMatches matches = new AnswerMatches(tokens, vocabulary, policy.negationScope(), questionThings);
        int concepts = conceptPhrasings.size();
        Found[] conceptFinds = new Found[concepts];
        Found[] oppositeFinds = new Found[concepts];
        for (int i = 0; i < concepts; i++) {
            conceptFinds[i] = finder.find(conceptPhrasings.get(i), matches);
            if (binding != null) binding.drop(i, conceptFinds[i], tokens, matches);
            List<Phrasing> opposites = oppositePhrasings.get(i);
            oppositeFinds[i] = opposites == null ? null : claimFinder(tokens).find(opposites, matches, true);
            if (oppositeFinds[i] != null && !tokens.readsAsTrained) {
                oppositeFinds[i].drop(o -> NotClaimed.test(o, matches));
            }
        }
        if (!tokens.readsAsTrained) Compounds.dropModifiersOfOthers(conceptFinds, matches);
        if (!tokens.readsAsTrained && !promptCompounds.isEmpty()) Compounds.dropHeadsOf(promptCompounds, conceptFinds, matches);
        Evidence[] wrongVerdicts = new Evidence[misconceptionPhrasings.size()];
        for (int i = 0; opening != null && i < wrongVerdicts.length; i++) {
            if (opening.phrasing().equals(misconceptionVerdicts.get(i))) wrongVerdicts[i] = opening;
        }
        Found[] misconceptionFinds = new Found[misconceptionPhrasings.size()];
        for (int i = 0; i < misconceptionFinds.length; i++) {
            misconceptionFinds[i] = claimFinder(tokens).find(misconceptionPhrasings.get(i), matches, true);
            if (binding != null) binding.dropWrong(misconceptionFinds[i], tokens, matches);
            if (!tokens.readsAsTrained) misconceptionFinds[i].drop(o -> NotClaimed.test(o, matches));
        }
        if (!tokens.readsAsTrained) NearerClaims.drop(misconceptionFinds, conceptFinds, matches);
        if (mirrored != null) credited = mirrored.credit(text, rubric, conceptFinds, credited);
        if (sideWords != null) credited = sideWords.credit(conceptFinds, finder, matches, credited);
        return rules.assemble(tokens, matches, conceptFinds, oppositeFinds, misconceptionFinds, wrongVerdicts, credited,
                modelAnswerBlend == null ? null : modelAnswerBlend.part(text, tokens));
    }

    /** The finder for wrong claims; the reference model's reading keeps the one it was trained with. */
    private PhraseFinder claimFinder(TokenizedText tokens) {
        return tokens.readsAsTrained ? finder : wrongClaimFinder;
    }

    @Override
    public String toString() {
        List<String> ids = new ArrayList<>();
        for (Concept concept : rubric.concepts()) ids.add(concept.id());
        return "CompiledRubric" + ids + " (" + vocabulary.size() + " terms)";
    }
}

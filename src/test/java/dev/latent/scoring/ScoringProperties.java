package dev.latent.scoring;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.Question;
import dev.latent.scoring.analysis.AnswerAnalyzer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the scorer over the bundled deck's rubrics and generated answers, good and hostile. */
class ScoringProperties {

    /** The verbs of lessening and falling a negation span may be (Lessening). */
    private static final Pattern LESSENING_OR_FALLING = Pattern.compile("(?i)(?:go|goes|went|gone|going)\\s+down|drops?|dropped"
            + "|dropping|falls?|fell|falling|decreas\\w*|declin\\w*|shrinks?|shrank|shrinking|lower\\w*|reduc\\w*|lessen\\w*"
            + "|prevent\\w*|avoid\\w*|mitigat\\w*|stop\\w*|eliminat\\w*|minimi[sz]\\w*|limit\\w*|cut\\w*|remov\\w*");

    /** A pronoun that may stand for a thing named before it (Pronouns). */
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:it|its|them|they|their|ones|this|these|those)\\b");

    private static final Deck DECK = load();
    private static final List<CompiledRubric> RUBRICS = DECK.questions().stream()
            .filter(q -> q.rubric() != null).map(q -> Grader.compile(q)).toList();
    private static final AnswerAnalyzer ANALYZER = new AnswerAnalyzer();
    /** The same questions with the rubrics "Draft concepts" writes from their model answers, which also read its words. */
    private static final List<CompiledRubric> DRAFTED = DECK.questions().stream()
            .map(q -> Grader.compile(ModelAnswerPoints.rubricOf(q.answer().fullText(), q.prompt()), q.prompt(),
                    q.answer().fullText(), ScoringPolicy.DEFAULT)).toList();

    /** Words from the deck's phrasings, so that generated answers do hit concepts. */
    private static final List<String> RUBRIC_WORDS = DECK.questions().stream()
            .flatMap(q -> Stream.concat(q.rubric().concepts().stream().flatMap(c -> c.phrasings().stream()),
                    q.rubric().misconceptions().stream().flatMap(m -> m.phrasings().stream())))
            .flatMap(p -> Stream.of(p.split("\\s+"))).distinct().toList();

    private static final List<String> GLUE = List.of("the", "a", "is", "are", "it", "and", "but", "not", "no", "never",
            "isn't", "doesn't", "can't", "without", "because", "which", ",", ".", ";", "\n", "-", "(", ")", "only");

    /** Words far from every rubric term (checked in {@link #irrelevantWordsAreIrrelevant}). */
    private static final List<String> IRRELEVANT = List.of("banana", "river", "yellow", "piano", "mountain", "quickly",
            "seven", "umbrella", "violin", "kitchen", "orange", "bicycle", "thunder", "garden", "pencil");

    private static Deck load() {
        try {
            return DeckLoader.load(BundledDeckAgreementTest.bundledDeck());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<String> answers() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(RUBRIC_WORDS)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(GLUE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(IRRELEVANT)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("🙂", "\u200B", "\u200F", "\u202E", "مرحبا", "שלום", "é", "\u0000",
                        "\u0007", "\uFEFF", "\uD83D", "ＧＡＮ", "ﬁ", "\u0301")));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", "\t", "  ", "\r\n");
        return Combinators.combine(word.list().ofMaxSize(60), separator.list().ofMinSize(60).ofMaxSize(60))
                .as((words, separators) -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) text.append(words.get(i)).append(separators.get(i));
                    return text.toString();
                });
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300), Arbitraries.strings().ofMaxLength(300),
                answers());
    }

    @Property(tries = 300)
    void scoreGradeAndRatingAreConsistent(@ForAll("anyText") String answer, @ForAll @IntRange(max = 7) int question) {
        CompiledRubric rubric = RUBRICS.get(question % RUBRICS.size());
        ScoreResult result = rubric.score(answer);
        ScoringPolicy policy = rubric.policy();
        assertTrue(result.score() >= 0 && result.score() <= 100, "score " + result.score());
        assertTrue(result.uncappedScore() >= result.score(), "caps only lower a score");
        assertEquals(policy.gradeBands().gradeOf(result.score()), result.grade());
        assertEquals(rubric.rubric().concepts().size(), result.concepts().size());
        for (ConceptResult concept : result.concepts()) {
            assertEquals(concept.status() == ConceptStatus.MISSED, concept.evidence() == null);
        }
    }

    @Property(tries = 300)
    void aDraftedRubricsScoreAndItsModelAnswerPartAreConsistent(@ForAll("anyText") String answer,
                                                              @ForAll @IntRange(max = 7) int question) {
        CompiledRubric rubric = DRAFTED.get(question % DRAFTED.size());
        ScoreResult result = rubric.score(answer);
        assertTrue(result.score() >= 0 && result.score() <= 100 && result.uncappedScore() >= result.score(), result.toString());
        assertEquals(rubric.policy().gradeBands().gradeOf(result.score()), result.grade());
        assertEquals(ScoreResult.ModelAnswerPart.Reading.WORDS, result.modelAnswer().reading());
        int part = result.modelAnswer().score();
        assertTrue(part >= 0 && part <= 100, "model answer part " + part);
        if (result.has(ScoreFlag.EMPTY_ANSWER)) assertEquals(0, result.score(), result.toString());
        // Saying more of the model answer's words never lowers that part.
        String more = answer + " " + DECK.questions().get(question % DRAFTED.size()).answer().fullText();
        assertTrue(rubric.score(more).modelAnswer().score() >= part, "more of the model answer's words: " + more);
    }

    @Property(tries = 300)
    void evidencePointsAtTextThatAnalysesToThePhrasing(@ForAll("answers") String answer, @ForAll @IntRange(max = 7) int question) {
        CompiledRubric rubric = RUBRICS.get(question % RUBRICS.size());
        ScoreResult result = rubric.score(answer);
        List<Evidence> evidence = new ArrayList<>();
        result.concepts().stream().map(ConceptResult::evidence).filter(e -> e != null).forEach(evidence::add);
        result.misconceptions().forEach(m -> evidence.add(m.evidence()));
        for (Evidence e : evidence) {
            assertTrue(0 <= e.start() && e.start() < e.end() && e.end() <= answer.length(), e.toString());
            assertEquals(answer.substring(e.start(), e.end()), e.text());
            // The written phrasing may stand for several ("semi-supervised" is also "semisupervised").
            Set<String> phrasingTerms = new LinkedHashSet<>();
            for (String variant : PhrasingVariants.of(e.phrasing())) phrasingTerms.addAll(terms(variant));
            // a negation is a word of its own, but an opening "No," is the phrasing "no" itself
            if (OpeningVerdict.phrasingVerdict(e.phrasing()) == null) phrasingTerms.remove("not");
            // "unlabeled" asks for "label" under a negation: its base is a term of the phrasing too, cut from the stem
            // or analysed on its own ("unseen" is "not seen", and "seen" is "see").
            for (String term : List.copyOf(phrasingTerms)) {
                String base = Privatives.base(term);
                if (base != null) phrasingTerms.add(base);
            }
            for (String word : e.phrasing().split("[^\\p{L}]+")) {
                if (word.length() > 4 && word.toLowerCase(java.util.Locale.ROOT).startsWith("un")) phrasingTerms.addAll(terms(word.substring(2)));
            }
            // An everyday synonym may stand for a phrasing's word ("linked" for "connect"), "stuff" for data.
            for (String group : StandIns.EVERYDAY_SYNONYMS) {
                List<String> groupTerms = terms(group);
                if (groupTerms.stream().anyMatch(phrasingTerms::contains)) phrasingTerms.addAll(groupTerms);
            }
            if (phrasingTerms.contains("data") || phrasingTerms.contains("inform") || phrasingTerms.contains("sampl")) {
                phrasingTerms.add("stuff");
            }
            for (Span word : e.words()) {
                assertTrue(e.start() <= word.start() && word.end() <= e.end(), word + " outside " + e);
                // A pronoun in the place of a phrasing's word said before it ("release it").
                if (word.of(answer).matches("(?i)it|them")) continue;
                String joined = String.join("", terms(word.of(answer)));
                // A transpose written as math ("W^T", "Wᵀ", "W.T") is the word "transpose" only to the analyzer's char filter.
                if (joined.isEmpty() && word.of(answer).matches("(\\^\\s*|\\.)?\\{?[Tt]\\}?|\u1D40")) joined = "transpos";
                assertTrue(e.typo() || phrasingTerms.contains(joined),
                        "\"" + word.of(answer) + "\" analyses to " + joined + ", not a term of \"" + e.phrasing() + "\" " + phrasingTerms);
            }
            if (e.negation() != null) {
                String cue = e.negation().of(answer);
                // "less stable" (and "fewer", its synonym) says "unstable" (MatchReading); a verb of lessening in a left-out
                // verb's place ("lowers blood sugar") or of falling after the thing ("trust goes down") says it lessened.
                assertTrue(terms(cue).equals(List.of("not")) || terms(cue).equals(List.of("less")) || cue.equalsIgnoreCase("un")
                                || LESSENING_OR_FALLING.matcher(cue).matches(),
                        "negation span " + e.negation() + " is a negation word, \"less\", a privative's \"un\" or a verb of"
                                + " lessening or falling: " + cue);
            }
        }
    }

    @Property(tries = 200)
    void irrelevantTextNeverRaisesTheScoreAboveWhatTheConceptsAllow(@ForAll("answers") String answer,
            @ForAll @IntRange(max = 7) int question, @ForAll("irrelevant") String irrelevant) {
        CompiledRubric rubric = RUBRICS.get(question % RUBRICS.size());
        ScoreResult before = rubric.score(answer);
        ScoreResult after = rubric.score(answer + "\n" + irrelevant);
        assertEquals(before.uncappedScore(), after.uncappedScore(), "the concepts hit do not change");
        assertTrue(after.score() <= before.uncappedScore());
        // An answer opening "No, ..." answers a yes/no question only as its opening: after other text it does not. A
        // pronoun finds its thing in the text before it ("banana. code it": "it" is the banana, no longer the
        // question's labeled instances), so text put first may change what it stands for.
        if (OpeningVerdict.of(answer, false) == null && !PRONOUN.matcher(answer).find()) {
            ScoreResult prefixed = rubric.score(irrelevant + ".\n" + answer);
            assertEquals(before.uncappedScore(), prefixed.uncappedScore(), "the concepts hit do not change");
        }
    }

    @Provide
    Arbitrary<String> irrelevant() {
        return Arbitraries.of(IRRELEVANT).list().ofMinSize(1).ofMaxSize(40).map(words -> String.join(" ", words));
    }

    @Example
    void irrelevantWordsAreIrrelevant() {
        for (CompiledRubric rubric : RUBRICS) {
            ScoreResult result = rubric.score(String.join(" ", IRRELEVANT));
            assertEquals(0, result.uncappedScore());
            assertTrue(result.misconceptions().isEmpty());
        }
    }

    @Example
    void aOneMegabyteAnswerIsScored() {
        StringBuilder text = new StringBuilder(1 << 20);
        List<String> samples = DECK.questions().stream().flatMap(q -> q.samples().stream()).map(s -> s.answer()).toList();
        int i = 0;
        while (text.length() < (1 << 20)) {
            text.append(samples.get(i++ % samples.size())).append(i % 7 == 0 ? "\u200B🙂 " : " ");
        }
        for (CompiledRubric rubric : List.of(RUBRICS.get(0), RUBRICS.get(RUBRICS.size() - 1))) {
            ScoreResult result = rubric.score(text.toString());
            assertNotNull(result);
            assertTrue(result.score() >= 0 && result.score() <= 100);
        }
        // one megabyte of a single "word", of spaces, and of punctuation
        ScoreResult word = RUBRICS.get(0).score("a".repeat(1 << 20));
        assertEquals(0, word.score());
        assertEquals(0, RUBRICS.get(0).score(" ".repeat(1 << 20)).score());
        assertEquals(0, RUBRICS.get(0).score(",.".repeat(1 << 19)).score());
    }

    private static List<String> terms(String text) {
        return dev.latent.scoring.analysis.AnalyzedTerms.of(ANALYZER, text);
    }

    static Question question(int index) {
        return DECK.questions().get(index);
    }
}

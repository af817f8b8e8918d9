package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Misconception;
import dev.latent.deck.Rubric;
import dev.latent.scoring.PhraseFinder.Found;
import dev.latent.scoring.PhraseFinder.Occurrence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage three of grading: from what was found to the score. Each concept is hit, negated or missed; stated
 * misconceptions and stated opposites cost their penalty; the net credit becomes a score, which the caps limit.
 */
final class Verdict {

    /** The phrasing shown for a concept the learner said their answer states. */
    static final String CLAIMED = "(your words)";
    /** The id of the misconception every question asking for a difference has: calling the two the same. */
    static final String SAME_THING = "same-thing";

    private final Rubric rubric;
    private final ScoringPolicy policy;
    /** Per concept: false when the model answer does not state it, so it can only add ("also accepted"). */
    private final boolean[] expected;
    private final double possible;
    /** The question asks to name or list things: a bare list of terms is a complete answer, not a capped one. */
    private final boolean listWanted;
    /** The question's parts as it writes them, by part number less one; empty when they cannot be told apart. */
    private final List<String> partQuestions;
    /** For a question that asks how two things differ, what finds an answer calling them the same; null otherwise. */
    private final SameThing sameThing;
    /** Per concept: its label keeps something from happening ("Prevents overheating"), so "it doesn't overheat" says it. */
    private final boolean[] preventing;

    Verdict(Rubric rubric, ScoringPolicy policy, boolean[] expected, boolean listWanted, List<String> partQuestions,
            SameThing sameThing, boolean asTrained) {
        this.rubric = rubric;
        this.sameThing = sameThing;
        this.policy = policy;
        this.listWanted = listWanted;
        this.partQuestions = partQuestions;
        this.expected = expected.clone();
        this.preventing = new boolean[rubric.concepts().size()];
        for (int i = 0; i < preventing.length; i++) {
            String label = rubric.concepts().get(i).label();
            preventing[i] = label != null && (PREVENTS.matcher(label).find()
                    || !asTrained && KEEPS_FROM.matcher(label).find());
        }
        double total = 0;
        for (int i = 0; i < expected.length; i++) if (expected[i]) total += rubric.concepts().get(i).weight();
        this.possible = total;
    }

    double possible() {
        return possible;
    }

    /**
     * The model answer's own score of the answer at which a required concept the rubric's phrasings missed no longer
     * caps the grade: a short rubric misses ideas said in other words, and an answer that says most of the model
     * answer has most likely said it. Measured on the outside decks' rubrics (4-8 phrasings a concept), where graders
     * gave 4 to 103 of the 144 answers the cap held to 3 while their model answer's score was 75 or more, and 13 of 54
     * when it was 50-75: mean QWK 0.831 -> 0.837 over 31 decks (60: 0.836; 70, 80 and 90: 0.837). A richly phrased
     * rubric (the bundled one) reads no model answer, so its cap stands; a required concept the answer denies still
     * caps.
     */
    static final int SAYS_MOST_OF_THE_MODEL_ANSWER = 75;

    private static boolean saysMostOfTheModelAnswer(ScoreResult.ModelAnswerPart modelAnswer) {
        return modelAnswer != null && modelAnswer.score() >= SAYS_MOST_OF_THE_MODEL_ANSWER;
    }

    boolean expected(int concept) {
        return expected[concept];
    }

    /**
     * @param conceptFinds per concept, its phrasings' occurrences
     * @param oppositeFinds per concept, its opposites' occurrences (null when it has none)
     * @param misconceptionFinds per misconception, its phrasings' occurrences
     * @param wrongVerdicts per misconception that is a verdict ("yes"), the answer's opening verdict when it is that
     * @param modelAnswer the share of the score the model answer gives, before the caps, and the answer's score
     *     against it; null when the rubric grades alone
     */
    ScoreResult assemble(TokenizedText tokens, AnswerMatches matches, Found[] conceptFinds, Found[] oppositeFinds,
                         Found[] misconceptionFinds, Evidence[] wrongVerdicts, Map<String, Evidence> credited,
                         ScoreResult.ModelAnswerPart modelAnswer) {
        List<Concept> concepts = rubric.concepts();
        boolean empty = isNonAnswer(tokens) && !onlyTheVerdict(tokens, credited, wrongVerdicts);
        List<MisconceptionResult> misconceptions = new ArrayList<>();
        boolean wrongIdea = false; // a misconception found that is not a mere detail
        List<Occurrence> wrongClaims = new ArrayList<>(); // where the misconceptions below are stated
        for (int i = 0; i < misconceptionFinds.length && !empty; i++) {
            Occurrence stated = misconceptionFinds[i].bestAffirmed();
            if (stated != null) wrongClaims.add(stated);
            Evidence evidence = stated != null ? PhraseFinder.evidence(stated, matches) : wrongVerdicts[i];
            if (evidence != null) {
                Misconception misconception = rubric.misconceptions().get(i);
                misconceptions.add(new MisconceptionResult(misconception.id(), misconception.label(),
                        misconception.penalty(), evidence, null));
                wrongIdea |= !misconception.detail();
            }
        }
        List<MisconceptionResult> opposites = new ArrayList<>();
        List<ConceptResult> conceptResults = new ArrayList<>(concepts.size());
        double earned = 0;
        boolean requiredMissing = false;
        boolean requiredNegated = false;
        boolean contradiction = false;
        for (int i = 0; i < concepts.size(); i++) {
            Concept concept = concepts.get(i);
            Found found = conceptFinds[i];
            Found opposite = oppositeFinds[i];
            // Negating an opposite ("not stable") affirms the concept.
            Occurrence affirmed = found.bestAffirmed();
            if (opposite != null) {
                for (Occurrence o : opposite.negations()) affirmed = Occurrence.better(affirmed, o);
            }
            Occurrence stated = null;
            if (opposite != null) {
                for (Occurrence o : opposite.affirmed) {
                    if (!aboutAnotherSubject(o, affirmed, tokens, matches)) stated = Occurrence.better(stated, o);
                }
            }
            // "Mode collapse is not a real problem": the concept's words are part of the opposite statement.
            if (stated != null) affirmed = outside(List.of(stated), affirmed, found, null);
            // "DNS gives every computer its IP address": the words that would earn "IP address" state a wrong claim.
            // "An overcomplete autoencoder has more layers": nor do words sharing the wrong claim's comparison.
            affirmed = outside(wrongClaims, affirmed, found, tokens.readsAsTrained ? null : matches);
            Occurrence negated = null;
            for (Occurrence o : found.negations()) {
                if (!aboutAnotherSubject(o, affirmed, tokens, matches)) negated = Occurrence.better(negated, o);
            }
            // "Protects passwords if the database leaks": "a breach doesn't leak the real password" says it, as
            // "rainbow tables don't work" says "Salt defeats rainbow tables"; "salt doesn't defeat them" does not.
            if (preventing[i] && negated != null && !deniesThePrevention(negated, tokens)) {
                affirmed = Occurrence.better(affirmed, negated);
                negated = null;
            }
            if (empty) affirmed = negated = stated = null;
            // Both sides stated: a contradiction. Only the opposite stated: a misconception, told as such below.
            boolean contradicted = affirmed != null && (negated != null || stated != null);
            ConceptStatus status;
            Evidence evidence;
            Evidence credit = empty ? null : credited.get(concept.id()); // a non-answer says nothing, whatever is claimed
            if (credit != null && affirmed == null) {
                // Credit from outside the phrase finder: the learner's own claim, or the answer's opening yes/no.
                status = ConceptStatus.HIT;
                evidence = credit;
                earned += concept.weight();
                contradicted = false;
            } else if (affirmed != null) {
                status = ConceptStatus.HIT;
                evidence = PhraseFinder.evidence(affirmed, matches);
                // Said and unsaid (same subject): the answer does not commit to it, so it earns nothing.
                if (!contradicted) earned += concept.weight();
            } else if (negated != null) {
                status = ConceptStatus.NEGATED;
                evidence = PhraseFinder.evidence(negated, matches);
            } else {
                status = ConceptStatus.MISSED;
                evidence = null;
            }
            if (stated != null) {
                opposites.add(new MisconceptionResult(concept.id() + "~opposite", "Opposite of: " + concept.label(),
                        concept.weight(), PhraseFinder.evidence(stated, matches), concept.id()));
            }
            contradiction |= contradicted;
            requiredMissing |= concept.required() && expected[i] && status != ConceptStatus.HIT;
            requiredNegated |= concept.required() && expected[i] && status == ConceptStatus.NEGATED;
            conceptResults.add(new ConceptResult(concept.id(), concept.label(), concept.weight(), concept.required(),
                    status, evidence, contradicted, !expected[i]));
        }
        misconceptions.addAll(opposites);
        Evidence same = empty || sameThing == null || tokens.readsAsTrained ? null : sameThing.in(tokens.text);
        if (same != null) {
            misconceptions.add(new MisconceptionResult(SAME_THING, "Says they are the same, where the question asks how they"
                    + " differ", possible / 2, same, null));
        }
        double penalty = 0;
        for (MisconceptionResult misconception : misconceptions) penalty += misconception.penalty();

        int uncapped = policy.scoreOf(earned - penalty, possible);
        if (modelAnswer != null) {
            uncapped = (int) Math.round((1 - modelAnswer.share()) * uncapped + modelAnswer.share() * modelAnswer.score());
        }
        List<ScoreFlag> flags = new ArrayList<>();
        int maxGrade = 4;
        if (empty) {
            flags.add(ScoreFlag.EMPTY_ANSWER);
            maxGrade = 0;
        }
        if (requiredMissing && (requiredNegated || !saysMostOfTheModelAnswer(modelAnswer))) {
            flags.add(ScoreFlag.REQUIRED_MISSING);
            maxGrade = Math.min(maxGrade, policy.requiredMissingMaxGrade());
        }
        if (!empty && !listWanted && isKeywordList(tokens)) {
            flags.add(ScoreFlag.KEYWORD_LIST);
            maxGrade = Math.min(maxGrade, policy.keywordListMaxGrade());
        }
        if (contradiction) {
            flags.add(ScoreFlag.CONTRADICTION);
            maxGrade = Math.min(maxGrade, policy.contradictionMaxGrade());
        }
        if (!misconceptions.isEmpty()) {
            flags.add(ScoreFlag.MISCONCEPTION);
            // the opposites of concepts and "the same thing" found are wrong ideas too
            boolean detailsOnly = !wrongIdea && opposites.isEmpty() && same == null;
            maxGrade = Math.min(maxGrade, detailsOnly ? policy.wrongDetailMaxGrade() : policy.misconceptionMaxGrade());
        }
        List<Integer> unansweredParts = empty ? List.of() : partsLeftUnanswered(conceptResults);
        if (!unansweredParts.isEmpty()) {
            flags.add(ScoreFlag.PART_UNANSWERED);
            maxGrade = Math.min(maxGrade, policy.partUnansweredMaxGrade());
        }
        int score = empty ? 0 : Math.min(uncapped, policy.gradeBands().maxScoreFor(maxGrade));
        int grade = policy.gradeBands().gradeOf(score);
        List<String> unansweredQuestions = new ArrayList<>();
        for (int part : unansweredParts) if (part <= partQuestions.size()) unansweredQuestions.add(partQuestions.get(part - 1));
        return new ScoreResult(score, grade, uncapped, earned, penalty, possible, conceptResults, misconceptions, flags,
                modelAnswer, unansweredQuestions);
    }

    /**
     * The parts the answer says nothing for, where it says something for another and the rubric's concepts name two
     * or more ("How do you tie weights? What is the point?": the transpose is the first part, fewer parameters the
     * second); none otherwise. An answer that hits nothing at all is not capped here: it scores low anyway.
     */
    private List<Integer> partsLeftUnanswered(List<ConceptResult> results) {
        Map<Integer, Boolean> answered = new java.util.TreeMap<>();
        List<Concept> concepts = rubric.concepts();
        for (int i = 0; i < concepts.size(); i++) {
            int part = concepts.get(i).part();
            if (part == Concept.NO_PART) continue;
            boolean hit = results.get(i).status() == ConceptStatus.HIT && !results.get(i).contradicted();
            answered.merge(part, hit, Boolean::logicalOr);
        }
        if (answered.size() < 2 || !answered.containsValue(true)) return List.of();
        List<Integer> unanswered = new ArrayList<>();
        answered.forEach((part, hit) -> {
            if (!hit) unanswered.add(part);
        });
        return unanswered;
    }

    /**
     * Words of a non-answer, stemmed: "I don't know", "no idea", "not sure", "not answered", "skip". An answer made
     * only of these (and negations), or a guess ({@link #GUESS_WORDS}), says nothing, whatever a rubric word among
     * them might match.
     */
    private static final Set<String> NON_ANSWER = Set.of("know", "idea", "sure", "unsur", "answer", "clue", "skip",
            "pass", "rememb", "forgot", "forget", "sorri", "dunno", "idk", "guess", "blank", "question", "empti", "na",
            "n/a", "help", "pleas", "next");

    /** A no that is no negation word to the analyzer: "Nope, no idea" is as much a non-answer as "No, no idea". */
    private static final Set<String> NO_WORDS = Set.of("nope", "nah");

    static boolean isNonAnswer(TokenizedText tokens) {
        int said = 0;
        for (int i = 0; i < tokens.size; i++) {
            if (!tokens.negator[i] && !NON_ANSWER.contains(tokens.terms[i])
                    && (tokens.readsAsTrained || !NO_WORDS.contains(tokens.terms[i])) && ++said > GUESS_WORDS) return false;
        }
        return said == 0 || !tokens.readsAsTrained && OPENS_UNKNOWING.matcher(tokens.text).lookingAt();
    }

    /**
     * "No." or "No, not necessarily." alone, to a question that asks yes or no: made only of negations, it reads as a
     * non-answer, but its verdict answers the question (the tenth dev set's "no" was graded 1; it scored 0 as an empty
     * answer). "Nope, no idea" still says nothing: a word of not knowing is not a negation.
     */
    private static boolean onlyTheVerdict(TokenizedText tokens, Map<String, Evidence> credited, Evidence[] wrongVerdicts) {
        if (tokens.readsAsTrained) return false;
        for (int i = 0; i < tokens.size; i++) if (!tokens.negator[i] && !NO_WORDS.contains(tokens.terms[i])) return false;
        for (Evidence verdict : wrongVerdicts) if (verdict != null) return true;
        for (Evidence evidence : credited.values()) if (OpeningVerdict.phrasingVerdict(evidence.phrasing()) != null) return true;
        return false;
    }

    /**
     * An answer that opens with the learner's own "I don't know" and then names a word or two is a guess, not an
     * answer: "idk something about the axis", "not sure, maybe regularization?". Every such answer of the tuning sets
     * was graded 0 (earth science 0.650 -> 0.662, the rest the same).
     */
    private static final int GUESS_WORDS = 2;
    private static final Pattern OPENS_UNKNOWING = Pattern.compile("(?i)\\s*(?:idk|dunno|no\\s+(?:idea|clue)|not\\s+sure"
            + "|i\\s+(?:do\\s+not|don'?t|dont|don\u2019t)\\s+(?:know|remember)|i(?:'|\u2019)?m\\s+not\\s+sure)\\b");

    /**
     * A negated (or opposite) statement about another subject than the affirmed one: "active transport needs
     * energy, while passive transport does not", "the generator tries to fool the discriminator, the discriminator
     * tries not to be fooled". Each clause opens with its own subject, so this is a contrast, not a contradiction.
     * The subject is the first word of the clause; when the two statements share their clause or its first word,
     * nothing is assumed.
     */
    private static boolean aboutAnotherSubject(Occurrence other, Occurrence affirmed, TokenizedText tokens,
                                               AnswerMatches matches) {
        if (affirmed == null) return false;
        int a = subject(affirmed, tokens, matches);
        int b = subject(other, tokens, matches);
        if (a < 0 || b < 0 || tokens.clause[a] == tokens.clause[b]) return false;
        if (!tokens.terms[a].equals(tokens.terms[b])) return true;
        if (tokens.readsAsTrained) return false;
        // "Different dialects can ..., but different languages can't": the subject's own word after a shared first one.
        return nounAfter(a, affirmed, tokens, matches) && nounAfter(b, other, tokens, matches)
                && !tokens.terms[a + 1].equals(tokens.terms[b + 1]);
    }

    /** Whether the word after the subject's first one is in its clause and before the statement's own words. */
    private static boolean nounAfter(int subject, Occurrence statement, TokenizedText tokens, AnswerMatches matches) {
        int first = firstWord(statement, matches);
        if (statement.cue() >= 0) first = Math.min(first, statement.cue());
        return subject + 1 < first && tokens.clause[subject + 1] == tokens.clause[subject] && !tokens.negator[subject + 1];
    }

    /**
     * The best occurrence outside the statements: the affirmed one if it is, else another (null for none). With {@code
     * comparedIn}, one that shares a statement's comparison ("more", "fewer") is not outside it either: "an
     * overcomplete autoencoder has more layers" states the wrong claim "more layers", and its "more" says nothing of
     * the codings being larger.
     */
    private static Occurrence outside(List<Occurrence> statements, Occurrence affirmed, Found found, AnswerMatches comparedIn) {
        if (affirmed == null || !insideAny(affirmed, statements, comparedIn)) return affirmed;
        Occurrence best = null;
        for (Occurrence o : found.affirmed) if (!insideAny(o, statements, comparedIn)) best = Occurrence.better(best, o);
        return best;
    }

    /** Whether the occurrence lies inside one of the statements, or shares its comparison ({@link #outside}). */
    private static boolean insideAny(Occurrence inner, List<Occurrence> outers, AnswerMatches comparedIn) {
        for (Occurrence outer : outers) {
            if (within(inner, outer) || comparedIn != null && sharesComparison(inner, outer, comparedIn)) return true;
        }
        return false;
    }

    private static boolean sharesComparison(Occurrence inner, Occurrence outer, AnswerMatches matches) {
        for (int p : inner.postings()) {
            if (matches.isPronounPlace(p) || !COMPARISONS.contains(matches.tokens.written(matches.position[p]))) continue;
            for (int q : outer.postings()) if (matches.position[q] == matches.position[p]) return true;
        }
        return false;
    }

    private static final Set<String> COMPARISONS = Set.of("more", "less", "fewer", "greater", "larger", "bigger",
            "smaller", "higher", "lower", "wider", "narrower", "deeper", "shallower");

    private static boolean within(Occurrence inner, Occurrence outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    /**
     * The first word of the clause the statement is made in: the clause of its negation, if negated (the
     * negation may come after its first word), else the clause of its first word.
     */
    private static int subject(Occurrence occurrence, TokenizedText tokens, AnswerMatches matches) {
        int at = occurrence.cue() >= 0 ? occurrence.cue() : firstWord(occurrence, matches);
        int clause = tokens.clause[at];
        for (int i = tokens.clauseStart(at); i < tokens.size && tokens.clause[i] == clause; i++) if (!tokens.negator[i]) return i;
        return -1;
    }

    /** The position of the occurrence's first word in the answer. */
    private static int firstWord(Occurrence occurrence, AnswerMatches matches) {
        int first = Integer.MAX_VALUE;
        for (int p : occurrence.postings()) first = Math.min(first, matches.position[p]);
        return first;
    }

    /**
     * A bare list of terms: several short pieces between commas or line breaks, with almost no function words
     * ("encoder, decoder, latent space, loss"); or a run of five or more words without a single one.
     */
    static boolean isKeywordList(TokenizedText tokens) {
        int content = tokens.contentWords();
        if (content < 3) return false;
        double functionShare = tokens.functionWords / (double) (tokens.functionWords + content);
        boolean listShaped = tokens.segments >= 3 && content <= 3 * tokens.segments;
        return (functionShare < 0.2 && listShaped) || (tokens.functionWords == 0 && content >= 5);
    }

    /**
     * Verbs of keeping something from happening, in a concept's label ("keeps the soil from eroding" too). Not "stop" or
     * "block" alone: "the base case stops the recursion" ends it, "antagonists block the receptor" occupy it; neither
     * makes "it does not terminate" agree.
     */
    private static final Pattern PREVENTS = Pattern.compile("(?i)\\b(?:prevent|protect|avoid|defeat)(?:s|ed|ing)?\\b");
    private static final Pattern KEEPS_FROM = Pattern.compile("(?i)" + Lessening.KEEPS_FROM);

    /** In an answer, "stops it from overheating" prevents too: the analyzer reads it as "prevents". */
    private static final Pattern PREVENTS_IN_AN_ANSWER = Pattern.compile(PREVENTS.pattern() + "|" + Lessening.KEEPS_FROM);

    /** Whether the occurrence's negation is of the preventing itself: "doesn't defeat", "can't prevent". */
    private static boolean deniesThePrevention(Occurrence negated, TokenizedText tokens) {
        int cue = negated.cue();
        if (cue < 0) return true;
        int from = tokens.starts[cue];
        return PREVENTS_IN_AN_ANSWER.matcher(tokens.text).useTransparentBounds(true)
                .region(from, Math.min(tokens.text.length(), tokens.ends[cue] + 24)).find();
    }
}

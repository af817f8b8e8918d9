package dev.latent.scoring;

import dev.latent.scoring.MatchReading.Placement;
import dev.latent.scoring.analysis.TextScan;

import java.util.regex.Pattern;

/**
 * Whether the words of a wrong claim, found in an answer, make that claim there. A wrong claim costs two grades, so its
 * words must be said as one statement about its subject: not across a second statement with a subject of its own,
 * not inside a condition, not of a kind picked out by a relative clause, not ending on the subject of what follows,
 * not running on past "and a" to another thing, not across a "than" that compares or an "after" that sequences, not
 * past "of" another thing.
 */
final class WrongClaimScope {

    private WrongClaimScope() {
    }

    /** What opens a second statement: "and", or a comma ("a list is mutable, a tuple is not"). */
    private static final Pattern SECOND_STATEMENT = Pattern.compile("(?i),|\\band\\b");

    /** "is", "are" and the like right after a word: it is the subject of what follows. */
    private static final Pattern COPULA = Pattern.compile(
            "(?i)\\s+(?:is|are|was|were|has|have|can|cannot|can't|does|do|will|would|should|must|gets|get|becomes|stays)\\b");

    /** "if", but not "check if" or "see if", which ask whether. */
    private static final Pattern IF = Pattern.compile("(?i)(?<!\\b(?:see|sees|seeing|check|checks|checking|test|tests|testing"
            + "|tell|know|ask|verify|verifying|look|looking)\\s{1,3})\\bif\\b");
    /** A verdict ("yes ... perfect"): its "if" restates the question's condition ("yes, if it reconstructs perfectly"). */
    private static final Pattern VERDICT = Pattern.compile("(?i)^\\s*(?:yes|no)\\b");

    /** "... is a valid argument": the claim's first word named as what the sentence's subject is. */
    private static final Pattern NAMED_AS_PREDICATE = Pattern.compile("(?i)\\b(?:is|are|was|were)\\s+(?:a|an|the)?\\s*$");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:whose|that|which|where|who)\\b");

    static boolean asserted(Phrasing phrasing, int[] postings, Placement at, AnswerMatches matches) {
        return !endsWithAnotherSubject(postings, at, matches) && !inACondition(phrasing, at, matches.tokens)
                && !ofAKindPickedOut(at, matches.tokens) && !endsOnTheSubjectOfWhatFollows(postings, at, matches)
                && !joinsAnotherThing(phrasing, postings, at, matches)
                && !comparedWith(phrasing, postings, at, matches)
                && !inSequence(phrasing, postings, at, matches)
                && !acrossAColon(at, matches.tokens)
                && !quoted(at, matches.tokens)
                && !madeSmall(at, matches.tokens)
                && !ofAnotherThing(phrasing, postings, at, matches)
                && !relatedByAClauseOfItsOwn(phrasing, postings, at, matches)
                && !objectOfAnotherThingsClause(postings, at, matches)
                && !predicateIsAnotherWord(phrasing, postings, at, matches)
                && !ofAThingLeftOut(phrasing, at, matches.tokens);
    }

    /** "without" and what may stand before the thing it leaves out, right before the claim's first word. */
    private static final Pattern LEFT_OUT = Pattern.compile("(?i)\\b(?:without|w/o)\\s+(?:(?:the|a|an|any|its|their|your)\\s+)?$");
    /** How far back {@link #LEFT_OUT} is looked for: "without their " and a space or two more. */
    private static final int LEFT_OUT_REACH = 16;

    /**
     * A claim whose subject the answer leaves out: "without autoencoders you'd only use the labeled part" tells what
     * happens with none, not that autoencoders use only labeled data.
     */
    private static boolean ofAThingLeftOut(Phrasing phrasing, Placement at, TokenizedText tokens) {
        if (phrasing.negated()) return false;
        int from = Math.max(0, tokens.starts[at.first()] - LEFT_OUT_REACH);
        return LEFT_OUT.matcher(tokens.text).region(from, tokens.starts[at.first()]).find();
    }

    /**
     * A claim that ends on what its subject is, in up to three words: "the determinant is a matrix", "motive is the mens
     * rea", "density is where people live".
     */
    private static final Pattern IS_A_THING = Pattern.compile(
            "(?i)\\b(?:is|are)\\s+(?:(?:a|an|the)\\s+)?[\\p{L}\\p{N}-]+(?:\\s+[\\p{L}\\p{N}-]+){0,2}\\s*$");
    /** "is a plan", "are the numbers": a copula and a thing of the answer's own, not a kind or type of the claim's. */
    private static final String IS_A_THING_OF_ITS_OWN = "(?:is|are|was|were)\\s+(?:a|an|the|one)\\s+"
            + "(?!(?:kind|type|sort|form|version|variant|special|particular)\\b)[\\p{L}\\p{N}-]+";
    /**
     * The answer's copula with a thing of its own, then a preposition right before the claim's next word: "is a number
     * you get from the" names the number, not the matrix ("a kind of", "a type of" still say the matrix).
     */
    private static final Pattern ANOTHER_PREDICATE = Pattern.compile("(?i)\\b" + IS_A_THING_OF_ITS_OWN
            + "\\b.*?\\s(?:from|of|in|by|with|for|on|at"
            + "|into|inside|within)\\s+(?:(?:the|a|an|its|their|this|that|each|every)\\s+)?$");
    /**
     * The answer's copula with a thing of its own that a clause or a preposition goes on to describe: "a budget is a plan
     * for how you will spend and save" names the plan, not the savings.
     */
    private static final Pattern DESCRIBED_PREDICATE = Pattern.compile("(?i)\\s*\\b" + IS_A_THING_OF_ITS_OWN
            + "\\s+(?:for|that|which|where|who|how|to)\\b");
    /**
     * The answer's copula with a doing of its own before the claim's next word: "retrieval is getting stored information
     * back" says what retrieval does, not that it is storing.
     */
    private static final Pattern DOING_PREDICATE = Pattern.compile("(?i)\\s*\\b(?:is|are|was|were)\\s+\\p{L}{2,}ing\\s+"
            + "(?:(?:the|a|an|its|their|back|out|up)\\s+)*");
    /**
     * The answer's copula with a word of its own and a preposition right before the claim's next word: "motive is
     * irrelevant to mens rea", "is linked to", "is opposed to" relate the two; only the words that make them one thing
     * ("equal to", "identical to", "same as") still say "X is Y".
     */
    private static final Pattern RELATED_BY_PREDICATE = Pattern.compile("(?i)\\b(?:is|are|was|were)\\s+(?:not\\s+)?"
            + "(?!(?:equal|equivalent|identical|synonymous|same|known|called|referred|also|just|basically|essentially|really"
            + "|actually|simply|kind|type|sort|form)\\b)\\p{L}+\\s+(?:to|from|of|with|for|on|by)\\s+(?:(?:the|a|an)\\s+)?$");

    /**
     * A claim "X is Y" found where the answer calls X something else and Y only follows a preposition: "the
     * determinant is a number you get from the matrix" is no "the determinant is a matrix", "motive is irrelevant to
     * mens rea" no "motive is the mens rea".
     */
    private static boolean predicateIsAnotherWord(Phrasing phrasing, int[] postings, Placement at, AnswerMatches matches) {
        if (at.first() >= at.last() || !IS_A_THING.matcher(phrasing.text()).find()) return false;
        TokenizedText tokens = matches.tokens;
        return anyGap(postings, at, matches,
                (word, next) -> ANOTHER_PREDICATE.matcher(tokens.text).region(tokens.ends[word], tokens.starts[next]).find()
                        || RELATED_BY_PREDICATE.matcher(tokens.text).region(tokens.ends[word], tokens.starts[next]).find()
                        || !tokens.readsAsTrained
                        && (DESCRIBED_PREDICATE.matcher(tokens.text).region(tokens.ends[word], tokens.starts[next]).lookingAt()
                        || DOING_PREDICATE.matcher(tokens.text).region(tokens.ends[word], tokens.starts[next]).matches()));
    }

    private static final Pattern OF = Pattern.compile("(?i)\\S\\s+of\\s+\\S");
    /** "neutrons and protons": the complement of "of" is both. */
    private static final Pattern JOINED = Pattern.compile("(?i)\\s*(?:,\\s*)?(?:and|or)?\\s*(?:(?:the|a|an)\\s+)?");
    private static final Pattern OF_NEXT = Pattern.compile("(?i)^\\s+of\\s+(?:(?:the|a|an)\\s+)?[\\p{L}\\p{N}]");

    /**
     * A phrasing that says "A of B", found where the answer says "A of C" and B only later: "the smallest unit of sound
     * that can change meaning" is no "smallest unit of meaning"; "different numbers of neutrons and protons" still says
     * "different number of protons".
     */
    private static boolean ofAnotherThing(Phrasing phrasing, int[] postings, Placement at, AnswerMatches matches) {
        if (at.first() >= at.last() || !OF.matcher(phrasing.text()).find()) return false;
        TokenizedText tokens = matches.tokens;
        return anyGap(postings, at, matches, (word, next) -> next > word + 1
                && OF_NEXT.matcher(tokens.text).region(tokens.ends[word], tokens.text.length()).lookingAt()
                && !(next == word + 2 && JOINED.matcher(tokens.text).region(tokens.ends[word + 1], tokens.starts[next]).matches()));
    }

    /**
     * Two words of a phrasing joined by a preposition of direction alone: "documents to terms", "words from documents"
     * (not "of": "a chart that shows data" is a "chart of data").
     */
    private static final Pattern JOINED_BY_PREPOSITION = Pattern.compile("(?i)[\\p{L}\\p{N}]\\s+(?:to|from|into|onto)"
            + "\\s+(?:(?:the|a|an|its|their|each|every)\\s+)?[\\p{L}\\p{N}]");
    /** A relative clause's pronoun and verb, and perhaps an article, right before the claim's next word. */
    private static final Pattern RELATIVE_CLAUSE_VERB = Pattern.compile("(?i)^\\s+(?:that|which|who)\\s+\\p{L}+\\s+"
            + "(?:(?:the|a|an|that|this|these|those|its|their|each|every)\\s+)?$");

    /**
     * A claim that leads one thing to another, found where a relative clause relates them by a verb of its own: "the
     * list of documents that contain that term" is no "documents to terms" (a forward index's mapping).
     */
    private static boolean relatedByAClauseOfItsOwn(Phrasing phrasing, int[] postings, Placement at, AnswerMatches matches) {
        if (at.first() >= at.last() || matches.tokens.readsAsTrained || !JOINED_BY_PREPOSITION.matcher(phrasing.text()).find()) {
            return false;
        }
        TokenizedText tokens = matches.tokens;
        return anyGap(postings, at, matches,
                (word, next) -> RELATIVE_CLAUSE_VERB.matcher(tokens.text).region(tokens.ends[word], tokens.starts[next]).matches());
    }

    /**
     * A thing of the answer's own, then a relative clause's pronoun and verb (not one of being or having), and perhaps
     * an article, right before the claim's next word.
     */
    private static final Pattern OWN_THINGS_CLAUSE = Pattern.compile("(?i)\\p{L}\\s+(?:who|which|that)\\s+"
            + "(?!(?:is|are|was|were|has|have|had|contains?|includes?|holds?)\\b)\\p{L}+\\s+(?:(?:the|a|an|its|their)\\s+)?$");
    private static final Pattern BEING = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|being)\\b|=");

    /**
     * The claim's next word found as the object of a clause about another thing, which the claim's word before it
     * acts on: "it protects people who make a product" is no "protects the product". Not where the gap says what a
     * thing is ("a generative model is one that predicts labels" claims that it predicts them), nor where the clause
     * only has what follows ("data that has labels").
     */
    private static boolean objectOfAnotherThingsClause(int[] postings, Placement at, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        if (at.first() >= at.last() || tokens.readsAsTrained) return false;
        return anyGap(postings, at, matches, (word, next) -> {
            int from = tokens.ends[word];
            int to = tokens.starts[next];
            return OWN_THINGS_CLAUSE.matcher(tokens.text).region(from, to).find() && !BEING.matcher(tokens.text).region(from, to).find();
        });
    }

    private static final Pattern THAN = Pattern.compile("(?i)\\bthan\\b");

    /**
     * "than" between two of the claim's words that its phrasing writes without one: "viruses are much smaller than
     * bacteria" compares a virus with a bacterium, it does not call it "a small bacterium".
     */
    private static boolean comparedWith(Phrasing phrasing, int[] postings, Placement at, AnswerMatches matches) {
        if (at.first() >= at.last() || THAN.matcher(phrasing.text()).find()) return false;
        TokenizedText tokens = matches.tokens;
        return anyGap(postings, at, matches,
                (word, next) -> THAN.matcher(tokens.text).region(tokens.ends[word], tokens.starts[next]).find());
    }

    /** The most words a heading before a colon has ("GAN: needs labels", "Tied weights: the same matrix"). */
    private static final int HEADING_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * A colon after a whole clause between the claim's words: what follows explains, it is no part of one statement
     * with what came before ("sleep is when learning matters too: being sleep-deprived ..." claims no "learn in your
     * sleep"). After a heading of a few words the colon joins its label to the claim.
     */
    private static boolean acrossAColon(Placement at, TokenizedText tokens) {
        if (at.first() >= at.last()) return false;
        int colon = tokens.text.indexOf(':', tokens.ends[at.first()]);
        if (colon < 0 || colon >= tokens.starts[at.last()]) return false;
        int start = colon;
        while (start > 0 && ".!?\n".indexOf(tokens.text.charAt(start - 1)) < 0) start--;
        var words = WORD.matcher(tokens.text).region(start, colon);
        int count = 0;
        while (words.find() && count <= HEADING_WORDS) count++;
        return count > HEADING_WORDS;
    }

    /** Within four words after a claim, a verb of being and smallness: "is only a minor contributor", "plays a small part". */
    private static final Pattern MADE_SMALL = Pattern.compile("(?i)\\s*(?:[\\p{L}'-]+\\s+){0,4}?(?:is|are|was|were|plays?|has"
            + "|have|makes?)\\s+(?:(?:only|just|merely|but)\\s+)?(?:(?:a|an)\\s+)?(?:very\\s+)?(?:minor|small|tiny|negligible"
            + "|secondary|little)\\b");

    /**
     * A wrong claim named and then made small is dismissed, not made: "friction of air sliding along the surface is
     * only a minor contributor" (a spaceflight model answer) makes no "heated mainly by air friction".
     */
    private static boolean madeSmall(Placement at, TokenizedText tokens) {
        return MADE_SMALL.matcher(tokens.text).region(tokens.ends[at.last()], tokens.text.length()).lookingAt();
    }

    private static final String OPENING_QUOTES = "'\"\u2018\u201C";
    /** The closing mark of each opening one, in the same order. */
    private static final String CLOSING_QUOTES = "'\"\u2019\u201D";

    /**
     * A wrong claim quoted whole, inside one pair of quotation marks in its sentence, is mentioned as what others say,
     * not claimed: "movies where ships 'push off the air' have it backwards", "saying 'no copyright infringement
     * intended' does not make a use fair".
     */
    private static boolean quoted(Placement at, TokenizedText tokens) {
        String text = tokens.text;
        int open = quoteMark(text, tokens.starts[at.first()] - 1, -1);
        if (open < 0 || open > 0 && Character.isLetterOrDigit(text.charAt(open - 1))) return false;
        int close = quoteMark(text, tokens.ends[at.last()], 1);
        if (close < 0 || close + 1 < text.length() && Character.isLetterOrDigit(text.charAt(close + 1))) return false;
        int kind = OPENING_QUOTES.indexOf(text.charAt(open));
        return kind >= 0 && CLOSING_QUOTES.indexOf(text.charAt(close)) == kind;
    }

    /** The nearest quotation mark from {@code from} one way in its sentence (not an apostrophe inside a word), or -1. */
    private static int quoteMark(String text, int from, int step) {
        for (int i = from; i >= 0 && i < text.length(); i += step) {
            char c = text.charAt(i);
            if (".!?\n".indexOf(c) >= 0) return -1;
            if (OPENING_QUOTES.indexOf(c) < 0 && CLOSING_QUOTES.indexOf(c) < 0) continue;
            if (i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                continue; // "doesn't"
            }
            return i;
        }
        return -1;
    }

    private static final Pattern SEQUENCE = Pattern.compile("(?i)\\b(?:" + TokenizedText.SEQUENCE_WORDS + ")\\b");

    /**
     * "after" or "before" alone between two of the claim's words that its phrasing writes without one: "sleep prepares
     * the brain to learn: after sleep deprivation ..." puts the learning and the sleep in sequence, it does not claim
     * "learn in your sleep" (the ninety-seventh deck's model answer read its own wrong claim).
     */
    private static boolean inSequence(Phrasing phrasing, int[] postings, Placement at, AnswerMatches matches) {
        if (at.first() >= at.last() || SEQUENCE.matcher(phrasing.text()).find()) return false;
        TokenizedText tokens = matches.tokens;
        return anyGap(postings, at, matches, (word, next) -> onlySequenceWordsBetween(tokens, word, next)
                && SEQUENCE.matcher(tokens.text).region(tokens.ends[word], tokens.starts[next]).find());
    }

    /** Whether every word between the two (the analyzer keeps "after" and "before") is a word of sequence. */
    private static boolean onlySequenceWordsBetween(TokenizedText tokens, int word, int next) {
        for (int k = word + 1; k < next; k++) if (!tokens.isWordOfSequence(k)) return false;
        return true;
    }

    /** A test of the gap after one of a claim's words, up to the claim's next word as the answer places them. */
    private interface GapTest {
        boolean holds(int word, int next);
    }

    /** Whether the test holds for the gap after some word of the claim but its last. */
    private static boolean anyGap(int[] postings, Placement at, AnswerMatches matches, GapTest test) {
        for (int p : postings) {
            int word = matches.last[p];
            if (word >= at.last()) continue;
            int next = at.last();
            for (int q : postings) if (matches.position[q] > word) next = Math.min(next, matches.position[q]);
            if (test.holds(word, next)) return true;
        }
        return false;
    }

    /** "and a", "or the" right after a word: what follows is another thing beside it, not its object. */
    private static final Pattern AND_ANOTHER = Pattern.compile("(?i)^\\s*(?:and|or)\\s+(?:a|an|the)\\s");
    private static final Pattern AND_OR = Pattern.compile("(?i)\\b(?:and|or)\\b");
    /**
     * An article after a phrasing's first word: it names something its words act on ("share the private key"), unless
     * a statement of its own follows ("mutualism one benefits the other is unaffected" is two clauses).
     */
    private static final Pattern OBJECT = Pattern.compile("(?i)\\S\\s+(?:a|an|the)\\s+(?!.*\\b(?:is|are|was|were)\\b)\\S");

    /**
     * One of the claim's words followed by "and a" before the rest: "a public key that can be shared and a private key
     * kept secret" does not say "share the private key". Only for a phrasing in order that names what it acts on with
     * an article: "an encoder and a decoder" is what "encoder decoder" means. (Not when the phrasing itself says
     * "and".)
     */
    private static boolean joinsAnotherThing(Phrasing phrasing, int[] postings, Placement at, AnswerMatches matches) {
        if (at.first() >= at.last() || phrasing.anyOrder() || !OBJECT.matcher(phrasing.text()).find()
                || AND_OR.matcher(phrasing.text()).find()) {
            return false;
        }
        TokenizedText tokens = matches.tokens;
        return anyGap(postings, at, matches,
                (word, next) -> AND_ANOTHER.matcher(tokens.text).region(tokens.ends[word], tokens.text.length()).lookingAt());
    }

    /**
     * Whether a wrong claim reaches into a second statement that has a subject of its own before the claim's words
     * there: "a list is mutable and a tuple is immutable" says no "lists are immutable". (Not a "when" or "that"
     * clause: "an exception is when the code has a syntax error" says what an exception is.)
     */
    private static boolean endsWithAnotherSubject(int[] postings, Placement at, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        int claimInClause = firstInItsLastClause(postings, at, matches);
        if (claimInClause < 0) return false;
        int lastClause = tokens.clause[at.last()];
        for (int t = claimInClause - 1; t > at.first() && tokens.clause[t] == lastClause; t--) {
            if (!tokens.negator[t] && COPULA.matcher(tokens.text).region(tokens.ends[t], tokens.text.length()).lookingAt()) {
                // the clause opens with "and" or after a comma: a second statement, not a "when" or "that" clause
                int opening = tokens.clauseStart(t);
                return opening > 0 && SECOND_STATEMENT.matcher(tokens.text).region(tokens.ends[opening - 1], tokens.starts[opening]).find();
            }
        }
        return false;
    }

    /**
     * An "if" between the claim's words: "valid means if the premises are true, the conclusion must be" supposes the
     * premises true, it does not say "valid means the premises are true". (Not when the phrasing says "if" itself, nor
     * after a verdict.)
     */
    private static boolean inACondition(Phrasing phrasing, Placement at, TokenizedText tokens) {
        if (at.first() >= at.last()) return false;
        int from = tokens.ends[at.first()];
        int to = tokens.starts[at.last()];
        return TextScan.containsIgnoringCase(tokens.text, from, to, "if")
                && IF.matcher(tokens.text).region(from, to).find()
                && !IF.matcher(phrasing.text()).find() && !VERDICT.matcher(phrasing.text()).find();
    }

    /**
     * The claim's subject named as what another thing is, and narrowed by a relative clause: "a sound argument is a
     * valid argument whose premises are true" does not say that valid arguments have true premises.
     */
    private static boolean ofAKindPickedOut(Placement at, TokenizedText tokens) {
        if (at.first() >= at.last()) return false;
        int before = at.first() > 0 ? tokens.ends[at.first() - 1] : 0;
        return NAMED_AS_PREDICATE.matcher(tokens.text).region(before, tokens.starts[at.first()]).find()
                && RELATIVE.matcher(tokens.text).region(tokens.ends[at.first()], tokens.starts[at.last()]).find();
    }

    /** "is", "are", "was", "were", "stays", "remains" right after a word: the verb of a statement of its own. */
    private static final Pattern IS = Pattern.compile("(?i)^\\s+(?:is|are|was|were|stays?|stayed|remains?|remained)\\b");

    /**
     * A claim's last word, apart from the words before it, followed by "is": the subject of the next statement, not what
     * the claim says ("a determinant of zero means the matrix is singular" says no "the determinant is a matrix"), nor
     * when an article opens it after a verb ("while the speed and wavelength change the frequency stays the same" says no
     * "changes frequency"), nor when they open a clause after the claim's first words. Its words together are the
     * claim ("generating labels is easy", "changing the frequency is hard" name it as a thing done).
     */
    private static boolean endsOnTheSubjectOfWhatFollows(int[] postings, Placement at, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        if (at.first() >= at.last() || !IS.matcher(tokens.text).region(tokens.ends[at.last()], tokens.text.length()).lookingAt()) {
            return false;
        }
        int before = -1;
        for (int p : postings) if (matches.last[p] < at.last()) before = Math.max(before, matches.last[p]);
        if (before < 0) return false;
        if (opensItsClause(postings, at, matches)) return true;
        return before + 1 < at.last() || ARTICLE.matcher(tokens.text).region(tokens.ends[before], tokens.starts[at.last()]).matches()
                && !tokens.text.regionMatches(true, tokens.ends[before] - 3, "ing", 0, 3);
    }

    private static final Pattern ARTICLE = Pattern.compile("(?i)\\s+(?:the|a|an)\\s+");

    /**
     * Whether the claim's words in a clause of cause or consequence after its first open that clause: "flaps increase
     * lift so stall speed is lower" says what the stall speed is, not that flaps increase it.
     */
    private static boolean opensItsClause(int[] postings, Placement at, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        int first = firstInItsLastClause(postings, at, matches);
        return first > 0 && first == tokens.clauseStart(at.last())
                && CONSEQUENCE.matcher(tokens.text).region(tokens.ends[first - 1], tokens.starts[first]).find();
    }

    /** The first of the claim's words in the clause of its last, or -1 when all its words are in one clause. */
    private static int firstInItsLastClause(int[] postings, Placement at, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        int lastClause = tokens.clause[at.last()];
        if (tokens.clause[at.first()] == lastClause) return -1;
        int first = at.last();
        for (int p : postings) {
            int position = matches.position[p];
            if (tokens.clause[position] == lastClause) first = Math.min(first, position);
        }
        return first;
    }

    /**
     * What opens a clause of cause or consequence. Not "and" ("SCM is transport and logistics is planning" is one claim
     * of two definitions) nor a relative pronoun ("an autoencoder in which the encoder and decoder ...").
     */
    private static final Pattern CONSEQUENCE = Pattern.compile("(?i)\\b(?:so|therefore|thus|hence|because|since)\\b");
}

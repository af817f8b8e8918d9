package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;
import dev.latent.scoring.analysis.Negation;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text after analysis: its content terms in order, each with its character offsets into the original
 * string, the sentence and clause it belongs to, and whether it is a (live) negation cue. Clause and
 * sentence boundaries come from the punctuation between tokens in the original text and from
 * connectives such as "but"; function words are counted from the stop filter's position gaps.
 */
final class TokenizedText {

    final String text;
    int size;
    String[] terms;
    int[] starts;
    int[] ends;
    int[] sentence;
    int[] clause;
    /**
     * List pieces: like clauses, but a colon does not end one ("undercomplete: fewer units") and "and" does not
     * either. A misconception must be stated inside one piece, never across the items of a list.
     */
    int[] piece;
    /** Stretches between contrast words ("but", "while", "whereas"): no phrasing is matched across one. */
    int[] contrast;
    boolean[] negator;
    /**
     * Words the learner took back ("the risk is overfitting, no wait, it can't reconstruct the input"): what they
     * said just before a self-correction counts neither for nor against them. Null when nothing was taken back.
     */
    boolean[] retracted;
    /** The end of a stretch taken back from the answer's very start (its opening "Yes" too), or -1. */
    int retractedUpTo = -1;
    /** Read as the reference grader's model was trained ({@link AnswerAnalyzer#readsAsTrained()}). */
    final boolean readsAsTrained;
    /** Function words: stop words removed, negation cues and connectives. */
    int functionWords;
    /** Pieces separated by commas, semicolons, slashes, line breaks or sentence ends. */
    int segments;
    /** Whether the text says "it" or "them" ({@link Pronouns}): 0 not yet asked, 1 yes, -1 no. */
    int objectPronouns;

    /** The analyser's content terms of a text (negation cues left out), as the matcher sees them. */
    static Set<String> contentTerms(Analyzer analyzer, String text) {
        Set<String> out = new HashSet<>();
        TokenizedText tokens = analyze(analyzer, Set.of(), Set.of(), text);
        for (int i = 0; i < tokens.size; i++) if (!tokens.negator[i]) out.add(tokens.terms[i]);
        return out;
    }

    /** The content terms of each word, together. */
    static Set<String> contentTermsOfEach(Analyzer analyzer, Collection<String> words) {
        Set<String> out = new HashSet<>();
        for (String word : words) out.addAll(contentTerms(analyzer, word));
        return out;
    }

    /** The connectives as {@link #analyze} wants them: the analyser's terms of {@link Negation#CLAUSE_CONNECTIVES}. */
    static Set<String> connectiveTerms(Analyzer analyzer) {
        return contentTermsOfEach(analyzer, Negation.CLAUSE_CONNECTIVES);
    }

    /** The words that cancel a negation ("not only"), as written and as the analyser's terms. */
    static Set<String> cancellerTerms(Analyzer analyzer) {
        Set<String> out = new HashSet<>(Negation.CANCELLERS);
        out.addAll(contentTermsOfEach(analyzer, Negation.CANCELLERS));
        return out;
    }

    /**
     * Negation words that negate a noun rather than a claim ("no", "without", "lack"): their scope ends at an
     * infinitive, so "no good metric to evaluate the samples" says evaluating is hard, not that nobody evaluates.
     */
    private static final Set<String> DETERMINER_CUES = Set.of("no", "without", "none", "lack", "lacks", "lacking",
            "lacked", "nothing");

    private TokenizedText(String text, int capacity, boolean readsAsTrained) {
        this.text = text;
        this.readsAsTrained = readsAsTrained;
        terms = new String[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        sentence = new int[capacity];
        clause = new int[capacity];
        piece = new int[capacity];
        contrast = new int[capacity];
        negator = new boolean[capacity];
    }

    /**
     * Whether the words at {@code i} and {@code i + 1} are written as one name: a hyphen or a space between them, or
     * nothing ("auto-encoder", "over complete", an initialism spelled out).
     */
    boolean writtenTogether(int i) {
        int gap = starts[i + 1] - ends[i];
        if (gap > 1) return false;
        if (gap < 1) return true;
        char between = text.charAt(ends[i]);
        return between == '-' || between == ' ' || between == '\u2010' || between == '\u2011';
    }

    /** Where in the text the clause of token {@code i} begins: the end of the token before the clause's first, or 0. */
    int clauseTextStart(int i) {
        int first = clauseStart(i);
        return first == 0 ? 0 : ends[first - 1];
    }

    /** The first token of the clause the token {@code i} is in. */
    int clauseStart(int i) {
        int clause = this.clause[i];
        while (i > 0 && this.clause[i - 1] == clause) i--;
        return i;
    }

    /** "after", "before" or "until" as written (the stemmer makes "before" "befor"): a word that orders two events. */
    boolean isWordOfSequence(int i) {
        return SEQUENCE.matcher(text).region(starts[i], ends[i]).matches();
    }

    /** The words of sequence, as a regex's alternatives ({@link WrongClaimScope} finds them in a phrasing too). */
    static final String SEQUENCE_WORDS = "after|before|until";
    private static final Pattern SEQUENCE = Pattern.compile("(?i)" + SEQUENCE_WORDS);

    /** The word at position {@code i} as the text writes it, in lower case. */
    String written(int i) {
        return text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
    }

    int contentWords() {
        int count = 0;
        for (int i = 0; i < size; i++) if (!negator[i]) count++;
        return count;
    }

    static TokenizedText analyze(Analyzer analyzer, Set<String> connectives, Set<String> cancellers, String text) {
        TokenizedText out = analyzeWords(analyzer, connectives, cancellers, text);
        Retractions.mark(out);
        return out;
    }

    /**
     * A rubric's own words, one phrasing or word group a line: read as an answer is, but nothing in them is taken back
     * ({@link Retractions} reads a learner correcting themselves, and would read a line's opening "no" as correcting the
     * line before). Every rubric compiled asks it of all its phrasings.
     */
    static TokenizedText analyzeLines(Analyzer analyzer, String text) {
        return analyzeWords(analyzer, Set.of(), Set.of(), text);
    }

    private static TokenizedText analyzeWords(Analyzer analyzer, Set<String> connectives, Set<String> cancellers, String text) {
        boolean asTrained = analyzer instanceof AnswerAnalyzer answers && answers.readsAsTrained();
        TokenizedText out = new TokenizedText(text, Math.max(4, Math.min(text.length() / 5 + 4, 1 << 16)), asTrained);
        int sentence = 0;
        int clause = 0;
        int piece = 0;
        int contrast = 0;
        int segments = 0;
        int previousEnd = 0;
        boolean sawContent = false;
        // The live negation cue is a determiner ("no X") with content after it: an infinitive ends its scope.
        boolean determinerScope = false;
        boolean contentSinceCue = false;
        int[] asides = asTrained ? null : Boundaries.asides(text);
        boolean bulleted = !asTrained && Boundaries.isInlineBulletList(text);
        try (TokenStream stream = analyzer.tokenStream("answer", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.functionWords += increment.getPositionIncrement() - 1;
                int start = offset.startOffset();
                int end = offset.endOffset();
                int boundary = Boundaries.boundaryBetween(text, previousEnd, start, !asTrained);
                if (boundary == Boundaries.CLAUSE && asides != null && Boundaries.onlyAsideCommas(text, previousEnd, start, asides)) boundary = Boundaries.NONE;
                boolean bullet = bulleted && Boundaries.hasBullet(text, previousEnd, start);
                if (bullet) boundary = Boundaries.SENTENCE;
                if (boundary == Boundaries.CONJUNCTION && !asTrained && DeniedClauses.goOnInto(out, text, previousEnd, start)) {
                    // "It is not a model that generates new data": the clause says what the denied thing is; "not that
                    // they cooperate", "not because people are selfish": the clause is what is denied.
                    boundary = Boundaries.NONE;
                }
                if (boundary == Boundaries.INFINITIVE) {
                    if (determinerScope && contentSinceCue) {
                        clause++;
                        determinerScope = false;
                    } else if (!asTrained && out.size >= 2 && out.negator[out.size - 2]
                            && EASE.contains(out.written(out.size - 1))) {
                        // "not easy to tune the hyperparameters" says tuning is hard: the cue denies "easy", not the tuning.
                        clause++;
                    }
                } else if (boundary != Boundaries.NONE && sawContent) {
                    clause++;
                    if (boundary != Boundaries.CONJUNCTION && (bullet || Boundaries.breaksPiece(text, previousEnd, start))) piece++;
                    determinerScope = false;
                    if (boundary != Boundaries.CONJUNCTION) segments++;
                    if (boundary == Boundaries.SENTENCE) sentence++;
                }
                Matcher alternative = !asTrained ? DENIED_ALTERNATIVE.matcher(text).region(previousEnd, start) : null;
                if (alternative != null && alternative.find()) {
                    // "memorises the data rather than learning features": a contrast, and what follows is denied; so is
                    // it where the answer opens with it ("Rather than cooperating, they compete").
                    if (sawContent) {
                        clause++;
                        piece++;
                        contrast++;
                    }
                    out.add(Negation.CUE, alternative.start(), alternative.end(), sentence, clause, piece, contrast, true);
                    determinerScope = false;
                    contentSinceCue = false;
                }
                previousEnd = end;
                String word = term.toString();
                if (sawContent && Negation.endsScope(text, start, end)) {
                    // A new clause for negation's sake; the word itself is kept, and no contrast begins.
                    clause++;
                    determinerScope = false;
                }
                // The stems are a cheap first test; the written word decides ("unlikely" stems as "unlike").
                if (connectives.contains(word) && Negation.isClauseConnective(text, start, end)) {
                    out.functionWords++;
                    if (asides != null && Boundaries.inAside(start, asides)) continue; // "not, however, easy": an aside, no contrast
                    if (!sawContent && !asTrained && INSTEAD_OF.matcher(text).region(start, text.length()).lookingAt()) {
                        // "Instead of cooperating, they compete": the alternative is denied at the answer's start too.
                        out.add(Negation.CUE, start, end, sentence, clause, piece, contrast, true);
                        contentSinceCue = false;
                    } else if (sawContent) {
                        clause++;
                        piece++;
                        contrast++;
                        if (!asTrained && INSTEAD_OF.matcher(text).region(start, text.length()).lookingAt()) {
                            // "oscillate instead of converging": the alternative after "instead of" is denied.
                            out.add(Negation.CUE, start, end, sentence, clause, piece, contrast, true);
                            determinerScope = false;
                            contentSinceCue = false;
                        }
                    }
                    continue;
                }
                boolean cue = word.equals(Negation.CUE);
                if (cue) {
                    out.functionWords++;
                    // "Without it people get irritable", "no matter how large": the cue negates nothing after it.
                    if (NEUTRAL_CUE.matcher(text).region(start, text.length()).lookingAt()) continue;
                    // "Whether or not you like it, ...": a concession, which denies nothing.
                    if (!asTrained && WHETHER_OR.matcher(text).region(Math.max(0, start - 24), start).find()) continue;
                    if (!asTrained && IGNORANCE.matcher(text).region(start, text.length()).useTransparentBounds(true).lookingAt()) continue;
                    determinerScope = DETERMINER_CUES.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
                    contentSinceCue = false;
                } else {
                    contentSinceCue = true;
                }
                // "not only X", "X is not the only problem": the cue does not negate X.
                if (out.size > 0 && out.negator[out.size - 1] && cancellers.contains(word)
                        && (increment.getPositionIncrement() == 1 || !asTrained && increment.getPositionIncrement() == 2
                        && THE_BETWEEN.matcher(text).region(out.ends[out.size - 1], start).matches())) {
                    out.negator[out.size - 1] = false;
                    out.functionWords++;
                    continue;
                }
                out.add(word, start, end, sentence, clause, piece, contrast, cue);
                sawContent = true;
            }
            stream.end();
            out.functionWords += Math.max(0, increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        out.segments = out.size == 0 ? 0 : segments + 1;
        return out;
    }

    /** Object pronouns: a determiner cue right before one ("without it", "no them") has found its object. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "this", "that", "these", "those", "him",
            "her", "me", "us", "you");

    /**
     * A negation cue that denies nothing after it: a determiner cue whose object is a pronoun ("without it people get
     * irritable"; not "that's"), and idioms ("no matter how deep", "no doubt", "no wonder", "not to mention").
     */
    private static final Pattern NEUTRAL_CUE = Pattern.compile("(?:" + String.join("|", DETERMINER_CUES)
            + ")\\p{javaWhitespace}+(?:" + String.join("|", OBJECT_PRONOUNS) + ")(?![\\p{javaLetter}'\u2019])"
            + "|no\\s+(?:matter|doubt|wonder)\\b|not\\s+to\\s+mention\\b", Pattern.CASE_INSENSITIVE);

    /** The learner's own ignorance ("I don't know what ...", "I'm not sure", "no idea"): a cue that denies nothing. */
    private static final Pattern IGNORANCE = Pattern.compile("no\\s+(?:idea|clue)\\b"
            + "|(?<=\\bI\\s{1,3}|\\bI\\s{1,3}do\\s{1,3}|\\bI\\s{1,3}did\\s{1,3}|\\bI\\s{1,3}am\\s{1,3}|\\bI['\u2019]?m\\s{1,3})"
            + "(?:not|don['\u2019]?t|didn['\u2019]?t|can['\u2019]?t|cannot)\\s+(?:know|remember|recall|sure|certain)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether two statements run together with a comma lie between two tokens: "It does not add parameters, it cuts
     * them in half" ("a comma and then a subject pronoun").
     */
    boolean commaSpliceWithin(int first, int last) {
        for (int k = first; k < last; k++) {
            if (clause[k] == clause[k + 1]) continue;
            if (COMMA_SPLICE.matcher(text).region(ends[k], starts[k + 1]).find()) return true;
        }
        return false;
    }

    /**
     * Whether the cue at {@code cue} opens a condition: a sentence that opens "Without X" or "With no X" ("Without
     * regularization, an overcomplete autoencoder learns the identity", "Without sleep you get slower reactions") says
     * what lacking X brings, so X is needed, not absent.
     */
    boolean isConditionalCue(int cue) {
        if (cue > 0 && sentence[cue - 1] == sentence[cue]) return false;
        return CONDITION.matcher(text).region(cue == 0 ? 0 : ends[cue - 1], ends[cue]).find();
    }

    /**
     * Whether the cue denies what follows from lacking something: in a sentence that opens "Without X" or "If there is
     * no X", or after "otherwise" ("Without a base case the recursion never stops", "..., otherwise it would never
     * terminate"), the learner says what X brings, by its absence.
     */
    boolean followsFromAnAbsence(int cue) {
        int first = cue;
        while (first > 0 && sentence[first - 1] == sentence[cue]) first--;
        int from = first == 0 ? 0 : ends[first - 1];
        return first < cue && (ABSENCE.matcher(text).region(from, text.length()).lookingAt()
                || OTHERWISE.matcher(text).region(from, starts[cue]).find());
    }

    private static final Pattern ABSENCE = Pattern.compile("(?i)[^\\p{L}\\p{N}]*(?:without|with\\s+no|if\\s+(?:there\\s+(?:is|are|was|were)|"
            + "there's|it\\s+(?:has|had)|you\\s+(?:have|had))\\s+no)\\b");
    private static final Pattern OTHERWISE = Pattern.compile("(?i)\\b(?:otherwise|or\\s+else)\\b");

    /** "Without" or "With no" opening a sentence, as read back from the cue's end. */
    private static final Pattern CONDITION = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:without|with\\s+no)$");

    /** A comma and then a subject pronoun: two statements run together. */
    private static final Pattern COMMA_SPLICE = Pattern.compile(
            "^\\s*,\\s*(?:it|they|he|she|we|you|this)(?:['\u2019](?:s|re))?\\s+$", Pattern.CASE_INSENSITIVE);

    /** "not the only": the one function word a canceller may stand after its cue. */
    private static final Pattern THE_BETWEEN = Pattern.compile("\\s+the\\s+", Pattern.CASE_INSENSITIVE);

    /** How easy a thing is to do: "not easy to tune" denies the ease, and says the tuning is hard. */
    private static final Set<String> EASE = Set.of("easy", "simple", "trivial", "straightforward", "hard", "difficult");

    /** The "whether or" of "whether or not", right before a cue. */
    private static final Pattern WHETHER_OR = Pattern.compile("(?i)\\bwhether\\s+or\\s+$");

    /** "instead of", read where the connective "instead" stands. */
    private static final Pattern INSTEAD_OF = Pattern.compile("instead\\s+of\\b", Pattern.CASE_INSENSITIVE);

    /** Whether the cue at this position is an alternative set aside: "rather than", "instead of". */
    boolean isAlternative(int cue) {
        return text.regionMatches(true, starts[cue], "rather", 0, 6) || text.regionMatches(true, starts[cue], "instead", 0, 7);
    }

    /**
     * "rather than" (stop words both) right before a word, or before its article or preposition ("rather than the
     * decoder", "rather than of solute"): the alternative it introduces is denied.
     */
    private static final Pattern DENIED_ALTERNATIVE = Pattern.compile("\\brather\\s+than\\b(?=(?:\\W+(?:the|a|an|of|to"
            + "|in|on|at|by|for|from|with|its|their|his|her|our|your|this|that|these|those|just|only|simply))*\\W*$)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Token {@code i} read as several terms in its place ("SSR" as "server side render"), in its sentence, clause and
     * piece, each term over a letter of it (the last over the rest): tokens never overlap. Not for more terms than
     * letters.
     */
    void spellOut(int i, String[] spelled) {
        int extra = spelled.length - 1;
        if (extra < 0 || spelled.length > ends[i] - starts[i]) return;
        while (size + extra > terms.length) grow();
        for (Object array : new Object[] {terms, starts, ends, sentence, clause, piece, contrast, negator, retracted}) {
            if (array != null) System.arraycopy(array, i + 1, array, i + 1 + extra, size - i - 1);
        }
        for (int k = spelled.length - 1; k >= 0; k--) {
            int at = i + k;
            terms[at] = spelled[k];
            ends[at] = k == extra ? ends[i] : starts[i] + k + 1;
            starts[at] = starts[i] + k;
            sentence[at] = sentence[i];
            clause[at] = clause[i];
            piece[at] = piece[i];
            contrast[at] = contrast[i];
            negator[at] = false;
            if (retracted != null) retracted[at] = retracted[i];
        }
        size += extra;
    }

    private void grow() {
        int capacity = terms.length * 2;
        terms = Arrays.copyOf(terms, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        sentence = Arrays.copyOf(sentence, capacity);
        clause = Arrays.copyOf(clause, capacity);
        piece = Arrays.copyOf(piece, capacity);
        contrast = Arrays.copyOf(contrast, capacity);
        negator = Arrays.copyOf(negator, capacity);
        if (retracted != null) retracted = Arrays.copyOf(retracted, capacity);
    }

    private void add(String term, int start, int end, int sentenceId, int clauseId, int pieceId, int contrastId,
                     boolean cue) {
        if (size == terms.length) grow();
        terms[size] = term;
        starts[size] = start;
        ends[size] = end;
        sentence[size] = sentenceId;
        clause[size] = clauseId;
        piece[size] = pieceId;
        contrast[size] = contrastId;
        negator[size] = cue;
        size++;
    }
}

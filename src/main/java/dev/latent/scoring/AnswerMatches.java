package dev.latent.scoring;

import dev.latent.scoring.analysis.Negation;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One answer's words as rubric terms: for each term id, the positions of the answer words that stand for it
 * (postings), and where the negation cues are. Built once per answer, then read by {@link PhraseFinder}.
 */
final class AnswerMatches {

    final TokenizedText tokens;
    /** Per term id, the index into the arrays below where its postings start; length = terms + 1. */
    final int[] postingStart;
    /** First position of the match. */
    final int[] position;
    /** Last position (differs for words written apart: "auto encoder"). */
    final int[] last;
    final boolean[] typo;
    /** The word matched is a privative of the term ("unlabeled" for "label"): a negation of its own. */
    final boolean[] privative;
    /** Per position: nearest live negation cue before it, or -1. */
    private final int[] lastNegatorBefore;
    /** Per position: negation cues at positions before it. */
    private final int[] negatorsUpTo;
    private final int negationScope;

    /** Per term id, how the question names the thing ({@link Pronouns#thingsNamed}); null where no question is read. */
    private final byte[] questionThings;
    /** The rubric's vocabulary, asked for the opposites of its terms ({@link #opposites}). */
    private final RubricVocabulary vocabulary;

    /** The question itself, read as an answer for its echoes: its hyphenated names are words there like any other. */
    AnswerMatches(TokenizedText tokens, RubricVocabulary vocabulary, int negationScope) {
        this(tokens, vocabulary, negationScope, null, false);
    }

    /** An answer to the question, which names the things as {@code questionThings} says ({@link Pronouns#thingsNamed}). */
    AnswerMatches(TokenizedText tokens, RubricVocabulary vocabulary, int negationScope, byte[] questionThings) {
        this(tokens, vocabulary, negationScope, questionThings, true);
    }

    @SuppressWarnings("unchecked")
    private AnswerMatches(TokenizedText tokens, RubricVocabulary vocabulary, int negationScope, byte[] questionThings,
                          boolean anAnswer) {
        this.tokens = tokens;
        this.vocabulary = vocabulary;
        this.questionThings = questionThings;
        this.negationScope = negationScope;
        int n = tokens.size;
        int vocabularySize = vocabulary.size();
        // Collect (term, position, last, typo) first, then lay them out by term.
        int[] matchTerm = new int[Math.max(4, n)];
        int[] matchPosition = new int[matchTerm.length];
        int[] matchLast = new int[matchTerm.length];
        boolean[] matchTypo = new boolean[matchTerm.length];
        boolean[] matchPrivative = new boolean[matchTerm.length];
        int count = 0;
        Map<String, int[]>[] typoMemo = new Map[1];
        for (int i = 0; i < n; i++) {
            if (tokens.negator[i]) continue;
            String term = tokens.terms[i];
            Integer exact = vocabulary.id(term);
            int[] found;
            boolean fuzzy = false;
            boolean negatedWord = false;
            if (exact != null) {
                found = new int[]{exact};
            } else {
                String written = tokens.text.substring(tokens.starts[i], tokens.ends[i]);
                String base = vocabulary.privativeBase(term, written);
                Integer baseId = base == null ? null : vocabulary.id(base);
                if (baseId != null) {
                    found = new int[]{baseId};
                    negatedWord = true;
                } else {
                    found = vocabulary.typoTargets(term, written, typoMemo);
                    fuzzy = found.length > 0;
                    if (!fuzzy && !tokens.readsAsTrained) found = vocabulary.standInsFor(term);
                    if (!fuzzy && base != null && written.length() > 2) {
                        // "unstabel": a typo of the word a privative negates.
                        found = vocabulary.typoTargets(base, written.substring(2), typoMemo);
                        fuzzy = negatedWord = found.length > 0;
                    }
                }
            }
            int compound = i + 1 < n && !tokens.negator[i + 1] ? vocabulary.compoundId(tokens, i) : -1;
            int needed = count + found.length + 1;
            if (needed > matchTerm.length) {
                int capacity = Math.max(needed, matchTerm.length * 2);
                matchTerm = Arrays.copyOf(matchTerm, capacity);
                matchPosition = Arrays.copyOf(matchPosition, capacity);
                matchLast = Arrays.copyOf(matchLast, capacity);
                matchTypo = Arrays.copyOf(matchTypo, capacity);
                matchPrivative = Arrays.copyOf(matchPrivative, capacity);
            }
            for (int id : found) {
                matchTerm[count] = id;
                matchPosition[count] = i;
                matchLast[count] = i;
                matchTypo[count] = fuzzy;
                matchPrivative[count] = negatedWord;
                count++;
            }
            if (compound >= 0) {
                matchTerm[count] = compound;
                matchPosition[count] = i;
                matchLast[count] = i + 1;
                matchTypo[count] = false;
                count++;
            }
        }
        postingStart = new int[vocabularySize + 1];
        for (int k = 0; k < count; k++) postingStart[matchTerm[k] + 1]++;
        for (int t = 0; t < vocabularySize; t++) postingStart[t + 1] += postingStart[t];
        // One more posting a position, after the terms' postings: a word's place taken by a pronoun ({@link #atPosition}).
        position = new int[count + n];
        last = new int[count + n];
        typo = new boolean[count + n];
        privative = new boolean[count + n];
        for (int i = 0; i < n; i++) {
            position[count + i] = i;
            last[count + i] = i;
        }
        postingsOfTerms = count;
        int[] fill = Arrays.copyOf(postingStart, vocabularySize);
        for (int k = 0; k < count; k++) { // positions ascend, so each posting list comes out sorted
            int at = fill[matchTerm[k]]++;
            position[at] = matchPosition[k];
            last[at] = matchLast[k];
            typo[at] = matchTypo[k];
            privative[at] = matchPrivative[k];
        }
        lastNegatorBefore = new int[n];
        negatorsUpTo = new int[n + 1];
        int lastCue = -1;
        for (int i = 0; i < n; i++) {
            lastNegatorBefore[i] = lastCue;
            negatorsUpTo[i + 1] = negatorsUpTo[i] + (tokens.negator[i] ? 1 : 0);
            if (tokens.negator[i]) lastCue = cancelsTheCueBefore(tokens, lastCue, i) ? -1 : i;
        }
        secondOfName = tokens.readsAsTrained || !anAnswer ? null : namesOfTheQuestion(tokens, vocabulary.questionCompounds());
    }

    /**
     * Whether the cue at {@code i} is a "without" that a denial before it in its clause turns round: "they can't log in
     * without the second factor" says the second factor is needed, so nothing after it is denied.
     */
    private static boolean cancelsTheCueBefore(TokenizedText tokens, int before, int i) {
        return before >= 0 && !tokens.readsAsTrained && tokens.clause[before] == tokens.clause[i]
                && tokens.ends[i] - tokens.starts[i] == 7 && tokens.text.regionMatches(true, tokens.starts[i], "without", 0, 7);
    }

    /**
     * Per position, whether the word is the second of a name the question writes with a hyphen, said right after its
     * first ("low pass", "low-pass", or "BFS" spelled out as "breadth first search"); null where the answer says none.
     */
    private final boolean[] secondOfName;

    private static boolean[] namesOfTheQuestion(TokenizedText tokens, Map<String, Set<String>> compounds) {
        if (compounds.isEmpty()) return null;
        boolean[] second = null;
        for (int i = 1; i < tokens.size; i++) {
            // written with a hyphen or a space, or spelled out of the question's initialism ("BFS": no gap)
            if (tokens.starts[i] < tokens.ends[i - 1] || tokens.sentence[i] != tokens.sentence[i - 1]
                    || !tokens.writtenTogether(i - 1)) continue;
            Set<String> seconds = compounds.get(tokens.terms[i - 1]);
            if (seconds == null || !seconds.contains(tokens.terms[i])) continue;
            if (second == null) second = new boolean[tokens.size];
            second[i] = true;
        }
        return second;
    }

    /**
     * Whether a match takes a word of a name the question writes with a hyphen without the rest of the name, as the
     * phrasing's own word: "the low pass filter blocks the high frequencies" does not say "high frequencies pass".
     */
    boolean splitsANameOfTheQuestion(int[] postings) {
        if (secondOfName == null) return false;
        for (int k = 0; k < postings.length; k++) {
            if (isPronounPlace(postings[k])) continue;
            int at = position[postings[k]];
            if (secondOfName[at] && (k == 0 || position[postings[k - 1]] != at - 1)) return true;
            if (at + 1 < secondOfName.length && secondOfName[at + 1]
                    && (k + 1 == postings.length || position[postings[k + 1]] != at + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Where the postings of the terms end and those of {@link #atPosition} begin. */
    private final int postingsOfTerms;

    /**
     * A posting at the word in this position that stands for no term of its own: where a pronoun after that word
     * takes the place of a phrasing's word said earlier ("don't absorb heat, they release it" for "releases heat").
     */
    int atPosition(int position) {
        return postingsOfTerms + position;
    }

    /** Whether this posting is a pronoun's place ({@link #atPosition}), not a word of the answer. */
    boolean isPronounPlace(int posting) {
        return posting >= postingsOfTerms;
    }

    /** Whether the question names the term's thing, as several things or as one. */
    boolean questionNames(int term, boolean several) {
        return questionThings != null && (questionThings[term] & (several ? 2 : 1)) != 0;
    }

    /** Whether the question names the term's thing at all. */
    boolean questionNames(int term) {
        return questionThings != null && questionThings[term] != 0;
    }

    /** The terms that say the opposite of a rubric term, or null ({@link RubricVocabulary#opposites}). */
    Set<String> opposites(int term) {
        return vocabulary.opposites(term);
    }

    /** True when the term occurs in the answer. */
    boolean occurs(int termId) {
        return postingStart[termId + 1] > postingStart[termId];
    }

    /** The negation cue applying to positions first..last, or -1. */
    int negationOf(int first, int lastPosition) {
        if (negatorsUpTo[lastPosition + 1] - negatorsUpTo[first] > 0) {
            for (int q = first; q <= lastPosition; q++) {
                if (tokens.negator[q] && (reachesEnd(q, lastPosition) || deniesTheObject(q, first))
                        && !conditionEndsBetween(q, lastPosition)) return q;
            }
        }
        int cue = lastNegatorBefore[first];
        if (cue >= 0 && first - cue - 1 <= negationScope && tokens.clause[cue] == tokens.clause[first]
                && !conditionEndsBetween(cue, first) && !exampleBetween(cue, first) && !sequenceBetween(cue, first)) {
            return cue;
        }
        if (cue >= 0 && !tokens.readsAsTrained && deniedListItem(cue, first)) return cue;
        return tokens.readsAsTrained ? -1 : deniedAfter(lastPosition);
    }

    /**
     * "Do not apply ice, iced water, butter or toothpaste": a denial reaches each item of the list it opens, across
     * the list's commas. The denied clause holds at most a verb and the first item after its cue; each item after
     * it is a word or two (an "or" inside makes two items), with no cue of its own; only articles and the closing
     * "or", "and" or "nor" stand between the items, and the list must close with one.
     */
    private boolean deniedListItem(int cue, int first) {
        int cueClause = tokens.clause[cue];
        if (tokens.sentence[cue] != tokens.sentence[first] || cueClause == tokens.clause[first]) return false;
        if (!VERB_DENIAL.matcher(tokens.text).region(tokens.starts[cue], tokens.ends[cue]).matches()) return false;
        int i = cue + 1;
        int said = 0;
        for (; i < tokens.size && tokens.clause[i] == cueClause; i++) if (tokens.negator[i] || ++said > 3) return false;
        if (said == 0) return false;
        boolean reached = false;
        for (int items = 0; i < tokens.size && tokens.sentence[i] == tokens.sentence[cue] && items < 8; items++) {
            int start = i;
            Matcher gap = LIST_GAP.matcher(tokens.text).region(tokens.ends[start - 1], tokens.starts[start]);
            if (!gap.matches()) return false;
            int clause = tokens.clause[start];
            int words = 0;
            for (; i < tokens.size && tokens.clause[i] == clause; i++) {
                if (tokens.negator[i]) return false;
                words++;
            }
            int joins = gap.group(1) != null ? 1 : 0;
            Matcher inside = LIST_JOIN.matcher(tokens.text).region(tokens.starts[start], tokens.ends[i - 1]);
            int joinsInside = 0;
            while (inside.find()) joinsInside++;
            if (words > 2 * (1 + joinsInside)) return false;
            reached |= start <= first && first < i;
            if (joins + joinsInside > 0) return reached;
        }
        return false;
    }

    /** Between two items of a list: a comma, the closing "or", "and" or "nor" (group 1), an article. */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*,\\s*(?:(or|and|nor)\\s+)?(?:(?:the|a|an|any|some)\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** A cue that denies a verb ("do not apply", "never use"), not one that denies the next noun ("no jobs, war"). */
    private static final Pattern VERB_DENIAL = Pattern.compile("(?i)(?:\\w*n[o']?t|never)");
    private static final Pattern LIST_JOIN = Pattern.compile("(?i)\\b(?:or|and|nor)\\b");

    /** What introduces an example of the thing just named: "like", "such as", "e.g.", "for example". */
    private static final Pattern EXAMPLE = Pattern.compile("(?i)(?:\\b(?:like|such\\s+as|for\\s+(?:example|instance)|including"
            + "|eg)\\b|\\be\\.g\\.)");

    /**
     * Whether "before", "after" or "until" stands between a cue and the match: what follows is another event, in
     * sequence with the one denied ("the soil is not ploughed before crops are planted" denies no planting).
     */
    private boolean sequenceBetween(int cue, int first) {
        if (tokens.readsAsTrained) return false;
        for (int k = cue + 1; k < first; k++) if (tokens.isWordOfSequence(k)) return true;
        return false;
    }

    /**
     * Whether an example of a thing named after the cue stands between it and the match: "something you can't
     * control, like your ethnicity" denies the control, not the ethnicity.
     */
    private boolean exampleBetween(int cue, int first) {
        if (tokens.readsAsTrained || first - cue < 2) return false;
        return EXAMPLE.matcher(tokens.text).region(tokens.ends[cue + 1], tokens.starts[first]).find();
    }

    /**
     * Whether a condition holding the cue ends before the match, though no comma says so: "when the page is not in
     * RAM you get a page fault" denies the page being in RAM, not the fault. The cue's clause opens with "when" or
     * "if", and a subject pronoun starts the main clause between the cue and the match.
     */
    private boolean conditionEndsBetween(int cue, int first) {
        if (tokens.readsAsTrained) return false;
        int from = tokens.clauseTextStart(cue);
        return CONDITION.matcher(tokens.text).region(from, tokens.starts[cue]).find()
                && MAIN_CLAUSE_SUBJECT.matcher(tokens.text).region(tokens.ends[cue], tokens.starts[first]).find();
    }

    /**
     * Whether a cue and the match after it make the condition of a consequence the sentence goes on to state: "if
     * they're not kept informed they can block things", "if a child isn't exposed to language before five, it will
     * never speak" say that the thing denied is needed. The cue's clause opens with "if" (after "and", "but",
     * "because" at most), and a subject pronoun, "then" or a comma follows the match in its sentence, before a word.
     */
    boolean conditionOfAConsequence(int cue, int lastPosition) {
        if (tokens.readsAsTrained || cue > lastPosition) return false;
        int from = tokens.clauseTextStart(cue);
        if (!OPENING_IF.matcher(tokens.text).region(from, tokens.starts[cue]).lookingAt()) return false;
        int end = lastPosition;
        while (end + 1 < tokens.size && tokens.sentence[end + 1] == tokens.sentence[lastPosition]) end++;
        return end > lastPosition && CONSEQUENCE.matcher(tokens.text).region(tokens.ends[lastPosition], tokens.starts[end]).find();
    }

    /**
     * "no" written right after the match's first word: it denies the verb's object, and so the whole match, past an
     * infinitive that ends its scope elsewhere ("it needs no air to push against" claims no "needs air to push"; in
     * "features with no labels, which are useful" it denies only the labels).
     */
    private boolean deniesTheObject(int cue, int first) {
        return !tokens.readsAsTrained && cue == first + 1 && tokens.written(cue).equals("no")
                && tokens.text.substring(tokens.ends[first], tokens.starts[cue]).isBlank();
    }

    /**
     * Whether a cue among a match's words reaches the match's last word: not when a clause ends between them ("learn
     * features with no labels, which are useful" denies the labels, not the features being useful).
     */
    private boolean reachesEnd(int cue, int lastPosition) {
        return tokens.readsAsTrained || tokens.clause[cue] == tokens.clause[lastPosition];
    }

    /**
     * A thing named and then denied as a thing at all: "mode collapse isn't a real problem", "vanishing gradients
     * don't happen in practice", and of each item named together: "mode collapse and unstable training are not the
     * main problems". The cue comes within two words after the thing (or after the item joined to it), and one of
     * {@link Negation#DENIED_AS_A_THING} within three words of the cue, in its clause. Returns the cue, or -1.
     */
    private int deniedAfter(int lastPosition) {
        int cue = denialAfter(lastPosition, 2);
        int next = lastPosition + 1;
        if (cue >= 0 || next >= tokens.size || tokens.sentence[next] != tokens.sentence[lastPosition]) return cue;
        if (!COORDINATION.matcher(tokens.text).region(tokens.ends[lastPosition], tokens.starts[next]).matches()) return -1;
        return denialAfter(next, 4); // the item joined to it, up to three words, then the denial
    }

    private int denialAfter(int from, int reach) {
        int clause = tokens.clause[from];
        for (int q = from + 1; q <= from + reach && q < tokens.size && tokens.clause[q] == clause; q++) {
            if (!tokens.negator[q]) continue;
            for (int r = q + 1; r <= q + 3; r++) if (deniedAsAThingAt(r, q)) return q;
            return -1;
        }
        return -1;
    }

    /** Whether the word at {@code position}, in the cue's clause, is one that denies a thing as a problem. */
    boolean deniedAsAThingAt(int position, int cue) {
        return position < tokens.size && tokens.clause[position] == tokens.clause[cue]
                && Negation.DENIED_AS_A_THING.contains(tokens.terms[position])
                && (tokens.readsAsTrained || !relationAfter(position));
    }

    /**
     * "They don't work together", "they don't work with each other": what is denied is how the things relate, not
     * that they work or exist ("doesn't work with autoencoders", "dropout doesn't work against that" stay failures).
     */
    private boolean relationAfter(int position) {
        return RELATION.matcher(tokens.text).region(tokens.ends[position], tokens.text.length()).lookingAt();
    }

    private static final Pattern RELATION = Pattern.compile("\\s+(?:together|jointly|cooperatively|in\\s+tandem|hand\\s+in\\s+hand"
            + "|as\\s+a\\s+team|(?:with|against|alongside)\\s+(?:each\\s+other|one\\s+another))\\b", Pattern.CASE_INSENSITIVE);

    /** What opens a condition, and the subject pronoun that opens the main clause after it ({@link #conditionEndsBetween}). */
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:when|whenever|if|once)\\b");
    private static final String SUBJECT_PRONOUNS = "you|we|they|i|he|she";
    private static final Pattern MAIN_CLAUSE_SUBJECT = Pattern.compile("(?i)\\b(?:" + SUBJECT_PRONOUNS + ")\\b");
    /** What opens a condition of a consequence, and what goes on to the consequence ({@link #conditionOfAConsequence}). */
    private static final Pattern OPENING_IF = Pattern.compile("(?i)[\\s\\p{P}]*(?:(?:and|but|so|because|since|cause)\\s+)?if\\b");
    private static final Pattern CONSEQUENCE = Pattern.compile("(?i),|\\b(?:then|it|" + SUBJECT_PRONOUNS + ")\\b");

    /** What joins two things named together: "and", "or", "&" or "as well as", an article after it. */
    private static final Pattern COORDINATION = Pattern.compile("\\s*,?\\s*(?:and|or|&|as\\s+well\\s+as)\\s+(?:(?:the|a|an)\\s+)?",
            Pattern.CASE_INSENSITIVE);
}

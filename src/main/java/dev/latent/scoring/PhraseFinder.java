package dev.latent.scoring;


import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Stage two of grading: where each phrasing occurs in an answer ({@link MatchReading} reads what each occurrence
 * says, and whether a negation applies there). A phrasing occurs in order with at most {@code phraseGap} words
 * between consecutive words, or, for an any-order phrasing, inside a window of the same size; always within one
 * sentence.
 */
final class PhraseFinder {

    /** Occurrences kept per phrasing and polarity: enough for evidence and contradictions, bounded for long answers. */
    private static final int MAX_OCCURRENCES = 16;

    private final int phraseGap;

    PhraseFinder(int phraseGap) {
        this.phraseGap = phraseGap;
    }

    /**
     * A phrasing found in the answer: its words' postings, the negation cue that applies (or -1), where it starts
     * and ends in the text, and whether a word matched only as a typo.
     */
    record Occurrence(Phrasing phrasing, int[] postings, int cue, int start, int end, boolean typo, int words,
                      boolean inOrder, boolean acrossItems) {

        /**
         * The better evidence of two: an exact match over a typo, then one inside a list item over one pieced
         * together from several ("reduction, anomaly detection, de-noising" is no "noise reduction"), then the longer
         * phrasing (the more specific), then the tighter span in words (not characters: "visualize data" is no tighter than "dimensionality
         * reduction"); of two occurrences of one phrasing, the one in its words' order ("fewer parameters" over
         * "parameters, so fewer"), then the shorter in characters ("feature learning" over "features are
         * learned"); then the earlier one.
         */
        static Occurrence better(Occurrence a, Occurrence b) {
            if (a == null) return b;
            if (b == null) return a;
            if (a.typo != b.typo) return a.typo ? b : a;
            if (a.acrossItems != b.acrossItems) return a.acrossItems ? b : a;
            if (a.postings.length != b.postings.length) return a.postings.length > b.postings.length ? a : b;
            if (a.words != b.words) return a.words < b.words ? a : b;
            if (a.phrasing == b.phrasing) {
                if (a.inOrder != b.inOrder) return a.inOrder ? a : b;
                if (a.end - a.start != b.end - b.start) return a.end - a.start < b.end - b.start ? a : b;
            }
            return b.start < a.start ? b : a;
        }
    }

    /**
     * A target's occurrences over all its phrasings. A negated occurrence whose negation word also affirms the
     * target through a negated phrasing ("never reach equilibrium" for "not converge" and "equilibrium") is one
     * statement, not a contradiction, and is dropped.
     */
    static final class Found {
        final List<Occurrence> affirmed = new ArrayList<>();
        final List<Occurrence> negated = new ArrayList<>();
        final boolean onePiece;

        Found(boolean onePiece) {
            this.onePiece = onePiece;
        }

        /** Drops the occurrences, affirmed or negated, that {@code notMeant} says are not what the phrasing means here. */
        void drop(Predicate<Occurrence> notMeant) {
            affirmed.removeIf(notMeant);
            negated.removeIf(notMeant);
        }

        Occurrence bestAffirmed() {
            Occurrence best = null;
            for (Occurrence occurrence : affirmed) best = Occurrence.better(best, occurrence);
            return best;
        }

        /** The negated occurrences that are not the same statement as an affirmed one. */
        List<Occurrence> negations() {
            if (negated.isEmpty()) return List.of();
            Set<Integer> affirmingCues = new HashSet<>();
            for (Occurrence occurrence : affirmed) if (occurrence.cue() >= 0) affirmingCues.add(occurrence.cue());
            List<Occurrence> out = new ArrayList<>();
            for (Occurrence occurrence : negated) if (!affirmingCues.contains(occurrence.cue())) out.add(occurrence);
            return out;
        }
    }

    Found find(List<Phrasing> phrasings, AnswerMatches matches) {
        return find(phrasings, matches, false);
    }

    /** @param onePiece every occurrence must lie inside one list piece (for misconceptions: never across items) */
    Found find(List<Phrasing> phrasings, AnswerMatches matches, boolean onePiece) {
        Found found = new Found(onePiece);
        for (Phrasing phrasing : phrasings) {
            if (phrasing.words().length == 1 || !phrasing.anyOrder()) {
                findInOrder(phrasing, matches, found);
            } else {
                findAnyOrder(phrasing, matches, found);
                if (readsPronouns(found, matches.tokens)) {
                    if (phrasing.words().length == 2) findWithPronoun(phrasing, matches, found);
                    else if (Pronouns.anyIn(matches.tokens)) findInOrder(phrasing, matches, found, true);
                }
            }
        }
        return found;
    }

    /**
     * Whether a pronoun may stand for a phrasing's word: for a concept, not a wrong claim (which costs two grades and
     * must be said in its words), and not in the reading the reference grader's model was trained with.
     */
    private static boolean readsPronouns(Found found, TokenizedText tokens) {
        return !found.onePiece && !tokens.readsAsTrained;
    }

    /** Records the occurrence; returns true once enough of this phrasing's occurrences are known. */
    private static boolean record(Phrasing phrasing, int[] postings, AnswerMatches matches, Found found, int[] counts) {
        if (!matches.tokens.readsAsTrained && !eachInItsPlace(phrasing, postings, matches)) return false;
        MatchReading.Reading reading = MatchReading.read(phrasing, postings, matches, found.onePiece);
        if (reading == null) return false;
        int slot = reading.affirmed() ? 0 : 1;
        if (counts[slot] < MAX_OCCURRENCES) {
            counts[slot]++;
            (reading.affirmed() ? found.affirmed : found.negated).add(reading.occurrence());
        }
        if (reading.privativeDenied()) return false;
        return counts[0] >= MAX_OCCURRENCES && (counts[1] >= MAX_OCCURRENCES || phrasing.negated());
    }

    /**
     * A word the phrasing says both plainly and negated ("label the unlabeled data") is not matched plainly by the
     * answer's "un" word: "the unlabeled data and the labeled data" has both words, but not as the phrasing says them.
     */
    private static boolean eachInItsPlace(Phrasing phrasing, int[] postings, AnswerMatches matches) {
        int negated = phrasing.negatedWord();
        if (negated < 0) return true;
        int[] words = phrasing.words();
        for (int k = 0; k < words.length; k++) {
            if (k != negated && words[k] == words[negated] && matches.privative[postings[k]]) return false;
        }
        return true;
    }

    /**
     * Every word but the last occurs and the last is a thing the question names: a pronoun may stand for it ("How do
     * you tie weights?" "You share them").
     */
    private static boolean lastMayBeTheQuestionsThing(int[] words, AnswerMatches matches, Found found) {
        int m = words.length;
        if (m < 2 || !readsPronouns(found, matches.tokens) || !matches.questionNames(words[m - 1])) return false;
        for (int k = 0; k < m - 1; k++) if (!matches.occurs(words[k])) return false;
        return true;
    }

    /** True when every word of the phrasing occurs somewhere in the answer: most phrasings stop here. */
    private static boolean allWordsOccur(int[] words, AnswerMatches matches) {
        for (int word : words) {
            if (!matches.occurs(word)) return false;
        }
        return true;
    }

    /**
     * In order, each word at most {@code phraseGap} words after the previous one, within one sentence. Starts are
     * visited in text order and each later word keeps a cursor that only moves forward, so the work is linear in
     * the number of postings times the (bounded) window.
     */
    private void findInOrder(Phrasing phrasing, AnswerMatches matches, Found found) {
        findInOrder(phrasing, matches, found, false);
    }

    /**
     * @param pronounLast only matches whose last word's place a pronoun takes ("the decoder has its own weights, with
     *                    tying it reuses the encoder ones"): for a phrasing in any order, whose other matches are found
     *                    in any order
     */
    private void findInOrder(Phrasing phrasing, AnswerMatches matches, Found found, boolean pronounLast) {
        int[] words = phrasing.words();
        if (!allWordsOccur(words, matches) && !lastMayBeTheQuestionsThing(words, matches, found)) return;
        int m = words.length;
        int[] postings = new int[m];
        int[] cursor = new int[m];
        for (int k = 1; k < m; k++) cursor[k] = matches.postingStart[words[k]];
        int[] counts = new int[2];
        TokenizedText tokens = matches.tokens;
        for (int s = matches.postingStart[words[0]], end = matches.postingStart[words[0] + 1]; s < end; s++) {
            postings[0] = s;
            int startPosition = matches.position[s];
            int current = matches.last[s];
            int sentence = tokens.sentence[startPosition];
            boolean complete = true;
            for (int k = 1; k < m && complete; k++) {
                int stop = matches.postingStart[words[k] + 1];
                while (cursor[k] < stop && matches.position[cursor[k]] <= startPosition) cursor[k]++;
                int p = cursor[k];
                while (p < stop && matches.position[p] <= current) p++;
                boolean pronounHere = pronounLast && k == m - 1;
                if (!pronounHere && p < stop && matches.position[p] - current - 1 <= phraseGap
                        && tokens.sentence[matches.position[p]] == sentence) {
                    postings[k] = p;
                    current = matches.last[p];
                } else if (k == m - 1 && readsPronouns(found, tokens)
                        && Pronouns.standsFor(words[k], startPosition, Pronouns.objectEnd(tokens, current), matches)) {
                    // "they don't absorb heat, they release it": the pronoun after the word is the phrasing's last word.
                    postings[k] = matches.atPosition(current);
                } else {
                    complete = false;
                }
            }
            if (complete && record(phrasing, postings, matches, found, counts)) return;
        }
    }

    /**
     * A two-word phrasing in any order with one word's place taken by a pronoun after the other: "they don't absorb
     * heat, they release it" for "heat released".
     */
    private static void findWithPronoun(Phrasing phrasing, AnswerMatches matches, Found found) {
        int[] words = phrasing.words();
        int[] counts = new int[2];
        int[] postings = new int[2];
        for (int said = 0; said < 2; said++) {
            int left = 1 - said;
            // the pronoun's thing must be named somewhere first: in the answer or, for an opening pronoun, the question
            if (!matches.occurs(words[left]) && !matches.questionNames(words[left])) continue;
            for (int s = matches.postingStart[words[said]], end = matches.postingStart[words[said] + 1]; s < end; s++) {
                int at = matches.position[s];
                int pronounEnd = Pronouns.objectEnd(matches.tokens, matches.last[s]);
                if (pronounEnd < 0 || !Pronouns.standsFor(words[left], at, pronounEnd, matches)) continue;
                postings[said] = s;
                postings[left] = matches.atPosition(matches.last[s]);
                if (record(phrasing, postings, matches, found, counts)) return;
            }
        }
    }

    /** Any order, all words inside a window of {@code m + phraseGap·(m-1)} words that starts at one of them. */
    private void findAnyOrder(Phrasing phrasing, AnswerMatches matches, Found found) {
        int[] words = phrasing.words();
        if (!allWordsOccur(words, matches)) return;
        int m = words.length;
        int span = m + phraseGap * (m - 1); // positions a match may cover
        int[] postings = new int[m];
        int[] cursor = new int[m];
        int[] counts = new int[2];
        TokenizedText tokens = matches.tokens;
        for (int lead = 0; lead < m; lead++) {
            for (int k = 0; k < m; k++) cursor[k] = matches.postingStart[words[k]];
            for (int s = matches.postingStart[words[lead]], end = matches.postingStart[words[lead] + 1]; s < end; s++) {
                int from = matches.position[s];
                int limit = from + span - 1;
                int sentence = tokens.sentence[from];
                postings[lead] = s;
                boolean complete = true;
                for (int k = 0; k < m && complete; k++) {
                    if (k == lead) continue;
                    // Leftmost posting of word k in the window, at another position than the words placed so far.
                    int stop = matches.postingStart[words[k] + 1];
                    while (cursor[k] < stop && matches.position[cursor[k]] < from) cursor[k]++;
                    boolean placed = false;
                    for (int p = cursor[k]; p < stop && matches.position[p] <= limit; p++) {
                        if (tokens.sentence[matches.position[p]] != sentence) break;
                        if (!takenBefore(postings, k, lead, matches.position[p], matches)) {
                            postings[k] = p;
                            placed = true;
                            break;
                        }
                    }
                    complete = placed;
                }
                if (complete && record(phrasing, postings, matches, found, counts)) return;
            }
        }
    }

    private static boolean takenBefore(int[] postings, int k, int lead, int position, AnswerMatches matches) {
        if (matches.position[postings[lead]] == position) return true;
        for (int j = 0; j < k; j++) {
            if (j != lead && matches.position[postings[j]] == position) return true;
        }
        return false;
    }

    /** The negation is a matched word's own "un" prefix. */
    private static boolean isPrivativeCue(Occurrence occurrence, AnswerMatches matches) {
        for (int p : occurrence.postings()) if (matches.privative[p] && matches.position[p] == occurrence.cue()) return true;
        return false;
    }

    /** What the learner sees of an occurrence: the words matched (to highlight), the span, the negation. */
    static Evidence evidence(Occurrence occurrence, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        int[] order = occurrence.postings().clone();
        // Words in text order (insertion sort: a phrasing has a handful of words).
        for (int i = 1; i < order.length; i++) {
            int p = order[i];
            int j = i - 1;
            while (j >= 0 && matches.position[order[j]] > matches.position[p]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = p;
        }
        List<Span> words = new ArrayList<>(order.length);
        int start = Integer.MAX_VALUE;
        int end = -1;
        boolean typo = false;
        for (int p : order) {
            int from = tokens.starts[matches.position[p]];
            int to = tokens.ends[matches.last[p]];
            if (matches.isPronounPlace(p)) {
                // The pronoun standing for the word: "release it".
                to = Pronouns.objectEnd(tokens, matches.position[p]);
                from = to - 2;
                while (from > 0 && Character.isLetter(tokens.text.charAt(from - 1))) from--;
            }
            words.add(new Span(from, to));
            start = Math.min(start, from);
            end = Math.max(end, to);
            typo |= matches.typo[p];
        }
        if (occurrence.phrasing().quantifier() != null) {
            // "one mode": the span shows the number said beside the word.
            start = Math.min(start, occurrence.start());
            end = Math.max(end, occurrence.end());
        }
        int firstWord = matches.position[order[0]];
        if (end <= start && firstWord > 0) {
            // Words the answer leaves out and the reading puts back ("encryption can [be reversed]"): the words before.
            start = Math.min(start, tokens.starts[firstWord - 1]);
        }
        Span negation = occurrence.cue() < 0 ? null
                : isPrivativeCue(occurrence, matches)
                ? new Span(tokens.starts[occurrence.cue()], tokens.starts[occurrence.cue()] + 2) // its "un"
                : new Span(tokens.starts[occurrence.cue()], tokens.ends[occurrence.cue()]);
        return new Evidence(occurrence.phrasing().text(), start, end, tokens.text.substring(start, end), words, typo,
                negation);
    }
}

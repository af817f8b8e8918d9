package dev.latent.scoring;

import dev.latent.scoring.RubricVocabulary.Phrasing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Stage two of grading: where each phrasing occurs in an answer, and whether a negation applies there. A
 * phrasing occurs in order with at most {@code phraseGap} words between consecutive words, or, for an any-order
 * phrasing, inside a window of the same size; always within one sentence.
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
            }
        }
        return found;
    }

    /** Where a match's words lie: its first and last positions, its privative word (or -1), and how it spreads. */
    private record Placement(int first, int last, int privative, boolean typo, boolean inOrder, boolean acrossContrast,
                             boolean acrossItems) {

        static Placement of(int[] postings, AnswerMatches matches) {
            TokenizedText tokens = matches.tokens;
            int first = Integer.MAX_VALUE;
            int last = -1;
            int privative = -1;
            boolean typo = false;
            boolean inOrder = true;
            boolean acrossContrast = false;
            boolean acrossItems = false;
            int contrast = tokens.contrast[matches.position[postings[0]]];
            int item = tokens.piece[matches.position[postings[0]]];
            for (int k = 0; k < postings.length; k++) {
                int p = postings[k];
                if (k > 0) inOrder &= matches.position[p] > matches.position[postings[k - 1]];
                acrossContrast |= tokens.contrast[matches.position[p]] != contrast;
                acrossItems |= tokens.piece[matches.position[p]] != item;
                first = Math.min(first, matches.position[p]);
                last = Math.max(last, matches.last[p]);
                if (matches.privative[p]) privative = matches.position[p];
                typo |= matches.typo[p];
            }
            return new Placement(first, last, privative, typo, inOrder, acrossContrast, acrossItems);
        }

        int words() {
            return last - first + 1;
        }
    }

    /** No cue applies to a match; {@link #cueOf} says so, or that the match says nothing here. */
    private static final int NO_CUE = -1;
    private static final int NOT_SAID = -2;

    /** Records the occurrence; returns true once enough of this phrasing's occurrences are known. */
    private static boolean record(Phrasing phrasing, int[] postings, AnswerMatches matches, Found found, int[] counts) {
        TokenizedText tokens = matches.tokens;
        if (takenBack(postings, matches) || found.onePiece && acrossPieces(postings, matches)) return false;
        Placement at = Placement.of(postings, matches);
        if (phrasing.reversedBy() != null && !tokens.readsAsTrained && saysTheOpposite(phrasing, postings, at, matches)) {
            return false;
        }
        if (phrasing.claimVerb() != null) {
            // The claim's verb among the words the analyzer dropped, from just before the match to its end.
            int from = at.first > 0 ? tokens.ends[at.first - 1] : 0;
            if (!phrasing.claimVerb().matcher(tokens.text).region(from, tokens.ends[at.last]).find()) return false;
        }
        int start = tokens.starts[at.first];
        int end = tokens.ends[at.last];
        if (phrasing.quantifier() != null && !tokens.readsAsTrained) {
            // "one mode": the number among the words around the match, from the word before it to the word after;
            // the evidence shows it. (The reference model keeps the reading it was trained on.)
            int from = at.first > 1 ? tokens.ends[at.first - 2] : 0;
            int to = at.last + 2 < tokens.size ? tokens.starts[at.last + 2] : tokens.text.length();
            var said = phrasing.quantifier().matcher(tokens.text).region(from, to);
            if (!said.find()) return false;
            start = Math.min(start, said.start());
            end = Math.max(end, said.end());
        }
        if (phrasing.otherQuantity() != null && !tokens.readsAsTrained) {
            // "Identical twins share 50% of their genes" is no match of "identical twins share all genes".
            int from = at.first > 0 ? tokens.starts[at.first - 1] : 0;
            int to = at.last + 2 < tokens.size ? tokens.starts[at.last + 2] : tokens.text.length();
            if (phrasing.otherQuantity().matcher(tokens.text).region(from, to).find()) return false;
        }
        // "unlabeled data" states "data without labels"; it does not deny "labeled data", it speaks of other data.
        if (at.privative >= 0 && !phrasing.negated()) return false;
        int cue = cueOf(postings, at, phrasing, matches);
        if (cue == NOT_SAID) return false;
        boolean negatedHere;
        if (at.privative < 0) {
            // A phrasing that holds its own negation ("use unlabeled data") is affirmed only where the cue reaches the
            // word it negates: "you can't use autoencoders here because you need labels" denies the using, not the labels.
            negatedHere = cue >= 0 && (phrasing.negatedWord() < 0 || tokens.readsAsTrained
                    || tokens.clause[matches.position[postings[phrasing.negatedWord()]]] == tokens.clause[cue]);
            if (!negatedHere && phrasing.negated() && !tokens.readsAsTrained) {
                // "training is less stable" says what "unstable training" says.
                int lessened = lessenedBefore(phrasing, postings, matches);
                if (lessened >= 0) {
                    negatedHere = true;
                    cue = lessened;
                }
            }
        } else if (cue > at.privative && cue < at.last && !tokens.readsAsTrained) {
            // "unlabeled data without any labels": a cue after the privative, inside the match, negates another of
            // its words, which says the privative's claim again, not its denial.
            return false;
        } else if (cue >= 0 && cue != at.privative) {
            // "not unsupervised": the cue negates the privative, so the negated phrasing is denied.
            if (counts[1] < MAX_OCCURRENCES) {
                counts[1]++;
                found.negated.add(new Occurrence(phrasing, postings.clone(), cue, tokens.starts[Math.min(at.first, cue)],
                        tokens.ends[at.last], at.typo, at.words(), at.inOrder, at.acrossItems));
            }
            return false;
        } else {
            negatedHere = true;
            cue = at.privative;
        }
        // A phrasing with its own negation ("without labels") is affirmed by a negated occurrence of the
        // rest; an occurrence of the rest without negation says nothing about it.
        if (phrasing.negated() && !negatedHere) return false;
        // Nor by a thing denied as a problem: "vanishing gradients are not an issue", "no gradient problems" do not say
        // "no gradient".
        if (phrasing.negated() && !tokens.readsAsTrained && at.privative < 0
                && (cue > at.last || matches.deniedAsAThingAt(at.last + 1, cue))) {
            return false;
        }
        boolean affirmed = negatedHere == phrasing.negated();
        int slot = affirmed ? 0 : 1;
        if (counts[slot] < MAX_OCCURRENCES) {
            counts[slot]++;
            Occurrence occurrence = new Occurrence(phrasing, postings.clone(), cue, start, end, at.typo, at.words(),
                    at.inOrder, at.acrossItems);
            (affirmed ? found.affirmed : found.negated).add(occurrence);
        }
        return counts[0] >= MAX_OCCURRENCES && (counts[1] >= MAX_OCCURRENCES || phrasing.negated());
    }

    /** "less" right before the word a negated phrasing negates ("less stable" for "unstable"): its position, or -1. */
    private static int lessenedBefore(Phrasing phrasing, int[] postings, AnswerMatches matches) {
        if (phrasing.negatedWord() < 0) return -1;
        int word = matches.position[postings[phrasing.negatedWord()]];
        TokenizedText tokens = matches.tokens;
        if (word == 0 || !tokens.terms[word - 1].equals("less") || tokens.clause[word - 1] != tokens.clause[word]) return -1;
        return tokens.text.substring(tokens.ends[word - 1], tokens.starts[word]).isBlank() ? word - 1 : -1;
    }

    /** A word of the match the learner took back ("..., no wait, ..."). */
    private static boolean takenBack(int[] postings, AnswerMatches matches) {
        if (matches.tokens.retracted == null) return false;
        for (int p : postings) if (matches.tokens.retracted[matches.position[p]]) return true;
        return false;
    }

    /** The match joins words of several list pieces. */
    private static boolean acrossPieces(int[] postings, AnswerMatches matches) {
        int piece = matches.tokens.piece[matches.position[postings[0]]];
        for (int p : postings) if (matches.tokens.piece[matches.position[p]] != piece) return true;
        return false;
    }

    /**
     * The negation cue that applies to a match, {@link #NO_CUE}, or {@link #NOT_SAID} when the match, read with its
     * negation, says neither the idea nor its denial. The reference model's reading keeps none of the later rules.
     */
    private static int cueOf(int[] postings, Placement at, Phrasing phrasing, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        boolean asTrained = tokens.readsAsTrained;
        int cue = matches.negationOf(at.first, at.last);
        if (cue > at.first && cue < at.last && !asTrained && !inAMatchedWordsClause(cue, postings, matches)) {
            // A negation in an aside between the words ("reduce, without needing labels, the dimensionality")
            // speaks of the aside, not of them.
            cue = NO_CUE;
        }
        // Across a contrast ("G minimizes it while D maximizes it") a match still states the idea, but a negation
        // in one half says nothing about the other half: such a match is never read as negated.
        if (at.acrossContrast && (cue >= 0 || at.privative >= 0)) return NOT_SAID;
        // Words from two statements run together ("does not add parameters, it cuts them"): the negation speaks of
        // one of them only, so the match says neither the idea nor its denial.
        if (cue >= 0 && !asTrained && tokens.commaSpliceWithin(at.first, at.last)) return NOT_SAID;
        if (cue >= 0 && at.privative < 0 && !phrasing.negated() && !asTrained && tokens.isConditionalCue(cue)) {
            // "Without regularization, it just learns the identity": the learner says it is needed, not that it is not.
            cue = NO_CUE;
        }
        return cue;
    }

    /**
     * Whether the answer says the opposite of the word a near match leaves out, among its words or beside them:
     * "behaviour less likely" is no near match of "behaviour more likely", "adds an unpleasant stimulus" none of
     * "pleasant stimulus added".
     */
    private static boolean saysTheOpposite(Phrasing phrasing, int[] postings, Placement match, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        int sentence = tokens.sentence[match.first];
        for (int at = Math.max(0, match.first - 1); at <= Math.min(tokens.size - 1, match.last + 1); at++) {
            if (tokens.sentence[at] != sentence || !reverses(tokens.terms[at], phrasing.reversedBy())) continue;
            boolean matched = false;
            for (int p : postings) matched |= matches.position[p] <= at && at <= matches.last[p];
            if (!matched) return true;
        }
        return false;
    }

    private static boolean reverses(String term, Set<String> reversedBy) {
        if (reversedBy.contains(term)) return true;
        String base = RubricVocabulary.privativeBase(term);
        if (base == null) return false;
        for (String reversal : reversedBy) {
            if (!reversal.startsWith(RubricVocabulary.PRIVATIVE_OF)) continue;
            String leftOut = reversal.substring(RubricVocabulary.PRIVATIVE_OF.length());
            if (leftOut.startsWith(base) || base.startsWith(leftOut)) return true;
        }
        return false;
    }

    /** Whether a matched word lies in the cue's clause. */
    private static boolean inAMatchedWordsClause(int cue, int[] postings, AnswerMatches matches) {
        for (int p : postings) {
            if (matches.tokens.clause[matches.position[p]] == matches.tokens.clause[cue]) return true;
        }
        return false;
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
        int[] words = phrasing.words();
        if (!allWordsOccur(words, matches)) return;
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
                if (p < stop && matches.position[p] - current - 1 <= phraseGap && tokens.sentence[matches.position[p]] == sentence) {
                    postings[k] = p;
                    current = matches.last[p];
                } else {
                    complete = false;
                }
            }
            if (complete && record(phrasing, postings, matches, found, counts)) return;
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
        Span negation = occurrence.cue() < 0 ? null
                : isPrivativeCue(occurrence, matches)
                ? new Span(tokens.starts[occurrence.cue()], tokens.starts[occurrence.cue()] + 2) // its "un"
                : new Span(tokens.starts[occurrence.cue()], tokens.ends[occurrence.cue()]);
        return new Evidence(occurrence.phrasing().text(), start, end, tokens.text.substring(start, end), words, typo,
                negation);
    }
}

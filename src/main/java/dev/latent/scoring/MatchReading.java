package dev.latent.scoring;

import dev.latent.scoring.PhraseFinder.Occurrence;

import java.util.regex.Pattern;

/**
 * What one match of a phrasing says, read where its words were found: whether the learner took it back, said it as
 * the phrasing means it (not the opposite of a word a near match leaves out, with the claim's verb, with its number),
 * and which negation applies. {@link PhraseFinder} finds the words; this reads them.
 */
final class MatchReading {

    /**
     * A match read: its occurrence, whether it affirms the phrasing (or denies it), and whether it is a privative's
     * denial ("not unsupervised"), which counts as a negated occurrence without ending the search.
     */
    record Reading(Occurrence occurrence, boolean affirmed, boolean privativeDenied) {
    }

    private MatchReading() {
    }

    /**
     * What the answer says where a phrasing's words were found: the occurrence, affirmed or negated, or null when the
     * words there do not say what the phrasing means.
     *
     * @param onePiece the words must lie inside one list piece (a wrong claim's)
     */
    static Reading read(Phrasing phrasing, int[] postings, AnswerMatches matches, boolean onePiece) {
        TokenizedText tokens = matches.tokens;
        if (takenBack(postings, matches)) return null;
        if (onePiece && acrossPieces(postings, matches) && !Formulas.isPattern(phrasing.claimVerb())
                && !PhrasingVariants.isList(phrasing.text())) return null;
        Placement at = Placement.of(postings, matches);
        // A wrong claim costs two grades: not on a guess that a word is misspelt ("reaction" for "reduction").
        if (onePiece && at.typo && !tokens.readsAsTrained) return null;
        if (onePiece && !tokens.readsAsTrained && !WrongClaimScope.asserted(phrasing, postings, at, matches)) return null;
        if (phrasing.reversedBy() != null && !tokens.readsAsTrained && saysTheOpposite(phrasing, postings, at, matches)) {
            return null;
        }
        if (!tokens.readsAsTrained && (Reversals.saidInversely(phrasing, postings, matches)
                || matches.splitsANameOfTheQuestion(postings))) return null;
        if (phrasing.nearMatch() && !tokens.readsAsTrained && Reversals.leftOutWordSaidElsewhere(phrasing, at, matches)) return null;
        if (!tokens.readsAsTrained && Directions.upOfAnotherWord(postings, matches)) return null;
        if ((phrasing.directions() != null || phrasing.leftOutWay() != Directions.NONE) && !tokens.readsAsTrained
                && goesTheOtherWay(phrasing, postings, matches)) {
            return null;
        }
        if (at.inOrder && !tokens.readsAsTrained && Reversals.oppositeBetween(phrasing, postings, matches)) return null;
        if (!at.inOrder && !tokens.readsAsTrained && ComparingWords.modifiesTheNextWord(phrasing, postings, matches)) return null;
        if (at.inOrder && !tokens.readsAsTrained && ComparingWords.endsDescribingTheNextWord(postings, matches)) return null;
        if (at.inOrder && !tokens.readsAsTrained && ComparingWords.comparesAnotherWord(postings, matches)) return null;
        if (phrasing.claimVerb() != null) {
            // The claim's verb (or the phrasing's words as written) among the words the analyzer dropped, from just
            // before the match to its end.
            int from = at.first > 0 ? tokens.ends[at.first - 1] : 0;
            if (ClaimVerbs.isNecessity(phrasing.claimVerb())) {
                // "it requires the variables to be normal": necessity said anywhere in the clause before the words
                from = tokens.clauseTextStart(at.first);
            }
            var verb = phrasing.claimVerb().matcher(tokens.text);
            boolean said = verb.region(from, tokens.ends[at.last]).find();
            if (!said && !tokens.readsAsTrained && Phrasing.isAsWritten(phrasing.claimVerb())) {
                // Words as written that go on past the match's last word, up to the next ("a liability is something you own").
                said = verb.region(from, at.last + 1 < tokens.size ? tokens.starts[at.last + 1] : tokens.text.length()).find();
            }
            if (!said) return null;
        }
        int start = tokens.starts[at.first];
        int end = tokens.ends[at.last];
        if (phrasing.quantifier() != null && !tokens.readsAsTrained) {
            // "one mode": the number among the words around the match, from the word before it to the word after,
            // inside its sentence ("... in both tables. Left join returns all rows" says no "both" of the second
            // sentence). The evidence shows it. (The reference model keeps the reading it was trained on.)
            int from = aroundStart(at.first, tokens);
            int to = aroundEnd(at.last, tokens);
            var said = phrasing.quantifier().matcher(tokens.text).region(from, to);
            if (!said.find()) return null;
            start = Math.min(start, said.start());
            end = Math.max(end, said.end());
        }
        if (phrasing.otherQuantity() != null && !tokens.readsAsTrained) {
            // "Identical twins share 50% of their genes" is no match of "identical twins share all genes".
            int from = at.first > 0 ? tokens.starts[at.first - 1] : 0;
            int to = at.last + 2 < tokens.size ? tokens.starts[at.last + 2] : tokens.text.length();
            if (phrasing.otherQuantity().matcher(tokens.text).region(from, to).find()) return null;
        }
        // "unlabeled data" states "data without labels"; it does not deny "labeled data", it speaks of other data.
        if (at.privative >= 0 && !phrasing.negated()) return null;
        int cue = cueOf(postings, at, phrasing, matches);
        if (cue == NOT_SAID) return null;
        boolean negatedHere;
        if (at.privative < 0) {
            // A phrasing that holds its own negation ("use unlabeled data") is affirmed only where the cue reaches the
            // word it negates: "you can't use autoencoders here because you need labels" denies the using, not the labels.
            int denied = phrasing.negatedWord() < 0 ? -1 : matches.position[postings[phrasing.negatedWord()]];
            negatedHere = cue >= 0 && (denied < 0 || tokens.readsAsTrained || tokens.clause[denied] == tokens.clause[cue]);
            if (negatedHere && !phrasing.negated() && !tokens.readsAsTrained
                    && deniesSomethingElse(cue, phrasing, postings, at, matches, onePiece)) negatedHere = false;
            // "It doesn't reduce overfitting" denies the reducing: it is no "not overfit".
            if (negatedHere && phrasing.negated() && denied > cue && !tokens.readsAsTrained
                    && Lessening.lessenedBetween(tokens, cue, denied)) return null;
            if (!negatedHere && phrasing.negated() && !tokens.readsAsTrained) {
                // "training is less stable" says what "unstable training" says.
                int lessened = Lessening.lessenedBefore(phrasing, postings, matches);
                if (lessened >= 0) {
                    negatedHere = true;
                    cue = lessened;
                }
                // "blood sugar goes down" says what "lower blood sugar" says.
                int falls = lessened < 0 ? Lessening.fallsAfter(at.last, tokens) : -1;
                if (falls >= 0) {
                    return new Reading(new Occurrence(phrasing, postings.clone(), falls, start, tokens.ends[falls], at.typo,
                            at.words(), at.inOrder, at.acrossItems), true, false);
                }
            }
        } else if (cue > at.privative && cue < at.last && !tokens.readsAsTrained) {
            // "unlabeled data without any labels": a cue after the privative, inside the match, negates its base
            // again, which says the privative's claim again, not its denial. Negating another of its words denies
            // the claim: "unlabeled data cannot be used for training" does not say "train on unlabeled data".
            if (negatesThePrivativesBase(cue, postings, phrasing, matches)) return null;
            return new Reading(new Occurrence(phrasing, postings.clone(), cue, tokens.starts[at.first], tokens.ends[at.last],
                    at.typo, at.words(), at.inOrder, at.acrossItems), false, false);
        } else if (cue >= 0 && cue != at.privative) {
            // "not unsupervised": the cue negates the privative, so the negated phrasing is denied.
            return new Reading(new Occurrence(phrasing, postings.clone(), cue, tokens.starts[Math.min(at.first, cue)],
                    tokens.ends[at.last], at.typo, at.words(), at.inOrder, at.acrossItems), false, true);
        } else {
            negatedHere = true;
            cue = at.privative;
        }
        // A phrasing with its own negation ("without labels") is affirmed by a negated occurrence of the
        // rest; an occurrence of the rest without negation says nothing about it.
        if (phrasing.negated() && !negatedHere) return null;
        // Nor by a thing denied as a problem: "vanishing gradients are not an issue", "no gradient problems" do not say
        // "no gradient".
        if (phrasing.negated() && !tokens.readsAsTrained && at.privative < 0
                && (cue > at.last || matches.deniedAsAThingAt(at.last + 1, cue) || cleft(cue, tokens))) {
            return null;
        }
        return new Reading(new Occurrence(phrasing, postings.clone(), cue, start, end, at.typo, at.words(), at.inOrder,
                at.acrossItems), negatedHere == phrasing.negated(), false);
    }

    /** Where a match's words lie: its first and last positions, its privative word (or -1), and how it spreads. */
    record Placement(int first, int last, int privative, boolean typo, boolean inOrder, boolean acrossContrast,
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

    /**
     * Whether a cue that reaches a match denies something else than what the phrasing says: a loss ("the soil doesn't
     * run out of nutrients" keeps them); the other side of a contrast the concept itself draws ("testing yourself
     * instead of rereading" states "better than re-reading"; "rewards not labels", the cue between the contrast's words
     * in their order, states "rewards instead of labels", where "labels, not rewards" denies it); and, for a concept, an
     * inference ("perfect reconstruction doesn't mean the codings are meaningful") or the condition of a consequence
     * ("if they're not kept informed they can block things" says that keeping them informed is needed).
     */
    private static boolean deniesSomethingElse(int cue, Phrasing phrasing, int[] postings, Placement at, AnswerMatches matches,
                                               boolean onePiece) {
        TokenizedText tokens = matches.tokens;
        int next = wordAfter(cue, postings, matches);
        if (Lessening.lostBetween(tokens, cue, next)) return true;
        if (phrasing.contrasted() && (tokens.isAlternative(cue) || at.inOrder && cue > at.first && cue < at.last)) return true;
        return !onePiece && (Lessening.inferenceBetween(tokens, cue, next) || matches.conditionOfAConsequence(cue, at.last));
    }

    /** The position of the match's first word after the cue, or the cue's own when none follows it. */
    private static int wordAfter(int cue, int[] postings, AnswerMatches matches) {
        int after = Integer.MAX_VALUE;
        for (int p : postings) {
            int position = matches.position[p];
            if (position > cue && position < after) after = position;
        }
        return after == Integer.MAX_VALUE ? cue : after;
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
        // in one half says nothing about the other half: such a match is never read as negated, unless the phrasing holds
        // that contrast itself ("continuous but not differentiable").
        if (at.acrossContrast && (cue >= 0 || at.privative >= 0) && (asTrained
                || !phrasing.saysItsContrastIn(tokens.text, tokens.starts[at.first], tokens.ends[at.last]))) return NOT_SAID;
        // Words from two statements run together ("does not add parameters, it cuts them"): the negation speaks of
        // one of them only, so the match says neither the idea nor its denial.
        if (cue >= 0 && !asTrained && tokens.commaSpliceWithin(at.first, at.last)) return NOT_SAID;
        if (cue >= 0 && at.privative < 0 && !phrasing.negated() && !asTrained && tokens.isConditionalCue(cue)) {
            // "Without regularization, it just learns the identity": the learner says it is needed, not that it is not.
            cue = NO_CUE;
        }
        if (cue >= 0 && at.privative < 0 && !phrasing.negated() && !asTrained && tokens.followsFromAnAbsence(cue)) {
            // "Without a base case the recursion never stops": the base case is what stops it.
            cue = NO_CUE;
        }
        if (cue >= 0 && !asTrained && deniedOpposite(phrasing, tokens, cue + 1)) cue = NO_CUE;
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
            if (tokens.sentence[at] != sentence || !Reversals.reverses(tokens.terms[at], phrasing.reversedBy())
                    || deniedOpposite(phrasing, tokens, at)) continue;
            boolean matched = false;
            for (int p : postings) matched |= matches.position[p] <= at && at <= matches.last[p];
            if (!matched) return true;
        }
        return false;
    }

    /**
     * "Oxygen diffuses out of the blood" for "oxygen diffuses into blood": a matched word approached the other way, the
     * way said of another word of the match or of the word right after it, or, for a near match, the word it leaves
     * out approached the other way beside the match ({@value #LEFT_OUT_REACH} words).
     */
    private static boolean goesTheOtherWay(Phrasing phrasing, int[] postings, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        if (phrasing.directions() != null) {
            byte[] said = new byte[postings.length];
            for (int k = 0; k < postings.length; k++) said[k] = wayTo(matches.position[postings[k]], tokens);
            for (int k = 0; k < postings.length; k++) {
                byte way = phrasing.directions()[k];
                if (way == Directions.NONE) continue;
                if (Directions.opposite(way, said[k])) return true;
                // The way moved to another word: "converts glycogen to glucose" for "converts glucose to glycogen", or,
                // of a near match, to the word right after it ("small molecules into large ones").
                if (said[k] == Directions.NONE) {
                    for (int j = 0; j < postings.length; j++) {
                        if (j != k && phrasing.directions()[j] == Directions.NONE && said[j] == way) return true;
                    }
                    int last = 0;
                    for (int p : postings) last = Math.max(last, matches.last[p]);
                    int next = last + 1;
                    if (next < tokens.size && tokens.clause[next] == tokens.clause[last] && wayTo(next, tokens) == way) return true;
                }
            }
        }
        if (phrasing.leftOutWay() != Directions.NONE && matches.occurs(phrasing.leftOutWord())) {
            Placement match = Placement.of(postings, matches);
            int sentence = tokens.sentence[match.first];
            int word = phrasing.leftOutWord();
            for (int p = matches.postingStart[word]; p < matches.postingStart[word + 1]; p++) {
                int at = matches.position[p];
                if (at < match.first - LEFT_OUT_REACH || at > match.last + LEFT_OUT_REACH || tokens.sentence[at] != sentence) {
                    continue;
                }
                byte way = wayTo(at, tokens);
                if (Directions.opposite(phrasing.leftOutWay(), way)) return true;
                // Beside the match, but its way said of a matched word instead: "converts glycogen to glucose" for
                // "converts glucose" (to glycogen).
                if (way == Directions.NONE && saidOfAMatchedWord(phrasing, postings, tokens, matches)) return true;
            }
        }
        return false;
    }

    private static boolean saidOfAMatchedWord(Phrasing phrasing, int[] postings, TokenizedText tokens, AnswerMatches matches) {
        for (int k = 0; k < postings.length; k++) {
            boolean undirected = phrasing.directions() == null || phrasing.directions()[k] == Directions.NONE;
            if (undirected && wayTo(matches.position[postings[k]], tokens) == phrasing.leftOutWay()) return true;
        }
        return false;
    }

    /** "it's not the", "that isn't a": a cue that denies what a thing is, not that it is there. */
    private static final Pattern CLEFT_BEFORE = Pattern.compile("(?i)\\b(?:it|that|this)(?:['\u2019]s|\\s+is|\\s+was)?\\s*$");
    private static final Pattern CLEFT_AFTER = Pattern.compile("(?i)^\\s+(?:the|a|an)\\s");

    /**
     * Whether the cue opens a cleft, "It's not the nutrients themselves that kill the fish": it says which thing does
     * something, not that the thing is lacking ("lack of nutrients").
     */
    private static boolean cleft(int cue, TokenizedText tokens) {
        return CLEFT_BEFORE.matcher(tokens.text).region(0, tokens.starts[cue]).find()
                && CLEFT_AFTER.matcher(tokens.text).region(tokens.ends[cue], tokens.text.length()).lookingAt();
    }

    /** How far from a near match its left-out word may stand and still be the one it left out: beside it. */
    private static final int LEFT_OUT_REACH = 2;

    private static byte wayTo(int at, TokenizedText tokens) {
        return Directions.before(tokens.text, at > 0 ? tokens.ends[at - 1] : 0, tokens.starts[at]);
    }

    /**
     * Whether the word at {@code at} is the opposite of the word a near match leaves out, denied right before it:
     * "behaviour does not match beliefs" for "behaviour conflicts with beliefs" says the idea again, so the opposite
     * reverses nothing and the denial denies nothing.
     */
    private static boolean deniedOpposite(Phrasing phrasing, TokenizedText tokens, int at) {
        return phrasing.reversedBy() != null && at > 0 && at < tokens.size && tokens.negator[at - 1]
                && Reversals.reverses(tokens.terms[at], phrasing.reversedBy());
    }

    /** Whether a matched word lies in the cue's clause. */
    private static boolean inAMatchedWordsClause(int cue, int[] postings, AnswerMatches matches) {
        for (int p : postings) {
            if (matches.tokens.clause[matches.position[p]] == matches.tokens.clause[cue]) return true;
        }
        return false;
    }

    /**
     * Where the text just before a match begins: after the word two before it, or, where its sentence starts closer,
     * where the sentence starts (its opening function words included).
     */
    private static int aroundStart(int first, TokenizedText tokens) {
        int sentence = tokens.sentence[first];
        if (first >= 2 && tokens.sentence[first - 2] == sentence) return tokens.ends[first - 2];
        int opening = first >= 1 && tokens.sentence[first - 1] == sentence ? first - 1 : first;
        int from = opening >= 1 ? tokens.ends[opening - 1] : 0;
        for (int i = tokens.starts[opening] - 1; i >= from; i--) if (endsSentence(tokens.text.charAt(i))) return i + 1;
        return from;
    }

    /** Where the text just after a match ends: before the word two after it, or as its sentence ends. */
    private static int aroundEnd(int last, TokenizedText tokens) {
        int sentence = tokens.sentence[last];
        if (last + 2 < tokens.size && tokens.sentence[last + 2] == sentence) return tokens.starts[last + 2];
        int closing = last + 1 < tokens.size && tokens.sentence[last + 1] == sentence ? last + 1 : last;
        int to = closing + 1 < tokens.size ? tokens.starts[closing + 1] : tokens.text.length();
        for (int i = tokens.ends[closing]; i < to; i++) if (endsSentence(tokens.text.charAt(i))) return i;
        return to;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\r';
    }

    /** The first of the match's words after the cue is the privative's base ("labels" after "unlabeled ... without"). */
    private static boolean negatesThePrivativesBase(int cue, int[] postings, Phrasing phrasing, AnswerMatches matches) {
        int next = -1;
        int base = -1;
        for (int k = 0; k < postings.length; k++) {
            int at = matches.position[postings[k]];
            if (matches.privative[postings[k]]) base = phrasing.words()[k];
            if (at > cue && (next < 0 || at < matches.position[postings[next]])) next = k;
        }
        return next < 0 || phrasing.words()[next] == base;
    }
}

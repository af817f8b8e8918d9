package dev.latent.scoring;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the learner takes back while writing ("the risk is overfitting, no wait, it can't reconstruct the input"):
 * the words before a self-correction count neither for nor against them, and the correction's own words are neither
 * content nor negation (its "no" denies what came before, not what follows).
 */
final class Retractions {

    /**
     * What follows a "no wait" or "wait, no" that corrects: a pause, or the start of a new claim ("wait no it can't",
     * "no wait, not necessarily"). Not a word the "no" quantifies: "hold and wait, no preemption" lists a deadlock
     * condition, and "no wait time" is a claim about waiting.
     */
    private static final String STARTS_AGAIN = "(?=\\s*(?:[,.!;:\u2013\u2014-]|$)|\\s+(?:i|im|it|its|that|thats|this|they|theyre|you|we|he"
            + "|she|there|the|a|an|not|actually|sorry|wrong|scratch|hmm+|um+|ok|okay|my)\\b)";

    /**
     * A self-correction: "no wait", "wait, no", "scratch that", "no, I mean", "sorry, I mean", "I meant", "never
     * mind" (before a pause), "I take that back", "no, that's wrong". Not a bare "I mean", which as often explains
     * what was just said as corrects it, nor a bare "actually no", which as often starts a claim ("actually no labels").
     */
    private static final Pattern SELF_CORRECTION = Pattern.compile(
            "\\b(?:(?:no[,.]?\\s+wait|wait[,.]?\\s+no)\\b" + STARTS_AGAIN + "|scratch\\s+that|(?:no|sorry)[,.]?\\s+i\\s+mean|i\\s+meant"
                    + "|never\\s*mind(?=\\s*(?:[,.;:!\u2013\u2014-]|$))|i\\s+take\\s+(?:that|it)\\s+back"
                    + "|no[,.]?\\s+that(?:'s|\u2019s|\\s+is)\\s+(?:wrong|not\\s+right))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final String THAT_IS = "that(?:'s|\u2019s|\\s+is|\\s+was)";
    private static final String NOT_AUX = "(?:don't|don\u2019t|doesn't|doesn\u2019t|didn't|didn\u2019t|aren't|aren\u2019t"
            + "|isn't|isn\u2019t|can't|can\u2019t|won't|won\u2019t|do\\s+not|does\\s+not|are\\s+not|is\\s+not|cannot)";

    /**
     * Corrections that only read as one where a sentence or a dashed aside begins, after something was said: "That's
     * wrong.", "Sorry, that's not true", "Correction: ...", "No, they don't", "Actually no, ...", "Wrong, ...", "- no,
     * that's a discriminative model". Mid-sentence, "that's wrong" or "no, it doesn't" is as often a claim, and "That's
     * wrong to say ..." denies what follows it. Of "No, they don't need labels" only the "No" is the correction: the
     * rest denies the claim again.
     */
    private static final Pattern OPENING_CORRECTION = Pattern.compile(
            "(?:(?:wait|hmm+|oops|sorry|um+|uh+|ok|okay)[,.!]?\\s+)?"
                    + "(?:" + THAT_IS + "\\s+(?:wrong|incorrect|false|not\\s+(?:right|true|correct)|a\\s+mistake)\\b"
                    + "(?!\\s+(?:to|that|of|about|for)\\b)"
                    + "|that\\s+(?:isn't|isn\u2019t|wasn't|wasn\u2019t)\\s+(?:right|true|correct)\\b"
                    + "|correction\\s*:|wrong\\s*(?:[.!:]|,(?!\\s*(?:or|and)\\b))|(?:actually|wait|hmm+),?\\s+no\\s*[,.!]"
                    + "|nope\\s*[,.!]|my\\s+(?:mistake|bad)\\s*[,.!:]|ignore\\s+that\\s*[,.!:]"
                    + "|no[,.]?(?=\\s+(?:they|it|that|this|you|we)\\s+" + NOT_AUX + "(?![\\p{L}'\u2019]))"
                    + "|no[,.]\\s+" + THAT_IS + "\\s+(?:a|an|the|what)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The learner dismissing the idea just written, where a sentence begins: "maybe it could generate more labeled
     * data? Actually that wouldn't work, ..." (a thinking-aloud answer of the twelfth dev set, graded 3, scored 0 for
     * the claim it dismissed). Read after a question too: the learner asked it of themselves.
     */
    private static final Pattern DISMISSAL = Pattern.compile("(?:(?:actually|but|hmm+|wait|no)[,.!]?\\s+)?that\\s+(?:wouldn't"
            + "|wouldn\u2019t|would\\s+not|won't|won\u2019t|will\\s+not|can't|can\u2019t|cannot|couldn't|couldn\u2019t|could\\s+not"
            + "|doesn't|doesn\u2019t|does\\s+not)\\s+(?:really\\s+)?(?:work|make\\s+sense)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Corrections read anywhere the learner writes them, besides {@link #SELF_CORRECTION}'s: "X, or rather Y", "oops, I
     * mean", "X (wrong, ...)".
     */
    private static final Pattern CORRECTION_ANYWHERE = Pattern.compile(
            "\\b(?:or\\s+rather|oops[,.]?\\s+i\\s+mean|sorry[,.]?\\s+i\\s+meant)\\b|\\(\\s*wrong\\s*[,.:;!]",
            Pattern.CASE_INSENSITIVE);

    /**
     * Two alternatives offered, "either A or B" or "maybe A, or maybe B", of which the learner then picks one: "...
     * Probably the second one is what they mean.", "I think the variational one." (hedging answers of the fourteenth dev
     * set lost the idea they chose to the one they set aside).
     */
    private static final Pattern ALTERNATIVES = Pattern.compile("\\b(?:either|maybe|perhaps)\\b([^.?!;]+?)\\bor\\b"
            + "(?:\\s+(?:maybe|perhaps)\\b)?", Pattern.CASE_INSENSITIVE);
    /** The pick, where a clause or sentence begins: "the second one", "the latter", "I think it's the reconstruction one". */
    private static final Pattern PICK = Pattern.compile("(?:(?:probably|prob|i\\s+think|i'd\\s+say|i\\s+guess|most\\s+likely)"
            + ",?\\s+)?(?:(?:it's|it\\u2019s|its|it\\s+is)\\s+)?the\\s+(?:(second|latter|last|first|former)\\b(?:\\s+(?:one|option))?"
            + "|([\\p{L}-]+)\\s+(?:one|option)\\b)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A clause that hangs on the one before it ("..., because D is supervised"): taken back with it. */
    private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\s*(?:because|since|as|so|which|that|who|where"
            + "|bc|cuz|cos|coz)\\b");

    private Retractions() {
    }

    /** Marks the learner's retractions in {@code tokens}: {@link TokenizedText#retracted}, and the corrections' own words. */
    static void mark(TokenizedText tokens) {
        String text = tokens.text;
        // These searches run on every answer graded: each looks only where its corrections can be.
        String lower = text.toLowerCase(Locale.ROOT);
        if (maySelfCorrect(lower)) {
            Matcher correction = SELF_CORRECTION.matcher(text);
            while (correction.find()) {
                int from = retractedFrom(text, correction.start(), !tokens.readsAsTrained);
                retract(tokens, from, correction.start(), correction.end());
            }
        }
        if (tokens.readsAsTrained) return; // the reference model keeps the reading it was trained on
        if (text.indexOf('(') >= 0 || lower.contains("rather") || lower.contains("oops") || lower.contains("meant")) {
            Matcher anywhere = CORRECTION_ANYWHERE.matcher(text);
            while (anywhere.find()) {
                retract(tokens, retractedFrom(text, anywhere.start(), true), anywhere.start(), anywhere.end());
            }
        }
        if (tokens.size == 0) return;
        if (lower.contains(" or ") && (lower.contains("either") || lower.contains("maybe") || lower.contains("perhaps"))
                && lower.contains("the ")) {
            markSetAside(tokens);
        }
        Matcher opening = OPENING_CORRECTION.matcher(text);
        Matcher dismissal = DISMISSAL.matcher(text);
        for (int boundary = 0; boundary < text.length(); boundary++) {
            char c = text.charAt(boundary);
            if (c != '?' && ".!\n\r-\u2013\u2014;:(".indexOf(c) < 0) continue;
            int start = boundary + 1;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
            if (start == text.length()) break;
            if (tokens.starts[0] >= boundary) continue; // nothing said before it
            // "Do GANs need labels? No, they don't." answers the question; it takes nothing back.
            Matcher taken = c != '?' && opening.region(start, text.length()).lookingAt() ? opening
                    : dismissal.region(start, text.length()).lookingAt() ? dismissal : null;
            // After a question, what is taken back is the question itself ("... more labeled data? Actually that wouldn't work").
            if (taken != null) retract(tokens, retractedFrom(text, c == '?' ? boundary : start, true), start, taken.end());
        }
    }

    /** Whether the (lower-cased) text holds a word every {@link #SELF_CORRECTION} needs. */
    private static boolean maySelfCorrect(String lower) {
        return lower.contains("wait") || lower.contains("scratch") || lower.contains("mean") || lower.contains("mind")
                || lower.contains("back") || lower.contains("wrong") || lower.contains("right");
    }

    /** Takes back the alternative the learner did not pick, and the pick's own words ({@link #ALTERNATIVES}, {@link #PICK}). */
    private static void markSetAside(TokenizedText tokens) {
        String text = tokens.text;
        Matcher alternatives = ALTERNATIVES.matcher(text);
        Matcher pick = PICK.matcher(text);
        int searchFrom = 0;
        while (searchFrom < text.length() && alternatives.find(searchFrom)) {
            searchFrom = alternatives.end();
            int secondEnd = pickStart(text, pick, alternatives.end());
            if (secondEnd < 0) continue;
            String first = alternatives.group(1).toLowerCase(Locale.ROOT);
            String second = text.substring(alternatives.end(), secondEnd).toLowerCase(Locale.ROOT);
            String ordinal = pick.group(1) == null ? null : pick.group(1).toLowerCase(Locale.ROOT);
            String named = pick.group(2) == null ? null : pick.group(2).toLowerCase(Locale.ROOT);
            boolean keepsSecond = ordinal != null ? !ordinal.equals("first") && !ordinal.equals("former")
                    : mentions(second, named) && !mentions(first, named);
            boolean keepsFirst = ordinal != null ? !keepsSecond : mentions(first, named) && !mentions(second, named);
            if (keepsSecond) retract(tokens, alternatives.start(1), alternatives.end(1), alternatives.end(1));
            if (keepsFirst) retract(tokens, alternatives.end(), secondEnd, secondEnd);
            if (keepsFirst || keepsSecond) retract(tokens, pick.start(), pick.start(), pick.end());
            searchFrom = pick.end();
        }
    }

    /**
     * Where the pick begins, at the start of a clause in the second alternative's sentence or the next one, or -1:
     * the second alternative runs up to it.
     */
    private static int pickStart(String text, Matcher pick, int from) {
        int sentences = 0;
        for (int i = from; i < text.length() && sentences < 2; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!') sentences++;
            if (!isClauseEnd(c)) continue;
            int start = i + 1;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
            if (pick.region(start, text.length()).lookingAt()) return i;
        }
        return -1;
    }

    /** Whether an alternative has a word starting like the pick's ("the reconstruction one" names "fails to reconstruct"). */
    private static boolean mentions(String alternative, String word) {
        String stem = word.length() > 6 ? word.substring(0, 6) : word;
        for (int at = alternative.indexOf(stem); at >= 0; at = alternative.indexOf(stem, at + 1)) {
            if (at == 0 || !Character.isLetter(alternative.charAt(at - 1))) return true;
        }
        return false;
    }

    /**
     * Where what a correction takes back begins: the clause before it, and the one before that where it only hangs on
     * it ("GANs need labels, because D is supervised. No wait, that's wrong." takes back both). A list's other items
     * stay said: "Mode collapse, instability, and GANs need labels. That's wrong." takes back only the last.
     */
    private static int retractedFrom(String text, int correction, boolean withItsMainClause) {
        int from = correction;
        while (from > 0 && isRetractionPause(text.charAt(from - 1))) from--;
        from = clauseStart(text, from);
        if (withItsMainClause && from > 0 && text.charAt(from - 1) == ','
                && SUBORDINATE.matcher(text).region(from, text.length()).lookingAt()) {
            from = clauseStart(text, from - 1);
        }
        return from;
    }

    private static int clauseStart(String text, int from) {
        while (from > 0 && !isClauseEnd(text.charAt(from - 1))) from--;
        return from;
    }

    private static void retract(TokenizedText tokens, int from, int correctionStart, int correctionEnd) {
        if (tokens.retracted == null) tokens.retracted = new boolean[tokens.terms.length];
        for (int i = 0; i < tokens.size; i++) {
            if (tokens.starts[i] >= from && tokens.starts[i] < correctionStart) tokens.retracted[i] = true;
            if (tokens.starts[i] >= correctionStart && tokens.starts[i] < correctionEnd) {
                tokens.retracted[i] = true;
                tokens.negator[i] = false;
            }
        }
        tokens.retractedUpTo = Math.max(tokens.retractedUpTo, from == 0 ? correctionStart : -1);
    }

    /** Punctuation and spaces between what is taken back and the self-correction itself. */
    private static boolean isRetractionPause(char c) {
        return Character.isWhitespace(c) || c == ',' || c == '.' || c == '-' || c == '\u2013' || c == '\u2014' || c == '!';
    }

    private static boolean isClauseEnd(char c) {
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r'
                || c == '(' || c == '\u2013' || c == '\u2014';
    }
}

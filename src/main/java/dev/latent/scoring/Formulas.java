package dev.latent.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phrasings that are formulas: "V = IR", "I = V/R", "1/R = 1/R1 + 1/R2", "u · v = 0". The analyzer reads their
 * symbols as words and drops the signs, so "V = I/R" and "I = V/R" both came down to "v r", and "V = I × R" held the
 * wrong formula "V = I/R". A formula is matched as written instead, its spacing free, its sides either way round
 * ("IR = V"), a product written with or without its sign ("IR", "I*R", "I x R", "I × R"), a square also as "²", the
 * signs also as words ("V equals I times R", "over", "plus", "minus", "squared"), and through a chain of equations
 * ("u · v = u1v1 + ... + unvn = 0" says "u · v = 0").
 */
final class Formulas {

    /** Names of functions, kept whole; any other run of letters is a product of one-letter symbols. */
    private static final Set<String> FUNCTIONS = Set.of("sqrt", "sin", "cos", "tan", "log", "ln", "exp", "det");
    /** Every character a formula may hold: symbols, digits, signs, brackets. */
    private static final Pattern FORMULA_CHARS = Pattern.compile("[\\p{L}\\p{N}_\\s=+\\-\u2212*\u00D7\u00B7\u22C5/^().,'\u00B2\u00B3]+");
    private static final Pattern LETTER_RUN = Pattern.compile("\\p{L}+");

    /**
     * A product's sign in an answer, where the formula writes none or a times sign: "IR", "I*R", "I x R", "I × R",
     * "I·R", "I times R".
     */
    private static final String TIMES = "(?:\\s*[*\u00D7\u00B7\u22C5]\\s*|\\s+(?:x|times|multiplied\\s+by)\\s+|\\s*)";
    /**
     * An equals sign, or the word, and a chain through one more expression: "u · v = u1v1 + ... + unvn = 0" says
     * "u · v = 0".
     */
    private static final String EQUALS = "(?:\\s*=\\s*(?:[^=\\n;,]{1,40}?\\s*=\\s*)?|\\s+(?:equals?|is\\s+equal\\s+to)\\s+)";
    /** A dot product's sign: "u · v", "u.v" (not a times sign: "u × v" is another product). */
    private static final String DOT = "\\s*[\u00B7\u22C5.]\\s*";

    private Formulas() {
    }

    /**
     * Whether a phrasing is a formula: an equation ("=") of symbols, numbers and signs, whose only words of more than
     * three letters are functions ("sqrt"). "voltage = current x resistance" is words, and read as words.
     */
    static boolean isFormula(String phrasing) {
        if (phrasing.indexOf('=') < 0 || !FORMULA_CHARS.matcher(phrasing).matches()) return false;
        var runs = LETTER_RUN.matcher(phrasing);
        boolean symbol = false;
        while (runs.find()) {
            String run = runs.group();
            if (run.length() > 3 && !FUNCTIONS.contains(run.toLowerCase(java.util.Locale.ROOT))) return false;
            symbol = true;
        }
        return symbol;
    }

    /** The formula's pattern, matched as written ({@link Phrasing#isAsWritten}); null for a phrasing that is none. */
    static Pattern pattern(String formula) {
        if (!isFormula(formula)) return null;
        String[] sides = formula.split("=", -1);
        String written = sequence(formula);
        if (sides.length == 2 && !sides[0].isBlank() && !sides[1].isBlank()) {
            written = "(?:" + written + "|" + sequence(sides[1] + "=" + sides[0]) + ")";
        }
        return Pattern.compile(START + written + ")(?![\\p{L}\\p{N}])");
    }

    private static final String START = Phrasing.AS_WRITTEN_START + "(?<formula>";

    /** Whether a phrasing's claim pattern is a formula's ({@link #pattern}), whose slashes divide, not separate. */
    static boolean isPattern(Pattern claim) {
        return claim != null && claim.pattern().startsWith(START);
    }

    /** The regular expression of one way round: each symbol in turn, the signs between them as an answer may write them. */
    private static String sequence(String formula) {
        List<String> parts = new ArrayList<>();
        boolean operandBefore = false; // a product without its sign comes between two operands
        int i = 0;
        while (i < formula.length()) {
            char c = formula.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetter(c)) {
                int end = i;
                while (end < formula.length() && Character.isLetter(formula.charAt(end))) end++;
                String run = formula.substring(i, end);
                if (FUNCTIONS.contains(run.toLowerCase(java.util.Locale.ROOT))) {
                    if (operandBefore) parts.add(TIMES);
                    parts.add(Pattern.quote(run));
                } else {
                    for (char letter : run.toCharArray()) {
                        if (operandBefore) parts.add(TIMES);
                        parts.add(Pattern.quote(String.valueOf(letter)));
                        operandBefore = true;
                    }
                }
                operandBefore = true;
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < formula.length() && (Character.isDigit(formula.charAt(end)) || formula.charAt(end) == '.')) end++;
                if (operandBefore) parts.add(TIMES);
                parts.add(Pattern.quote(formula.substring(i, end)));
                operandBefore = true;
                i = end;
            } else {
                i++;
                switch (c) {
                    case '*', '\u00D7' -> {
                        parts.add(TIMES);
                        operandBefore = false;
                        continue;
                    }
                    case '\u00B7', '\u22C5' -> parts.add(DOT);
                    case '-', '\u2212' -> parts.add("(?:\\s*[-\u2212]\\s*|\\s+minus\\s+)");
                    case '+' -> parts.add("(?:\\s*\\+\\s*|\\s+plus\\s+)");
                    case '/' -> parts.add("(?:\\s*/\\s*|\\s+(?:over|divided\\s+by)\\s+)");
                    case '=' -> parts.add(EQUALS);
                    case '^' -> {
                        // "^2" also as "²", "^3" as "³"
                        int digit = i < formula.length() ? formula.charAt(i) : -1;
                        if (digit == '2' || digit == '3') {
                            parts.add("(?:\\s*\\^\\s*" + (char) digit + "|" + (digit == '2' ? "\u00B2|\\s*squared" : "\u00B3|\\s*cubed") + ")");
                            i++;
                            operandBefore = true;
                            continue;
                        }
                        parts.add("\\s*\\^\\s*");
                    }
                    case '\u00B2' -> parts.add("(?:\\s*\\^\\s*2|\u00B2|\\s*squared)");
                    case '\u00B3' -> parts.add("(?:\\s*\\^\\s*3|\u00B3|\\s*cubed)");
                    case '(' -> {
                        if (operandBefore) parts.add(TIMES);
                        parts.add("\\s*\\(\\s*");
                    }
                    default -> parts.add("\\s*" + Pattern.quote(String.valueOf(c)) + "\\s*");
                }
                operandBefore = c == ')' || c == '\u00B2' || c == '\u00B3' || c == '\'';
            }
        }
        return String.join("", parts);
    }
}

package dev.latent.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer that calls the two things a question asks it to tell apart the same: "They are basically the same
 * thing", "There is no real difference", "A switch is basically the same thing but with more ports". It denies what
 * the question asks, whatever keywords follow; no rubric lists it, and on every deck's tuning answers the graders gave
 * such answers 0 or 1. Not where the learner reports a belief ("people often think they are the same") or goes on
 * to deny it ("..., but they are not"), nor where it asks ("They are the same thing? No, ..."), nor where what it
 * calls the same is something else ("under cash accounting, cash and profit are the same thing").
 */
final class SameThing {

    /** The question asks how things differ. */
    private static final Pattern DIFFERENCE_ASKED = Pattern.compile(
            "(?i)\\b(?:differen\\w*|differ|differs|distinguish\\w*|compare|contrast|versus|vs\\.?)(?![\\p{L}])");

    private static final String ADVERB = "(?:basically|just|really|essentially|actually|pretty\\s+much|more\\s+or\\s+less"
            + "|kind\\s+of|kinda|practically|all|both|literally|exactly)";
    /** "they are (basically) the same (thing)", "they do the same thing", "there is no (real) difference". */
    private static final Pattern SAID_OF_BOTH = Pattern.compile("(?i)"
            + "\\b(?:they|both|these|those|the\\s+two|both\\s+of\\s+them)\\s*(?:'re|\\s+are|\\s+do|\\s+mean)\\s+(?:" + ADVERB
            + "\\s+){0,2}(?:the\\s+)?same(?:\\s+(?:thing|things|process|concept|idea|word|term)\\b|\\s*(?=[,.;:!?]|$))"
            + "|\\bno\\s+(?:real\\s+|actual\\s+|big\\s+)?difference\\b(?!\\s+(?:in|for|when|if|to|between\\s+the)\\b)");
    /** "a switch is basically the same thing", "mass and weight mean the same": said of what the words before name. */
    private static final Pattern SAID_OF_NAMED = Pattern.compile("(?i)"
            + "\\b(?:is|are|'s)\\s+(?:" + ADVERB + "\\s+){0,2}the\\s+same\\s+(?:thing|things|process|concept)\\b"
            + "|\\bmean\\s+the\\s+same\\b");
    /** Up to three words right before the match, after the last comma or colon: what it is said of. */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?:[\\p{L}\\p{N}'-]+\\s+){0,2}[\\p{L}\\p{N}'-]+\\s*$");
    private static final Set<String> NOT_NAMES = Set.of("a", "an", "the", "and", "or", "so", "then", "but", "i", "think",
            "guess", "basically", "just", "really", "both", "also");
    /**
     * Before it in its sentence: a belief reported, not held ("people think they are the same"), or a denial. ("I
     * think" only hedges the learner's own claim.)
     */
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:(?<!\\bI\\s)think|thinks|believe|believes|assume|assumes|confuse|"
            + "confused|mistake|mistaken|seem|seems|sound|sounds|look|looks|appear|appears|misconception|myth|often|people"
            + "|might|may|at\\s+first|not)\\b");
    private static final Pattern DENIED_AFTER = Pattern.compile("(?i)\\b(?:not|never)\\b|n't\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The question's words, lower case. */
    private final Set<String> asked;

    private SameThing(Set<String> asked) {
        this.asked = asked;
    }

    /** For a question that asks how things differ; null for any other. */
    static SameThing of(String prompt) {
        if (prompt == null || !DIFFERENCE_ASKED.matcher(prompt).find()) return null;
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(prompt.toLowerCase(Locale.ROOT));
        while (word.find()) words.add(word.group());
        return new SameThing(words);
    }

    /** Where the answer calls the two the same, or null. */
    Evidence in(String text) {
        Evidence found = first(SAID_OF_BOTH, text, false);
        return found != null ? found : first(SAID_OF_NAMED, text, true);
    }

    private Evidence first(Pattern pattern, String text, boolean named) {
        Matcher same = pattern.matcher(text);
        while (same.find()) {
            int sentenceStart = Math.max(Math.max(text.lastIndexOf('.', same.start()), text.lastIndexOf('!', same.start())),
                    text.lastIndexOf('?', same.start())) + 1;
            int sentenceEnd = sentenceEnd(text, same.end());
            if (REPORTED.matcher(text).region(sentenceStart, same.start()).find()) continue;
            if (DENIED_AFTER.matcher(text).region(same.end(), sentenceEnd).find()) continue;
            if (sentenceEnd < text.length() && text.charAt(sentenceEnd) == '?') continue; // asked, not said
            if (named && !namesWhatIsAsked(text, Math.max(sentenceStart, Math.max(text.lastIndexOf(',', same.start()),
                    text.lastIndexOf(':', same.start())) + 1), same.start())) {
                continue;
            }
            Span words = new Span(same.start(), same.end());
            return new Evidence(same.group(), same.start(), same.end(), same.group(), List.of(words), false, null);
        }
        return null;
    }

    /** Whether the words right before the match name only things the question names ("a switch", "mass"). */
    private boolean namesWhatIsAsked(String text, int from, int to) {
        Matcher before = NAMED_BEFORE.matcher(text).region(from, to);
        if (!before.find()) return false;
        boolean named = false;
        Matcher word = WORD.matcher(before.group().toLowerCase(Locale.ROOT));
        while (word.find()) {
            if (NOT_NAMES.contains(word.group())) continue;
            if (!askedAbout(word.group())) return false;
            named = true;
        }
        return named;
    }

    /** A word of the question, or the same word with another ending ("tuples" for "tuple"). */
    private boolean askedAbout(String word) {
        if (asked.contains(word)) return true;
        for (String question : asked) {
            if (question.length() >= 4 && word.length() >= 4 && (word.startsWith(question) || question.startsWith(word))) return true;
        }
        return false;
    }

    private static int sentenceEnd(String text, int from) {
        int end = text.length();
        for (char stop : new char[] {'.', '!', '?'}) {
            int at = text.indexOf(stop, from);
            if (at >= 0) end = Math.min(end, at);
        }
        return end;
    }
}

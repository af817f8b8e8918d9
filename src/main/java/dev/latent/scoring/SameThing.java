package dev.latent.scoring;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer that calls the two things a question asks it to tell apart the same: "They are basically the same
 * thing", "There is no real difference", "A switch is basically the same thing but with more ports". It denies what
 * the question asks, whatever keywords follow; no rubric lists it, and on every deck's tuning answers the graders gave
 * such answers 0 or 1. Not where the learner reports a belief ("people often think they are the same") or goes on
 * to deny it ("..., but they are not"), nor where it asks ("They are the same thing? No, ...").
 */
final class SameThing {

    private SameThing() {
    }

    /** The question asks how things differ. */
    private static final Pattern DIFFERENCE_ASKED = Pattern.compile(
            "(?i)\\b(?:differen\\w*|differ|differs|distinguish\\w*|compare|contrast|versus|vs\\.?)(?![\\p{L}])");

    private static final String ADVERB = "(?:basically|just|really|essentially|actually|pretty\\s+much|more\\s+or\\s+less"
            + "|kind\\s+of|kinda|practically|all|both|literally|exactly)";
    private static final Pattern SAME = Pattern.compile("(?i)"
            // "they are (basically) the same (thing)", "they do the same thing"
            + "\\b(?:they|both|these|those|the\\s+two|both\\s+of\\s+them)\\s*(?:'re|\\s+are|\\s+do|\\s+mean)\\s+(?:" + ADVERB
            + "\\s+){0,2}(?:the\\s+)?same(?:\\s+(?:thing|things|process|concept|idea|word|term)\\b|\\s*(?=[,.;:!?]|$))"
            // "a switch is basically the same thing"
            + "|\\b(?:is|are|'s)\\s+(?:" + ADVERB + "\\s+){0,2}the\\s+same\\s+(?:thing|things|process|concept)\\b"
            // "there is no (real) difference", not "no difference in speed"
            + "|\\bno\\s+(?:real\\s+|actual\\s+|big\\s+)?difference\\b(?!\\s+(?:in|for|when|if|to|between\\s+the)\\b)"
            + "|\\bmean\\s+the\\s+same\\b");
    /** Before it in its sentence: a belief reported, not held ("people think they are the same"), or a denial. */
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:think|thinks|believe|believes|assume|assumes|confuse|"
            + "confused|mistake|mistaken|seem|seems|sound|sounds|look|looks|appear|appears|misconception|myth|often|people"
            + "|might|may|at\\s+first|not)\\b");
    private static final Pattern DENIED_AFTER = Pattern.compile("(?i)\\b(?:not|never)\\b|n't\\b");

    static boolean asked(String prompt) {
        return prompt != null && DIFFERENCE_ASKED.matcher(prompt).find();
    }

    /** Where the answer calls the two the same, or null. */
    static Evidence in(String text) {
        Matcher same = SAME.matcher(text);
        while (same.find()) {
            int sentenceStart = Math.max(Math.max(text.lastIndexOf('.', same.start()), text.lastIndexOf('!', same.start())),
                    text.lastIndexOf('?', same.start())) + 1;
            int sentenceEnd = sentenceEnd(text, same.end());
            if (REPORTED.matcher(text).region(sentenceStart, same.start()).find()) continue;
            if (DENIED_AFTER.matcher(text).region(same.end(), sentenceEnd).find()) continue;
            if (sentenceEnd < text.length() && text.charAt(sentenceEnd) == '?') continue; // asked, not said
            Span words = new Span(same.start(), same.end());
            return new Evidence(same.group(), same.start(), same.end(), same.group(), List.of(words), false, null);
        }
        return null;
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

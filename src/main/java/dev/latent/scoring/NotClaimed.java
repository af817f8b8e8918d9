package dev.latent.scoring;

import dev.latent.scoring.PhraseFinder.Occurrence;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a wrong claim that the learner does not claim: asked as a question ("Is GAN training easy? Not at
 * all: ...", "The question is whether ..."), reported as what others believe or they once did ("People say GANs are
 * easy to train, but ...", "I used to think ..."), said of another thing in an aside ("Unlike a VAE, which has ..."),
 * or set as a condition ("If it is perfect on the training data only, ..."). A misconception or a stated opposite
 * found there costs nothing; the learner is usually setting it up to knock it down.
 */
final class NotClaimed {

    /**
     * Someone else's belief, up to the end of its stretch (the next "but", "however", ...). The frame must name who
     * believes it ("people think", "many believe", "a common misconception is that"): a bare "think" is the
     * learner's own hedge ("I think GANs are easy to train" is a claim).
     */
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:"
            + "(?:many|most|some|lots of|a lot of)?\\s*(?:people|students|beginners|others|folks)\\s+"
            + "(?:often\\s+|usually\\s+|tend to\\s+)?"
            + "(?:say|said|think|thought|believe|believed|assume|assumed|claim|claimed|argue|expect|imagine|suppose"
            + "|misunderstand|misunderstood|misread|misinterpret|misinterpreted|confuse|confused)s?"
            + "|(?:many|some|most)\\s+(?:say|think|believe|assume|claim)"
            + "|(?:it(?:'s| is)|that(?:'s| is)) (?:a )?"
            + "(?:myth|misconception|common mistake|common misconception|false|wrong|untrue|not true) (?:that|to say)"
            + "|(?:a |the )?(?:common )?(?:myth|misconception|mistake) is (?:that|to think)"
            + "|contrary to (?:popular belief|what (?:many|most|some) (?:people )?(?:think|believe))"
            + "|it is (?:often|commonly|sometimes|widely) (?:said|thought|believed|assumed|claimed) that"
            + ")\\b");

    /**
     * A reading others give a thing, not the learner's: "'survival of the fittest' is often taken to mean that the
     * strongest win", "it is commonly misunderstood as ...", "is often confused with". A plain "is taken to mean" is a
     * definition, so the neutral verbs need a word that says the reading is common or wrong.
     */
    private static final Pattern MISREAD = Pattern.compile("(?i)\\b(?:is|are|was|were|gets?|got)\\s+"
            + "(?:(?:often|commonly|usually|sometimes|widely|frequently|popularly)\\s+)?"
            + "(?:(?:often|commonly|usually|sometimes|widely|frequently|popularly|wrongly|mistakenly|incorrectly)\\s+"
            + "(?:taken|read|understood|interpreted|thought)|misunderstood|misread|misinterpreted|mistaken|confused)"
            + "\\s+(?:to\\s+mean|as|for|with)\\b");

    /** Words before a frame that agree with it: "As people say, ...", "It's true what people say: ...". */
    private static final Pattern AGREEING = Pattern.compile("(?i)(?:\\bas|\\b(?:true|right),? what)\\s*$");

    /**
     * A belief the learner had, or one the reader might have: "I used to think ...", "at first I thought ...", "you'd
     * expect ...", "one might assume ...". Not claimed only where the answer goes on to knock it down ({@link
     * #KNOCKED_DOWN}): "I always assumed X, and I still do" is the learner's claim.
     */
    private static final Pattern SET_UP = Pattern.compile("(?i)\\b(?:"
            + "I (?:always |once |originally |initially |first )?(?:used to|would have) (?:think|believe|assume)"
            + "|I (?:always|once|originally|initially|first) (?:thought|believed|assumed|expected)"
            + "|(?:at first|initially|originally|before),? I (?:thought|believed|assumed|expected)"
            + "|my first (?:guess|thought|instinct|idea) (?:was|is)(?: that)?"
            + "|(?:you|one)(?:'d|’d| would| might| may| could)(?: easily)? (?:think|expect|assume|imagine|guess|believe)"
            + "|you(?:'d|’d| would) be forgiven for thinking"
            + ")\\b");

    /** What knocks a belief set up down, after it in its sentence or the next. */
    private static final Pattern KNOCKED_DOWN = Pattern.compile("(?i)\\b(?:but|however|yet|although|though|actually"
            + "|in fact|in reality|in practice|turns out|now|wrong|not|isn't|aren't|doesn't|don't|never|no|until"
            + "|changed my mind|learned|learnt|realised|realized|found out|discovered|then I (?:tried|saw|read))\\b");

    /**
     * What is asked, not said, up to its comma: "the question is whether ...", "you might ask if ...". Not "whether or
     * not": "Whether or not you like it, GANs ..." concedes and goes on to claim.
     */
    private static final Pattern ASKED = Pattern.compile("(?i)\\b(?:whether(?! or not)"
            + "|(?:ask|asks|asked|asking|wonder|wonders|wondering) if)\\b");

    /**
     * The learner agreeing with what they set up, after it: "..., and they are right", "I still do", "I agree",
     * "That's true", "..., and honestly they are."
     */
    private static final Pattern ENDORSED = Pattern.compile("(?i)(?:"
            + "\\b(?:they|you|he|she|people|it)(?:'re|’re|'d be|’d be| are| is| were| was| would be) (?:right|correct)\\b"
            + "|\\bI (?:still (?:do|think so|believe (?:it|that|so))|agree|was right)\\b"
            + "|\\b(?:that|which)(?:'s|’s| is) (?:true|right|correct)\\b|\\brightly so\\b"
            + "|\\b(?:they|you|he|she|people)(?:'re|’re| are)(?: not|n't|n’t) wrong\\b|\\baren't wrong\\b"
            + "|\\bturns out (?:they|it) (?:really |actually )?(?:are|is|do|does)\\b(?!\\s*(?:not|n't))"
            + "|\\b(?:and|,)\\s+(?:honestly |actually |really |indeed )?(?:they|it) (?:are|is|do|does|can|will)\\s*(?:[.!,;]|$))");

    /** A reply that agrees with the question before it: "Yes", "Absolutely", "Of course it does", "It does", "I think so". */
    private static final Pattern AFFIRMED = Pattern.compile("(?i)(?:yes|yeah|yep|yup|absolutely|of course|definitely"
            + "|certainly|sure|indeed|correct|right|true|exactly|totally|basically|pretty much|mostly|that(?:'s|’s| is) "
            + "(?:right|true|correct)|I (?:think|believe) so|(?:it|they) (?:is|are|does|do|can|will|has|have))"
            + "\\b(?!\\s*(?:not|n't|no)\\b)(?!n't)");

    private NotClaimed() {
    }

    /**
     * Whether the occurrence lies in a question the learner asks (not answered yes), an aside about another thing or a
     * condition, or a word of it is said to be lacking ("training is less stable", "far from stable" do not claim it is
     * stable); or in a belief they report, a question they restate or a belief they set up to knock down, unless they
     * go on to agree with it ("..., and they are right").
     */
    static boolean test(Occurrence occurrence, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        String text = tokens.text;
        if (inQuestion(occurrence, text) || lessened(occurrence, matches) || saidOfAnother(occurrence, text)
                || conditional(occurrence, text) || judgedAsATask(occurrence, text) || ruledOutByDegree(occurrence, text)
                || ownedByAnother(occurrence, matches) || deniedRightAfter(occurrence, text) || exceeded(occurrence, text)
                || converse(occurrence, text)) {
            return true;
        }
        boolean framed = reported(occurrence, tokens, REPORTED) || reported(occurrence, tokens, MISREAD)
                || MISREAD.matcher(text).region(occurrence.start(), occurrence.end()).find() || asked(occurrence, text)
                || reported(occurrence, tokens, SET_UP) && knockedDown(occurrence, text);
        return framed && !ENDORSED.matcher(text).region(occurrence.end(), endOfNextSentence(text, occurrence.end())).find();
    }

    /**
     * A negated verb right after the claim's words: "two passwords isn't 2FA", "entering the password twice does not
     * count" deny what the words name (not "not only", "not just", "not because", which go on to say more); and a "no"
     * in the cell after them, as a table typed on one line answers its heading ("necessarily good | no").
     */
    private static final Pattern DENIED_RIGHT_AFTER = Pattern.compile("(?i)^[\\s,]*(?:(?:is|are|was|were|does|do|did|would|will"
            + "|can|could|should|must)\\s*(?:not\\b|n't\\b)|isn't\\b|aren't\\b|doesn't\\b|don't\\b|won't\\b|wouldn't\\b|can't\\b"
            + "|cannot\\b|never\\b)(?!\\s+(?:only|just|simply|merely|because|that|to)\\b)"
            // a heading answered in its cell: "necessarily good | no", "necessarily good? -> no"
            + "|^\\s*\\??\\s*(?:[|:=]|->|\u2192)\\s*(?:no|nope|false|wrong|never)\\b");

    private static boolean deniedRightAfter(Occurrence occurrence, String text) {
        return DENIED_RIGHT_AFTER.matcher(text).region(occurrence.end(), text.length()).lookingAt();
    }

    /** What opens an aside about another thing: "Unlike a VAE, which has an encoder and a decoder, a GAN ...". */
    private static final Pattern SET_ASIDE = Pattern.compile("(?i)\\b(?:unlike|as opposed to|in contrast (?:to|with)"
            + "|compared (?:to|with)|contrary to)\\b");

    /** A comma that goes on with a relative clause ("unlike a VAE, which has ..."): the aside is not over. */
    private static final Pattern RELATIVE_COMMA = Pattern.compile("(?i),\\s*(?:which|that|who|whose|where)\\b");

    /**
     * The occurrence lies in an aside about another thing, still open: "Unlike a VAE, which has an encoder and a
     * decoder, a GAN ..." says the encoder and decoder are the VAE's.
     */
    private static boolean saidOfAnother(Occurrence occurrence, String text) {
        String between = sinceLast(SET_ASIDE, occurrence, text);
        if (between == null) return false;
        int commas = (int) between.chars().filter(c -> c == ',').count();
        Matcher relative = RELATIVE_COMMA.matcher(between);
        int relatives = 0;
        while (relative.find()) relatives++;
        return commas == relatives && between.indexOf('(') < 0 && between.indexOf(')') < 0;
    }

    /** The occurrence lies in what is asked ("the question is whether ..."), before its comma. */
    private static boolean asked(Occurrence occurrence, String text) {
        String between = sinceLast(ASKED, occurrence, text);
        return between != null && between.indexOf(',') < 0;
    }

    private static boolean knockedDown(Occurrence occurrence, String text) {
        return KNOCKED_DOWN.matcher(text).region(occurrence.end(), endOfNextSentence(text, occurrence.end())).find();
    }

    /** Where the sentence after the one at {@code from} ends (the text's end if there is none). */
    private static int endOfNextSentence(String text, int from) {
        int end = from;
        for (int sentences = 0; sentences < 2 && end < text.length(); sentences++) {
            while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) end++;
            while (end < text.length() && ".!?\n ".indexOf(text.charAt(end)) >= 0) end++;
        }
        return end;
    }

    /** Another owner's possessive right before a word: "the Moon's ", "GANs' ". */
    private static final Pattern OTHERS = Pattern.compile("(?i)\\b[\\p{L}\\d-]+(?:['’]s|s['’])\\s+$");

    /**
     * A word of the claim belongs to another owner, named right before it: "the Moon passes between the Sun and the
     * Earth, so the Moon's shadow falls on Earth" is no "Earth's shadow falls". The first word's own possessive is
     * its own ("the Earth's shadow falls").
     */
    private static boolean ownedByAnother(Occurrence occurrence, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        int[] postings = occurrence.postings();
        int[] positions = new int[postings.length];
        for (int k = 0; k < postings.length; k++) positions[k] = matches.position[postings[k]];
        Arrays.sort(positions); // in the answer's order, whatever the phrasing's
        for (int k = 1; k < positions.length; k++) {
            int from = tokens.ends[positions[k - 1]];
            int to = tokens.starts[positions[k]];
            if (to > from && OTHERS.matcher(tokens.text).region(from, to).find()) return true;
        }
        return false;
    }

    /** A wrong claim that something is no more than a thing: "simply split on whitespace", "just memorises". */
    private static final Pattern RESTRICTIVE = Pattern.compile("(?i)\\b(?:just|only|simply|merely|purely|solely|nothing\\s+but)\\b");

    /** "more than (just)", "harder than", "goes beyond (simply)", right before the claim's words. */
    private static final Pattern MORE_THAN = Pattern.compile("(?i)(?:\\b(?:more|harder|trickier|broader|wider|bigger|complex"
            + "|complicated|involved)\\s+than|\\bbeyond)\\s+(?:(?:just|only|simply|merely|purely)\\s+)?$");

    /** Words that make what comes before them the condition of what comes after: "A is necessary for B". */
    private static final Pattern CONDITION_FOR = Pattern.compile("(?i)\\b(?:necessary|required|needed|essential"
            + "|a\\s+(?:necessary\\s+)?(?:condition|prerequisite|precondition))\\s+for\\b");

    /**
     * The claim's first words said to be needed for its last: "continuity is necessary for differentiability" is the
     * converse of "if continuous then differentiable" (the calculus deck's model answer read as that wrong claim),
     * unless the claim itself is one of need.
     */
    private static boolean converse(Occurrence occurrence, String text) {
        return CONDITION_FOR.matcher(text).region(occurrence.start(), occurrence.end()).find()
                && !CONDITION_FOR.matcher(occurrence.phrasing().text()).find();
    }

    /**
     * A claim that a thing is no more than something, said to be more than it: "it is more than splitting on
     * whitespace" and "goes beyond simply splitting" deny "tokenization is simply splitting on spaces" (the
     * natural-language-processing deck's model answer read as that wrong claim).
     */
    private static boolean exceeded(Occurrence occurrence, String text) {
        return RESTRICTIVE.matcher(occurrence.phrasing().text()).find()
                && MORE_THAN.matcher(text).region(Math.max(0, occurrence.start() - 40), occurrence.start()).find();
    }

    /** "too small to", "too far away to": what follows is what cannot happen. */
    private static final Pattern TOO_MUCH_TO = Pattern.compile("(?i)\\btoo\\s+(?:[\\w'’-]+\\s+){1,2}to\\s+(?:[\\w'’-]+\\s+)?$");

    /**
     * The occurrence follows "too [something] to": "the Sun is too small to become a black hole" rules the black hole
     * out. Only right before the claim, in its sentence.
     */
    private static boolean ruledOutByDegree(Occurrence occurrence, String text) {
        int from = Math.max(0, occurrence.start() - 40);
        return TOO_MUCH_TO.matcher(text).region(from, occurrence.start()).find();
    }

    /**
     * A condition's opener; not the hedges that only open a claim ("if you ask me", "if I remember right", "unless
     * I'm mistaken"), which the learner may write without a comma.
     */
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:if|unless|suppose|supposing|assuming|in case)\\b"
            + "(?!\\s+(?:you ask me|I remember|I recall|I(?:'m|’m| am) (?:not )?(?:mistaken|wrong)|memory serves)\\b)");

    /**
     * The occurrence lies in a condition ("If it is perfect on training data only, it may overfit"), before its comma;
     * unless the claim is itself one of a condition ("if continuous then differentiable"), which a condition states.
     */
    private static boolean conditional(Occurrence occurrence, String text) {
        if (CONDITION.matcher(occurrence.phrasing().text()).find()) return false;
        String between = sinceLast(CONDITION, occurrence, text);
        return between != null && between.indexOf(',') < 0 && !between.toLowerCase(Locale.ROOT).contains(" then ");
    }

    /** The text from the last {@code opener} before the occurrence, in its sentence, to the occurrence; or null. */
    private static String sinceLast(Pattern opener, Occurrence occurrence, String text) {
        int sentence = occurrence.start();
        while (sentence > 0 && ".!?\n;:".indexOf(text.charAt(sentence - 1)) < 0) sentence--;
        Matcher found = opener.matcher(text).region(sentence, occurrence.start());
        int end = -1;
        while (found.find()) end = found.end();
        return end < 0 ? null : text.substring(end, occurrence.start());
    }

    /** A gerund opening a clause: "Creating labels", "since generating labels", "Manually creating", "hand-creating". */
    private static final Pattern GERUND_SUBJECT = Pattern.compile("(?i)(?:^|[.!?;:,(\\n]\\s*|\\b(?:since|because|as|and|but|so|that)\\s+)"
            + "(?:(?:the|a)\\s+)?(?:\\p{L}+ly\\s+|hand-)?$");
    /** What a learner says against a task: it costs too much, or it would be a mistake. */
    private static final String AGAINST = "(?:(?:really|very|too|so|quite|extremely|often|usually|prohibitively|super)\\s+)?"
            + "(?:expensive|costly|hard|difficult|slow|impractical|time[- ]consuming|tedious|infeasible|impossible|laborious"
            + "|unrealistic|unreliable|error[- ]prone|wasteful|a waste|a bad idea|a mistake|a lot of work|a pain"
            + "|wrong|incorrect|pointless|useless|counterproductive|harmful|not (?:feasible|possible|practical|realistic))\\b";
    /**
     * The clause then judges that task: "... is expensive", "... would be wrong", "... would take too long", "... costs a
     * lot", or says the harm it would do ("measuring the data qubits directly would collapse the superposition").
     */
    private static final Pattern JUDGED = Pattern.compile("(?i)^[^.!?;:,]{0,40}?\\b(?:(?:is|are|was|were|would be|will be|can be"
            + "|gets|get|becomes)\\s+" + AGAINST + "|(?:takes?|would take)\\s+(?:a long time|too long|forever|ages)"
            + "|would\\s+(?:collapse|destroy|ruin|break|violate|defeat|erase|corrupt|disturb|damage|wreck)\\b"
            + "|(?:costs?|would cost)\\s+(?:too much|a lot|a fortune)|(?:needs?|requires?)\\s+(?:human|manual|expert|people))");
    /** The same said first: "it is expensive to create labels", "Because it is too costly to generate labels". */
    private static final Pattern JUDGED_BEFORE = Pattern.compile("(?i)\\bit(?:'s|\\s+is|\\s+would\\s+be|\\s+was)\\s+"
            + AGAINST + "\\s+to\\s+$");
    /** The model named as who does it: "creating labels with the autoencoder" is the model's task, the claim. */
    private static final Pattern AGENT = Pattern.compile("(?i)\\b(?:with|by|using|via|through)\\s+(?:the\\s+|an?\\s+|its\\s+)?"
            + "(?:auto-?encoders?|AEs?|models?|networks?|encoders?|decoders?|GANs?|it)\\b");

    /**
     * A wrong claim named as a task the learner then judges: "Since creating labels is expensive, ..." speaks of people
     * labelling data, not of the model creating labels; "Discarding the unlabeled data would be wasteful" rejects it.
     * Not where the model is named as doing it ("creating labels with the autoencoder is slow at first").
     */
    private static boolean judgedAsATask(Occurrence occurrence, String text) {
        int start = occurrence.start();
        if (JUDGED_BEFORE.matcher(text).region(Math.max(0, start - 48), start).find()) return true;
        int wordEnd = start;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) wordEnd++;
        if (!text.substring(start, wordEnd).toLowerCase(Locale.ROOT).endsWith("ing")) return false;
        if (!GERUND_SUBJECT.matcher(text).region(Math.max(0, start - 24), start).find()) return false;
        Matcher judged = JUDGED.matcher(text).region(occurrence.end(), text.length());
        return judged.lookingAt() && !AGENT.matcher(text.substring(occurrence.end(), judged.end())).find();
    }

    /** A comparative or idiom right before a word that says it is lacking. */
    private static final Pattern LESSENED = Pattern.compile("(?i)\\b(?:less|far\\s+from|anything\\s+but)\\s+$");

    private static boolean lessened(Occurrence occurrence, AnswerMatches matches) {
        for (int p : occurrence.postings()) {
            int start = matches.tokens.starts[matches.position[p]];
            if (LESSENED.matcher(matches.tokens.text).region(Math.max(0, start - 16), start).find()) return true;
        }
        return false;
    }

    /** How a question opens: a statement ending "?" ("then use the unlabeled ones to test it?") is a hedge. */
    private static final Pattern QUESTION_OPENER = Pattern.compile("(?i)(?:is|are|was|were|do|does|did|can|could|would|"
            + "should|will|shall|has|have|isn't|aren't|doesn't|don't|can't|wouldn't|why|what|how|who|which|where|when)\\b");

    /**
     * The sentence around the occurrence is a question (it opens as one and ends with a question mark), and the
     * answer does not go on with "yes" (which makes the question's claim the learner's).
     */
    private static boolean inQuestion(Occurrence occurrence, String text) {
        int start = occurrence.start();
        while (start > 0 && ".!?\n:;".indexOf(text.charAt(start - 1)) < 0) start--;
        while (start < occurrence.start() && !Character.isLetter(text.charAt(start))) start++;
        boolean opensAsQuestion = QUESTION_OPENER.matcher(text).region(start, text.length()).lookingAt();
        int end = occurrence.end();
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) end++;
        if (end == text.length()) return false;
        int next = end + 1;
        while (next < text.length() && !Character.isLetter(text.charAt(next))) next++;
        // "GANs are easy to train? Definitely not", "Does it mean a good autoencoder. No, ...": asked, then denied.
        boolean deniedNext = DENIAL.matcher(text).region(next, text.length()).lookingAt();
        if (text.charAt(end) != '?') return deniedNext && opensAsQuestion && !WH_WORD.matcher(text).region(start, text.length()).lookingAt();
        return opensAsQuestion ? !AFFIRMED.matcher(text).region(next, text.length()).lookingAt() : deniedNext;
    }

    /** An answer to what was just asked that denies it (not "not sure ...", a hedge). */
    private static final Pattern DENIAL = Pattern.compile("(?i)(?:no|nope|nah|never|not (?:at all|really|necessarily|quite)"
            + "|(?:definitely|certainly|absolutely|of course|hell) (?:not|no)|hardly)\\b");

    private static final Pattern WH_WORD = Pattern.compile("(?i)(?:why|what|how|who|which|where|when)\\b");

    /** A reporting frame ends before the occurrence, in its sentence and its stretch between contrast words. */
    private static boolean reported(Occurrence occurrence, TokenizedText tokens, Pattern frames) {
        int first = tokenAt(tokens, occurrence.start());
        if (first < 0) return false;
        int sentenceStart = first;
        while (sentenceStart > 0 && tokens.sentence[sentenceStart - 1] == tokens.sentence[first]) sentenceStart--;
        int from = sentenceStart == 0 ? 0 : tokens.ends[sentenceStart - 1];
        Matcher frame = frames.matcher(tokens.text).region(from, occurrence.start());
        while (frame.find()) {
            if (AGREEING.matcher(tokens.text).region(Math.max(from, frame.start() - 16), frame.start()).find()) continue;
            int after = tokenAt(tokens, frame.end());
            if (after >= 0 && after <= first && tokens.contrast[after] == tokens.contrast[first]) return true;
        }
        return false;
    }

    /** The first token starting at or after a character offset, or -1. */
    private static int tokenAt(TokenizedText tokens, int offset) {
        for (int i = 0; i < tokens.size; i++) if (tokens.starts[i] >= offset) return i;
        return -1;
    }
}

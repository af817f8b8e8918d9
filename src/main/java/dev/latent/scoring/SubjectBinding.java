package dev.latent.scoring;

import dev.latent.deck.Rubric;
import dev.latent.scoring.analysis.AnswerAnalyzer;
import dev.latent.scoring.PhraseFinder.Found;
import dev.latent.scoring.PhraseFinder.Occurrence;
import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Concepts bound to one of the subjects the question sets side by side ({@link ComparedSubjects}: "How does active
 * transport differ from passive transport?", "undercomplete and overcomplete autoencoders", "IaaS, PaaS and SaaS"): a
 * concept whose label names one of them and not the other ("Active transport requires energy") is not found where the
 * subject named nearest before it, in its sentence, is the other ("... active is when it goes straight through,
 * passive uses energy"). Rubric writers seldom list the swapped claims as misconceptions; students swap them often, in
 * fluent sentences that carry every keyword.
 */
final class SubjectBinding {

    /** Per concept: the subject terms its label names, or null when it is bound to none. */
    private final Set<String>[] own;
    /** Per concept: the rival subjects; its phrasings are not found where one of them is the subject named nearest. */
    private final Set<String>[] rivals;
    /** The pairs of subjects the question sets side by side, each side owning a concept. */
    private final List<String[]> pairs;

    private SubjectBinding(Set<String>[] own, Set<String>[] rivals, List<String[]> pairs) {
        this.own = own;
        this.rivals = rivals;
        this.pairs = pairs;
    }

    /**
     * The binding of a rubric's concepts and misconceptions, or null when the question sets no two subjects apart that
     * concept labels name.
     */
    @SuppressWarnings("unchecked")
    static SubjectBinding of(Rubric rubric, String prompt, Analyzer analyzer) {
        if (prompt == null) return null;
        List<String[]> pairs = ComparedSubjects.pairs(prompt, analyzer);
        if (pairs.isEmpty()) return null;
        List<TokenizedText> labelTokens = new ArrayList<>();
        List<Set<String>> labels = new ArrayList<>();
        List<String> openings = new ArrayList<>(); // the first word of a label: its subject ("Active transport requires ...")
        for (var concept : rubric.concepts()) {
            String text = concept.label() == null ? "" : concept.label();
            TokenizedText label = TokenizedText.analyze(analyzer, Set.of(), Set.of(), text);
            labelTokens.add(label);
            labels.add(labelTerms(label, openings));
        }
        Set<String>[] own = new Set[labels.size()];
        Set<String>[] rivals = new Set[labels.size()];
        List<String[]> bound = new ArrayList<>();
        boolean asTrained = analyzer instanceof AnswerAnalyzer answers && answers.readsAsTrained();
        TokenizedText question = asTrained ? null : TokenizedText.analyze(analyzer, Set.of(), Set.of(), prompt);
        Map<String, Set<String>> hyphenated = asTrained ? Map.of() : PromptNames.hyphenated(prompt, analyzer);
        for (String[] pair : pairs) {
            // Only a pair of subjects, each opening a label ("use and produce" are no subjects), whose two sides each
            // own a concept: "active" in one label and "passive" in another.
            if (!openings.contains(pair[0]) || !openings.contains(pair[1])) continue;
            if (negatedSide(pair) >= 0 && asTrained) continue;
            List<Set<String>> sided = sidedBy(labels, openings, labelTokens, pair, hyphenated);
            boolean first = false;
            boolean second = false;
            for (Set<String> label : sided) {
                first |= names(label, pair, 0);
                second |= names(label, pair, 1);
            }
            if (!first || !second) continue;
            bound.add(pair);
            bind(sided, pair, own, rivals, question == null ? null : heads(pair, question, sided));
        }
        return bound.isEmpty() ? null : new SubjectBinding(own, rivals, bound);
    }

    /**
     * The labels as they name the pair's sides where the question writes them as hyphenated names ("large-scale" and
     * "small-scale"): a label that opens with one side and has the other's word only outside its name names its own
     * side alone ("A large-scale map covers a small area"). A side named by its word alone ("A sound argument is valid
     * and ...") still names it.
     */
    private static List<Set<String>> sidedBy(List<Set<String>> labels, List<String> openings, List<TokenizedText> labelTokens,
                                             String[] pair, Map<String, Set<String>> hyphenated) {
        if (negatedSide(pair) >= 0 || !hyphenated.containsKey(pair[0]) && !hyphenated.containsKey(pair[1])) return labels;
        List<Set<String>> sided = new ArrayList<>(labels.size());
        for (int c = 0; c < labels.size(); c++) {
            Set<String> label = labels.get(c);
            int side = pair[0].equals(openings.get(c)) ? 0 : pair[1].equals(openings.get(c)) ? 1 : -1;
            Set<String> heads = side < 0 ? null : hyphenated.get(pair[1 - side]);
            if (heads != null && label.contains(pair[1 - side]) && !namedWith(labelTokens.get(c), pair[1 - side], heads)) {
                label = new HashSet<>(label);
                label.remove(pair[1 - side]);
            }
            sided.add(label);
        }
        return sided;
    }

    /** Whether the label has the word right before one of its heads ("small-scale", "small scale"). */
    private static boolean namedWith(TokenizedText tokens, String word, Set<String> heads) {
        for (int i = 0; i + 1 < tokens.size; i++) {
            if (tokens.terms[i].equals(word) && heads.contains(tokens.terms[i + 1])) return true;
        }
        return false;
    }

    /** The content terms of a label, negated ones left out; its first one (or null) is added to {@code openings}. */
    private static Set<String> labelTerms(TokenizedText label, List<String> openings) {
        Set<String> terms = new HashSet<>();
        String first = null;
        for (int i = 0; i < label.size; i++) {
            if (label.negator[i]) continue;
            if (first == null) first = label.terms[i];
            terms.add(label.terms[i]);
        }
        openings.add(first);
        return terms;
    }

    /**
     * The noun each side of the pair modifies in the question, when only that side's labels name it: "object detection
     * and semantic segmentation" pairs "detection" with "semantic", and an answer names that side "segmentation"
     * ("detection = boxes, segmentation = every pixel"). Null for a side without one, and for a head both sides share
     * ("active and passive transport").
     */
    private static String[] heads(String[] pair, TokenizedText question, List<Set<String>> labels) {
        String[] heads = new String[2];
        for (int side = 0; side < 2; side++) {
            for (int i = 0; i + 1 < question.size && heads[side] == null; i++) {
                String head = question.terms[i + 1];
                if (!question.terms[i].equals(pair[side]) || question.negator[i + 1]
                        || !ComparedSubjects.modifies(question.text, question, i)
                        || head.equals(pair[0]) || head.equals(pair[1])) continue;
                boolean ownLabel = false;
                boolean rivalLabel = false;
                for (Set<String> label : labels) {
                    if (!label.contains(head)) continue;
                    ownLabel |= names(label, pair, side);
                    rivalLabel |= names(label, pair, 1 - side);
                }
                if (ownLabel && !rivalLabel) heads[side] = head;
            }
        }
        return heads;
    }

    /** Binds each label naming one side of the pair and not the other to that side, against the other. */
    private static void bind(List<Set<String>> labels, String[] pair, Set<String>[] own, Set<String>[] rivals, String[] heads) {
        String[] tails = tails(pair);
        String joined = negatedSide(pair) < 0 ? null : NON + pair[1 - negatedSide(pair)]; // "noncompetitive" in one word
        for (int c = 0; c < labels.size(); c++) {
            Set<String> label = labels.get(c);
            for (int side = 0; side < 2; side++) {
                if (names(label, pair, side)) {
                    if (own[c] == null) {
                        own[c] = new HashSet<>();
                        rivals[c] = new HashSet<>();
                    }
                    own[c].add(pair[side]);
                    rivals[c].add(pair[1 - side]);
                    if (tails != null) {
                        own[c].add(tails[side]);
                        rivals[c].add(tails[1 - side]);
                    }
                    if (joined != null) (side == negatedSide(pair) ? own : rivals)[c].add(joined);
                    if (heads != null && heads[side] != null) own[c].add(heads[side]);
                    if (heads != null && heads[1 - side] != null) rivals[c].add(heads[1 - side]);
                }
            }
        }
    }

    /**
     * "non" of "competitive and non-competitive inhibitors": the analyser keeps it as a word of its own, so the
     * non-competitive side is named by "non" with the other side's word after it.
     */
    private static final String NON = "non";

    /** The side of a pair that is the other side with "non" before it, or -1. */
    private static int negatedSide(String[] pair) {
        return pair[1].equals(NON) ? 1 : pair[0].equals(NON) ? 0 : -1;
    }

    /** "non-competitive", "non competitive": one or two characters between, each a hyphen or a space. */
    private static boolean hyphenOrSpace(String text, int from, int to) {
        if (to - from < 1 || to - from > 2) return false;
        for (int c = from; c < to; c++) if (text.charAt(c) != '-' && !Character.isWhitespace(text.charAt(c))) return false;
        return true;
    }

    /**
     * Whether a label (or a wrong claim's words) names one side of the pair and not the other. A "non-competitive"
     * label names the competitive side's word too: it is the non side's alone, and names the competitive side only
     * without "non".
     */
    private static boolean names(Set<String> words, String[] pair, int side) {
        if (negatedSide(pair) == side) return words.contains(NON);
        return words.contains(pair[side]) && !words.contains(pair[1 - side]);
    }

    /**
     * What tells two subjects apart when they open alike: "kinet" and "dynam" of "pharmacokinetics" and
     * "pharmacodynamics", which an answer names "kinetics is about ..., dynamics ..."; null when they do not share a
     * beginning of four letters or more, or an end would be shorter than that.
     */
    static String[] tails(String[] pair) {
        int shared = 0;
        while (shared < Math.min(pair[0].length(), pair[1].length()) && pair[0].charAt(shared) == pair[1].charAt(shared)) shared++;
        if (shared < 4 || pair[0].length() - shared < 4 || pair[1].length() - shared < 4) return null;
        return new String[] {pair[0].substring(shared), pair[1].substring(shared)};
    }

    /** The subject terms the concept's label binds it to, or null when it is bound to none. */
    Set<String> own(int concept) {
        return own[concept];
    }

    /** The concept's rival subjects, or null when it is bound to none. */
    Set<String> rivals(int concept) {
        return rivals[concept];
    }

    /** Drops the concept's occurrences whose nearest subject named before them is a rival ({@link #aboutRival}). */
    void drop(int concept, Found found, TokenizedText tokens, AnswerMatches matches) {
        if (own[concept] == null) return;
        found.drop(occurrence -> aboutRival(own[concept], rivals[concept], occurrence, tokens, matches));
    }

    /**
     * Drops a misconception's occurrences whose matched words name one subject of a pair while the subject named
     * nearest before their end is the other: "passive is easier because active needs energy" does not say that passive
     * transport needs energy. By the words matched, not the label: a misconception's label describes the mistake
     * ("Confuses under/overcomplete with ..."), its phrasings state it ("undercomplete undertrained").
     */
    void dropWrong(Found found, TokenizedText tokens, AnswerMatches matches) {
        found.drop(occurrence -> aboutRivalOfItsWords(occurrence, tokens, matches));
    }

    private boolean aboutRivalOfItsWords(Occurrence occurrence, TokenizedText tokens, AnswerMatches matches) {
        Set<String> words = new HashSet<>();
        for (int p : occurrence.postings()) words.add(tokens.terms[matches.position[p]]);
        for (String[] pair : pairs) {
            for (int side = 0; side < 2; side++) {
                if (names(words, pair, side)
                        && aboutRival(Set.of(pair[side]), Set.of(pair[1 - side]), occurrence, tokens, matches)) return true;
            }
        }
        return false;
    }

    /**
     * Whether the subject named nearest before the occurrence's end, in its sentence, is a rival: "Undercomplete
     * autoencoders have more neurons than the input, so they overfit" speaks of undercomplete ones throughout.
     */
    private static boolean aboutRival(Set<String> own, Set<String> rivals, Occurrence occurrence, TokenizedText tokens,
                                      AnswerMatches matches) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        boolean namesRival = false;
        for (int p : occurrence.postings()) {
            first = Math.min(first, matches.position[p]);
            last = Math.max(last, matches.position[p]);
            namesRival |= rivals.contains(tokens.terms[matches.position[p]]);
        }
        // "profit is revenue minus expenses": a match that names the rival after its own subject, in its clause, speaks
        // of that subject ("antigen is on the germ, antibody is made by the body" opens on the rival: it is about it).
        if (namesRival && !tokens.readsAsTrained && first > 0 && (!rivals.contains(tokens.terms[first])
                || own.contains(tokens.terms[first - 1]) && tokens.clause[first - 1] == tokens.clause[first])) {
            return aboutRival(own, rivals, first - 1, tokens);
        }
        // "an interpreter translates to machine code, a compiler translates to bytecode": words matched on both sides
        // of the switch of subject ("machine code ... compiler translates") are partly said of the rival, when the
        // subject's own clause goes on to say its own ("to bytecode"). "Local is inside a function, global is outside"
        // leaves the function out of the second clause: said of both.
        return aboutRival(own, rivals, last, tokens)
                || first < last && aboutRival(own, rivals, first, tokens) && goesOnInItsClause(last, tokens);
    }

    /** Whether the word after {@code last} continues its clause: same sentence, no comma or "and"/"or"/"but" between. */
    private static boolean goesOnInItsClause(int last, TokenizedText tokens) {
        if (last + 1 >= tokens.size || tokens.sentence[last + 1] != tokens.sentence[last]) return false;
        return !CLAUSE_GAP.matcher(tokens.text.substring(tokens.ends[last], tokens.starts[last + 1])).find();
    }

    private static final Pattern CLAUSE_GAP = Pattern.compile("(?i)[,;:()\\[\\]–—]|\\s-\\s|\\b(?:and|or|but|so|then|while|whereas)\\b");

    /**
     * Whether the subject named nearest before the occurrence, in its clause, is the concept's own: "ionic = transfer"
     * ({@link SideWords}). A side named only to set it aside ("unlike ionic") does not count.
     */
    boolean saidOfOwn(int concept, Occurrence occurrence, TokenizedText tokens, AnswerMatches matches) {
        if (own[concept] == null) return false;
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int p : occurrence.postings()) {
            first = Math.min(first, matches.position[p]);
            last = Math.max(last, matches.position[p]);
        }
        // "insulin raises sugar and glucagon lowers it": no side named between the words matched.
        for (int i = first + 1; i < last; i++) {
            if (own[concept].contains(tokens.terms[i]) || rivals[concept].contains(tokens.terms[i])) return false;
        }
        for (int i = first - 1; i >= 0 && tokens.clause[i] == tokens.clause[first]; i--) {
            boolean isOwn = own[concept].contains(tokens.terms[i]);
            if (!isOwn && !rivals[concept].contains(tokens.terms[i])) continue;
            return isOwn && !setAside(i, tokens);
        }
        return false;
    }

    /** Whether words of the concept's ending after the content word {@code last} are about its rival subject. */
    boolean aboutRivalBefore(int concept, int last, TokenizedText tokens) {
        return own[concept] != null && last >= 0 && aboutRival(own[concept], rivals[concept], last, tokens);
    }

    private static boolean aboutRival(Set<String> own, Set<String> rivals, int last, TokenizedText tokens) {
        // "genes (nature) or environment (nurture)": a subject in brackets right after the words names what they are.
        if (last + 1 < tokens.size && BRACKETED.matcher(tokens.text.substring(tokens.ends[last], tokens.starts[last + 1])).matches()
                && BRACKET_CLOSED.matcher(tokens.text).region(tokens.ends[last + 1], tokens.text.length()).lookingAt()) {
            if (own.contains(tokens.terms[last + 1])) return false;
            if (rivals.contains(tokens.terms[last + 1])) return true;
        }
        int sentence = tokens.sentence[last];
        for (int i = last; i >= 0; i--) {
            if (tokens.sentence[i] != sentence) {
                // "... fewer neurons than the input; its risk is overfitting": a sentence that opens with a pronoun
                // goes on speaking of the subject before it.
                if (!ANAPHORIC_OPENING.matcher(tokens.text.substring(tokens.ends[i], tokens.starts[i + 1])).find()) return false;
                sentence = tokens.sentence[i];
            }
            // "non competitive": the word after "non" names the non side, which "non" itself stands for.
            if (i > 0 && !tokens.readsAsTrained && tokens.terms[i - 1].equals(NON) && hyphenOrSpace(tokens.text, tokens.ends[i - 1], tokens.starts[i])) continue;
            boolean isOwn = own.contains(tokens.terms[i]);
            if ((isOwn || rivals.contains(tokens.terms[i])) && !tokens.readsAsTrained
                    && (setAside(i, tokens) && !describedThere(i, last, tokens) || namedAsWhatItIs(i, tokens))) continue;
            if (isOwn) return false;
            if (rivals.contains(tokens.terms[i])) return !namedTogether(own, i, tokens);
        }
        return false;
    }

    /**
     * A subject named as what the sentence's subject is: "a tree is a graph with no cycles", "a tree is a special kind
     * of graph" speak of the tree.
     */
    private static boolean namedAsWhatItIs(int i, TokenizedText tokens) {
        // Most subject words follow no article or "of": the pattern runs only after one.
        if (!afterArticleOrOf(tokens.text, tokens.starts[i])) return false;
        int from = Math.max(0, tokens.starts[i] - 48);
        return PREDICATE_NOUN.matcher(tokens.text).region(from, tokens.starts[i]).find();
    }

    /** Whether the word just before {@code at} is "a", "an" or "of". */
    private static boolean afterArticleOrOf(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        int length = end - start;
        return length == 1 && (text.charAt(start) | 0x20) == 'a'
                || length == 2 && (text.regionMatches(true, start, "an", 0, 2) || text.regionMatches(true, start, "of", 0, 2));
    }

    private static final Pattern PREDICATE_NOUN = Pattern.compile("(?i)\\b(?:is|are|was|were)\\s+(?:a|an)\\s+(?:(?:special|particular"
            + "|certain)\\s+)?(?:(?:kind|type|sort|form|case)\\s+of\\s+(?:(?:a|an)\\s+)?)?$");

    /**
     * A subject named only to set it aside: "Active transport, unlike passive transport, uses ATP", "smaller than an
     * overcomplete one, so it loses information", "The router, not the switch, uses IP addresses". What follows is not
     * said of it.
     */
    private static final Pattern SET_ASIDE = Pattern.compile("(?i)(?:\\b(?:unlike|as\\s+opposed\\s+to|rather\\s+than|instead\\s+of"
            + "|in\\s+contrast\\s+(?:to|with)|compared\\s+(?:to|with)|than)|,\\s*not)\\s+(?:(?:the|an?)\\s+)?$");

    /** Whether the subject word at {@code i} follows a {@link #SET_ASIDE} word, possibly after one other word of it. */
    private static boolean setAside(int i, TokenizedText tokens) {
        for (int k = i; k >= Math.max(0, i - 1); k--) {
            // "unlike passive transport": one word of the same phrase may stand between, with only a space.
            if (k < i && !tokens.text.substring(tokens.ends[k], tokens.starts[k + 1]).isBlank()) break;
            // Read from a little before the word: "opposed" and "compared" are words to the analyzer.
            int from = Math.max(0, tokens.starts[k] - 24);
            if (SET_ASIDE.matcher(tokens.text).region(from, tokens.starts[k]).find()) return true;
        }
        return false;
    }

    /**
     * A relative clause opening right after a subject word, perhaps one more word of its name between: "unlike
     * parasitism where they ...", "unlike active transport which ...".
     */
    private static final Pattern DESCRIBED = Pattern.compile("(?i)\\s*(?:[\\p{L}-]+\\s+)?(?:where|which|who|whose|that)\\b");

    /**
     * Whether a subject set aside is described by a relative clause that reaches the word at {@code last}: in
     * "mutualism is ..., unlike parasitism where they both benefit" the benefit is said of parasitism.
     */
    private static boolean describedThere(int i, int last, TokenizedText tokens) {
        return i < last && DESCRIBED.matcher(tokens.text).region(tokens.ends[i], tokens.starts[last]).lookingAt()
                && !CLAUSE_GAP.matcher(tokens.text.substring(tokens.ends[i], tokens.starts[last])).find();
    }

    /** A sentence's opening pronoun, read from the end of the sentence before: "; its risk", ". It also", ". They". */
    private static final Pattern ANAPHORIC_OPENING = Pattern.compile(
            "(?i)[.!?;\\n]\\s*(?:(?:and|but|so|also|then)\\s+)?(?:it|its|it's|they|their|they're|this|these|such)\\b");

    /**
     * "Both price and quantity go up", "nature vs nurture is whether ...": the rival at {@code i} is joined to this
     * subject, named just before it, so what follows is said of both (or of the question between them).
     */
    private static boolean namedTogether(Set<String> own, int i, TokenizedText tokens) {
        int j = i - 1;
        // "vs" and "v" are words to the analyser, not stop words.
        if (j > 0 && VERSUS.matcher(tokens.text).region(tokens.starts[j], tokens.ends[j]).matches()) j--;
        if (j < 0 || !own.contains(tokens.terms[j])) return false;
        return BOTH.matcher(tokens.text.substring(tokens.ends[j], tokens.starts[i])).matches();
    }

    /**
     * What stands between two subjects named together: "and", "&", "as well as", "or", "vs", "v", "versus", "/",
     * perhaps with an article ("whether nature or the environment").
     */
    private static final Pattern BOTH = Pattern.compile(
            "(?i)\\s*(?:&|and|as\\s+well\\s+as|or|vs\\.?|v\\.?|versus|/)\\s*(?:(?:the|an?)\\s+)?");

    /** "vs", "v", "versus" as written: words to the analyser. */
    private static final Pattern VERSUS = Pattern.compile("vs?|versus", Pattern.CASE_INSENSITIVE);

    /** An opening bracket between two words: "genes (nature". */
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\(\\s*");
    /** The bracket closed right after the word in it: "nature)". */
    private static final Pattern BRACKET_CLOSED = Pattern.compile("\\s*\\)");

    @Override
    public String toString() {
        List<String> sides = new ArrayList<>();
        for (String[] pair : pairs) sides.add(pair[0] + "/" + pair[1]);
        return "SubjectBinding" + sides;
    }
}

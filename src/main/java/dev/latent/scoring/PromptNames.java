package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;
import dev.latent.scoring.analysis.Negation;
import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Things the question names with a function word ("a for loop", "a while loop", "a try/except block"), which its
 * answers use as names: a connective among them ends no clause there, and a phrasing that says one ("for loop runs
 * while a condition is true") is matched only where the answer says it too, or its stop word would go and
 * "while loops run while a condition is true" would say it. None in the reference model's reading.
 */
final class PromptNames {

    /** A connective after an article or a slash: "a while loop", "try/except". */
    private static final Pattern CONNECTIVE_AS_NAME = Pattern.compile("(?i)(?:\\b(?:a|an|the)\\s+|/)("
            + String.join("|", Negation.CLAUSE_CONNECTIVES) + ")\\b");
    /** An article, a word and the word after it: "a for loop", "the if statement". */
    private static final Pattern ARTICLE_AND_TWO_WORDS = Pattern.compile("(?i)\\b(?:a|an|the)\\s+(\\p{L}+)[\\s-]+(\\p{L}+)");

    /** Two words the question joins with a hyphen: "low-pass", "anti-aliasing", "self-supervised". */
    private static final Pattern HYPHENATED = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{L}+)-(\\p{L}+)(?![\\p{L}\\p{N}-])");

    private static final PromptNames NONE = new PromptNames(Set.of(), List.of(), null, null, Map.of());

    private final Set<String> namingConnectives;
    /** Each name made with a stop word ("a for loop"), as phrasings and answers say it: "for loop", "for-loops". */
    private final List<Pattern> stopWordNames;
    /** The question and its analyser: the words it asks with ({@link #notAsAsked}), read when first asked for. */
    private final String prompt;
    private final AnswerAnalyzer analyzer;
    private TokenizedText question;
    /** The question's hyphenated names, each first term to the terms that follow it ({@link #compounds}). */
    private final Map<String, Set<String>> compounds;

    private PromptNames(Set<String> namingConnectives, List<String> stopWordNames, String prompt, AnswerAnalyzer analyzer,
                        Map<String, Set<String>> compounds) {
        this.prompt = prompt;
        this.compounds = compounds;
        this.analyzer = analyzer;
        this.namingConnectives = namingConnectives;
        List<Pattern> said = new ArrayList<>(stopWordNames.size());
        for (String name : stopWordNames) {
            String[] words = name.split(" ");
            said.add(Pattern.compile("(?i)\\b" + Pattern.quote(words[0]) + "[\\s-]+" + Pattern.quote(words[1])));
        }
        this.stopWordNames = List.copyOf(said);
    }

    static PromptNames of(String prompt, AnswerAnalyzer analyzer) {
        if (prompt == null || analyzer.readsAsTrained()) return NONE;
        Set<String> connectives = new HashSet<>();
        for (Matcher name = CONNECTIVE_AS_NAME.matcher(prompt); name.find(); ) connectives.add(name.group(1));
        List<String> names = new ArrayList<>();
        for (Matcher name = ARTICLE_AND_TWO_WORDS.matcher(prompt); name.find(); ) {
            String function = name.group(1).toLowerCase(Locale.ROOT);
            String thing = name.group(2).toLowerCase(Locale.ROOT);
            // a stop word (the connectives are content words to the analyzer, named above) before a content word
            if (TokenizedText.contentTerms(analyzer, function).isEmpty() && !TokenizedText.contentTerms(analyzer, thing).isEmpty()) {
                names.add(function + " " + thing);
            }
        }
        return new PromptNames(connectives.isEmpty() ? Set.of() : TokenizedText.contentTermsOfEach(analyzer, connectives),
                List.copyOf(names), prompt, analyzer, hyphenated(prompt, analyzer));
    }

    /** The names a text writes with a hyphen ("large-scale", "low-pass"), each first term to the terms after it. */
    static Map<String, Set<String>> hyphenated(String text, Analyzer analyzer) {
        Map<String, Set<String>> compounds = new HashMap<>();
        for (Matcher name = HYPHENATED.matcher(text); name.find(); ) {
            Set<String> first = TokenizedText.contentTerms(analyzer, name.group(1));
            Set<String> second = TokenizedText.contentTerms(analyzer, name.group(2));
            if (first.size() != 1 || second.size() != 1) continue;
            compounds.computeIfAbsent(first.iterator().next(), f -> new HashSet<>()).add(second.iterator().next());
        }
        return Map.copyOf(compounds);
    }

    /**
     * The names the question makes of two words with a hyphen, each first term to the terms after it: an answer that writes one
     * ("a low pass filter", "anti-aliasing") names the thing, and its words are no words of their own ("low pass
     * filter blocks the high frequencies" says nothing of high frequencies passing).
     */
    Map<String, Set<String>> compounds() {
        return compounds;
    }

    /** The clause connectives for answers to this question: all but those it names things with. */
    Set<String> connectives(Set<String> all) {
        if (namingConnectives.isEmpty()) return all;
        Set<String> out = new HashSet<>(all);
        out.removeAll(namingConnectives);
        return Set.copyOf(out);
    }

    /**
     * What an answer must say where it matches this phrasing: the question's name made with a stop word that the
     * phrasing says ("for loop", also as "for-loop" or "for loops"), for a wrong claim of one word another word than
     * the question's ({@link #notAsAsked}), or null.
     */
    Pattern saidIn(String phrasing, boolean oneWordClaim) {
        for (Pattern name : stopWordNames) if (name.matcher(phrasing).find()) return name;
        return oneWordClaim ? notAsAsked(phrasing) : null;
    }

    /**
     * For a wrong claim of one word, the question's own word for it where the question writes it in another form:
     * "criticise" stems as the "critical" of "What is a critical period?", and every answer that names the period
     * made the claim (the developmental psychology deck's model answer among them). A match must end on another word.
     * Null where the question writes no such word.
     */
    private Pattern notAsAsked(String phrasing) {
        if (prompt == null) return null;
        if (question == null) question = TokenizedText.analyze(analyzer, Set.of(), Set.of(), prompt);
        TokenizedText claim = TokenizedText.analyze(analyzer, Set.of(), Set.of(), phrasing);
        if (claim.size != 1) return null;
        String written = claim.written(0);
        Set<String> asked = new HashSet<>();
        for (int i = 0; i < question.size; i++) {
            String form = question.written(i);
            // another word of the same stem, not the claim's own word with an ending ("labels" for "label")
            if (question.terms[i].equals(claim.terms[0]) && !form.startsWith(written) && !written.startsWith(form)) asked.add(form);
        }
        if (asked.isEmpty()) return null;
        List<String> quoted = new ArrayList<>();
        for (String form : asked) quoted.add(Pattern.quote(form));
        return Pattern.compile(Phrasing.AS_WRITTEN_START + "(?!(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}]+\\z");
    }

    /** Both patterns found, in either order, from where the search starts (null stands for none). */
    static Pattern both(Pattern one, Pattern other) {
        if (one == null) return other;
        if (other == null) return one;
        return Pattern.compile("(?s)\\A(?=.*?(?:" + one.pattern() + "))(?=.*?(?:" + other.pattern() + "))");
    }
}

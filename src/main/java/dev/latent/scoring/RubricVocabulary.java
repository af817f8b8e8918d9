package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;
import dev.latent.scoring.analysis.Folding;
import dev.latent.scoring.analysis.Negation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage one of grading: the rubric's words. Every phrasing is analysed once into term ids; this class then says
 * which rubric terms an answer word stands for: the same stem, a typo of one ({@link TypoTargets}: never for a word
 * that is itself a rubric term or a common word), or, with the next word, a compound written apart ("auto-encoder").
 * Immutable after construction and safe to share between threads.
 */
final class RubricVocabulary {

    /** A name written as code: letters joined to a word by "_" or "." ("p_data", "model.eval", "W_enc"). */
    private static final Pattern CODE = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*[._][\\p{L}\\p{N}]");

    /** {@link #CODE}, looked for only where a "." or "_" is (the pattern tries every letter of every phrasing). */
    private static boolean isCode(String phrasing) {
        return (phrasing.indexOf('_') >= 0 || phrasing.indexOf('.') >= 0) && CODE.matcher(phrasing).find();
    }

    /** A phrasing that contrasts its concept with another thing: "better than re-reading", "rather than rules". */
    private static final Pattern CONTRAST = Pattern.compile("(?i)\\b(?:rather\\s+than|instead\\s+of|better\\s+than)\\b");

    private final AnswerAnalyzer analyzer;
    /** Term (stem) → id. */
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    /** Per term id: the written (folded, unstemmed) forms seen in phrasings; typo targets. */
    private final List<Set<String>> spellings = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /**
     * Concept id → its phrasings of two or more words with no content word, and its formulas → each one's pattern as
     * written ({@link WordlessPhrasings}).
     */
    private final Map<String, Map<String, Pattern>> wordless = new LinkedHashMap<>();
    /** The initials a concept's phrasing of three to six words may be said by, with its terms. */
    private final Initialisms initialisms = new Initialisms();
    /** Every rubric term and spelling: an answer word equal to one is never read as a typo of another. */
    private final Set<String> protectedWords = new HashSet<>();
    /** Proper prefixes of rubric terms: a word must be one to start a compound written apart ("auto-encoder"). */
    private final Set<String> compoundHeads = new HashSet<>();
    /** Each rubric word as written (unstemmed) to its term: "lower case" spells "lowercase", whose stem is no join of theirs. */
    private final Map<String, Integer> spelledAsOne = new HashMap<>();
    /** Per term id: the terms that say its opposite ({@link Reversals#of}), or null; set when sealed. */
    private Set<String>[] opposites;
    /** Which rubric terms an answer word may be a typo of; set when sealed. */
    private TypoTargets typos;
    private boolean sealed;
    private final Set<String> connectives;
    private final PromptNames names;
    /** Answer words that stand for this rubric's terms; set when sealed. */
    private StandIns standIns;

    RubricVocabulary(AnswerAnalyzer analyzer) {
        this(analyzer, null);
    }

    /** For a question's rubric: the things its prompt names with a function word stay names ({@link PromptNames}). */
    RubricVocabulary(AnswerAnalyzer analyzer, String prompt) {
        this.analyzer = analyzer;
        this.names = PromptNames.of(prompt, analyzer);
        this.connectives = names.connectives(TokenizedText.connectiveTerms(analyzer));
    }

    AnswerAnalyzer analyzer() {
        return analyzer;
    }

    /** The clause connectives as this analyser's terms: what an answer drops and ends a clause at. */
    Set<String> connectives() {
        return connectives;
    }

    /**
     * A concept's phrasing of this many content words or more also matches with any one of them missing: a rubric
     * that describes an idea ("decoder reuses the encoder's weights transposed") rather than listing its terms
     * otherwise asks for every word at once. Measured on rubrics of one descriptive line a concept: dev set 0.56 →
     * 0.63, blind sets +0.06 to +0.10; the bundled rubrics within ±0.007. From three words it cost the bundled
     * rubrics 0.03.
     */
    static final int NEAR_MATCH_WORDS = 4;

    /**
     * A concept written with this many phrasings or fewer (a teacher's short rubric) also matches its phrasings of
     * three content words with one missing: "information that supports our view" is "info that supports what they
     * already believe". Measured on {@code eval/transfer-set-6} (a teacher's 3-6 phrasings a concept): 0.628 →
     * 0.677; rubrics cut to their first five phrasings a concept: samples +0.003, dev −0.003, calibration +0.023,
     * {@code transfer-set} +0.046, {@code transfer-set-4} −0.033; every deck's rubrics as written otherwise unchanged
     * (the bundled ones have 30-40 phrasings). At one or two, where a concept borrows the model answer's words, it
     * lost (dev −0.008). Six until the thirty-eighth round, when the 76 outside tuning decks (teaching assistants' 6-9
     * phrasings a concept) measured the limit again: mean QWK 0.8466 at six, 0.8490 at seven, 0.8526 at eight, 0.8525
     * at nine (42 decks up, 15 down, personal finance the most, −0.022; 19 level), ten and twelve alike but the first
     * outside deck 0.903 → 0.896 at twelve; nine was that deck's best (0.907). The bundled rubrics are unchanged, and
     * the reference model's reading keeps six, as it was trained.
     */
    static final int SPARSE_CONCEPT_PHRASINGS = 9;
    /** The limit the reference model was trained with, which its reading keeps. */
    private static final int SPARSE_CONCEPT_PHRASINGS_AS_TRAINED = 6;

    /**
     * The fewest content words of a phrasing that may match with one missing, for a concept of this many phrasings
     * read this way.
     */
    static int nearMatchWords(int writtenPhrasings, boolean readsAsTrained) {
        int sparseUpTo = readsAsTrained ? SPARSE_CONCEPT_PHRASINGS_AS_TRAINED : SPARSE_CONCEPT_PHRASINGS;
        boolean sparse = writtenPhrasings > BorrowedPhrasings.BORROWING_PHRASINGS && writtenPhrasings <= sparseUpTo;
        return sparse ? 3 : NEAR_MATCH_WORDS;
    }

    /**
     * Connectives that say something of their own besides ending a clause: "unlike caramelisation", "instead of
     * cramming" and "goes to the except" mean nothing without them, so a phrasing keeps them (and never matches).
     */
    private static final Set<String> SAYS_MORE_THAN_A_BOUND = Set.of("unlike", "instead", "except", "otherwise");

    /** A wrong claim's phrasings (a misconception's, a concept's opposites): no near matches, light verbs kept. */
    List<Phrasing> compile(List<String> writtenPhrasings, boolean anyOrder, String owner) {
        return compile(writtenPhrasings, anyOrder, owner, 0);
    }

    /**
     * The phrasings as term ids, each written phrasing with its variants ({@link PhrasingVariants}); one that has no
     * content word is left out with a warning for its owner. All the phrasings go through the analyzer as one text, a
     * line each: a rubric has hundreds of phrasings, and setting up the analysis chain for each of them was most of
     * the time a cold start spent grading its first answer.
     *
     * @param nearMatchWords the fewest content words of a phrasing that also matches with one missing; 0 for a wrong
     *                       claim, which never does (and keeps its light verb)
     */
    List<Phrasing> compile(List<String> writtenPhrasings, boolean anyOrder, String owner, int nearMatchWords) {
        boolean nearMatches = nearMatchWords > 0;
        if (sealed) throw new IllegalStateException("the vocabulary is sealed");
        List<Phrasing> out = new ArrayList<>();
        if (writtenPhrasings.isEmpty()) return out;
        // Each written phrasing may stand for several ("anomaly/outlier detection"): compile them all, and call a
        // written one useless only when none of its variants has a content word.
        List<String> phrasings = new ArrayList<>();
        List<String> writtenAs = new ArrayList<>();
        Set<String> useful = new HashSet<>();
        Map<String, List<String>> initialsOf = new HashMap<>();
        for (String written : writtenPhrasings) {
            boolean formula = !analyzer.readsAsTrained() && Formulas.isFormula(written);
            if (formula && nearMatches && useful.add(written)) { // a concept's formula: as written only
                wordless.computeIfAbsent(owner, o -> new LinkedHashMap<>()).put(written, Formulas.pattern(written));
                continue;
            }
            if (nearMatches && !formula && !analyzer.readsAsTrained()) {
                List<String> initials = Initialisms.of(written);
                if (!initials.isEmpty()) initialsOf.put(written, initials);
            }
            boolean whole = formula || !nearMatches && PhrasingVariants.isList(written);
            for (String variant : whole ? List.of(written) : PhrasingVariants.of(written)) {
                phrasings.add(variant);
                writtenAs.add(written);
            }
        }
        boolean contrasted = false;
        if (nearMatches && !analyzer.readsAsTrained()) {
            for (String written : writtenPhrasings) contrasted |= CONTRAST.matcher(written).find();
        }
        // Written phrasing → the one content word it comes down to, where a dropped word said part of it ("how much data").
        Map<String, String> shrunk = new LinkedHashMap<>();
        Phrasing previous = null;
        StringBuilder joined = new StringBuilder();
        int[] ends = new int[phrasings.size()];
        for (int p = 0; p < phrasings.size(); p++) {
            if (p > 0) joined.append('\n');
            // A line break inside a phrasing would join or split phrasings here; a space reads the same.
            joined.append(phrasings.get(p).replace('\n', ' ').replace('\r', ' '));
            ends[p] = joined.length();
        }
        String text = joined.toString();
        TokenizedText tokens = TokenizedText.analyzeLines(analyzer, text);
        // Written phrasing → a clause connective it holds: an answer's "but", "instead", "unlike" ends a clause there.
        Map<String, String> holdsConnective = new LinkedHashMap<>();
        int i = 0;
        for (int p = 0; p < phrasings.size(); p++) {
            boolean negated = false;
            int negatedWord = -1;
            boolean cueBefore = false;
            int[] words = new int[8];
            boolean[] prevents = new boolean[8];
            byte[] directions = new byte[8];
            boolean directed = false;
            int count = 0;
            String onlyWord = null;
            int phrasingStart = p == 0 ? 0 : ends[p - 1] + 1;
            for (; i < tokens.size && tokens.starts[i] < ends[p]; i++) {
                if (tokens.negator[i]) {
                    negated = true;
                    cueBefore = negatedWord < 0;
                    continue;
                }
                String term = tokens.terms[i];
                String written = Folding.surface(text.substring(tokens.starts[i], tokens.ends[i]));
                if (connectives.contains(term) && Negation.isClauseConnective(text, tokens.starts[i], tokens.ends[i])) {
                    // An answer's connective is no word of it, only a bound: a phrasing holding one ("continuous but not
                    // differentiable") is matched without it ({@link Phrasing#saysItsContrastIn}); as trained, it was kept.
                    if (!analyzer.readsAsTrained() && !SAYS_MORE_THAN_A_BOUND.contains(written)) continue;
                    holdsConnective.putIfAbsent(writtenAs.get(p), written);
                }
                String base = privativeBase(term, written);
                if (base != null) {
                    // "unlabeled data" is "data without labels": the phrasing asks for "label" negated.
                    negated = true;
                    term = base;
                    written = written.length() > 2 ? written.substring(2) : written;
                    if (negatedWord < 0) negatedWord = count;
                } else if (cueBefore) {
                    negatedWord = count;
                }
                cueBefore = false;
                if (count == words.length) {
                    words = Arrays.copyOf(words, 2 * count);
                    prevents = Arrays.copyOf(prevents, 2 * count);
                    directions = Arrays.copyOf(directions, 2 * count);
                }
                prevents[count] = Lessening.prevents(written, text, tokens.ends[i]);
                if (count == 0) onlyWord = written;
                directions[count] = Directions.before(text, Math.max(phrasingStart, i > 0 ? tokens.ends[i - 1] : 0), tokens.starts[i]);
                directed |= directions[count] != Directions.NONE;
                words[count++] = termId(term, written);
            }
            if (count == 0) continue;
            useful.add(writtenAs.get(p));
            List<String> initials = negated ? null : initialsOf.get(writtenAs.get(p));
            if (initials != null && phrasings.get(p).equals(writtenAs.get(p))) {
                String[] spelled = new String[count];
                for (int k = 0; k < count; k++) spelled[k] = terms.get(words[k]);
                initialisms.add(initials, spelled);
            }

            // Keyed by what the teacher wrote (warnings and evidence name it); variants alike ("t-RNA", "tRNA") are one.
            // A wrong claim's formula ("V = I/R") must be written so where its symbols are found.
            Pattern formula = nearMatches || analyzer.readsAsTrained() ? null : Formulas.pattern(phrasings.get(p));
            Pattern verb = formula != null ? formula : nearMatches ? null : ClaimVerbs.light(phrasings.get(p), analyzer.readsAsTrained());
            Pattern quantifier = formula != null ? null : count == 1 ? Quantities.saidBeside(phrasings.get(p))
                    : Quantities.saidAmong(phrasings.get(p), !nearMatches, analyzer.readsAsTrained());
            boolean oneWord = count == 1 && quantifier == null && !negated && !analyzer.readsAsTrained();
            boolean shrinks = oneWord && Phrasing.dropsMeaning(phrasings.get(p));
            if (verb == null && !analyzer.readsAsTrained()) verb = Phrasing.notation(phrasings.get(p)); // "p(x)" no "P(y|x)"
            // A wrong claim of one word, or a phrasing whose skipped words said its idea, is matched as written.
            if (verb == null && (nearMatches ? shrinks : oneWord)) verb = Phrasing.asWritten(phrasings.get(p));
            if (verb == null && !nearMatches && count >= 2) verb = ClaimVerbs.copula(phrasings.get(p), analyzer.readsAsTrained());
            if (verb == null && !nearMatches && !analyzer.readsAsTrained()) verb = ClaimVerbs.substance(phrasings.get(p));
            Pattern named = names.saidIn(phrasings.get(p), !nearMatches && count == 1);
            verb = PromptNames.both(verb, named);
            Pattern otherQuantity = count > 1 && formula == null
                    ? Quantities.otherThan(phrasings.get(p), !nearMatches, analyzer.readsAsTrained()) : null;
            if (nearMatches && shrinks && writtenAs.get(p).equals(phrasings.get(p)) && !Phrasing.isPhrasalVerb(phrasings.get(p))) {
                shrunk.putIfAbsent(writtenAs.get(p), onlyWord); // one word, no number beside it: matched only as written
            }
            // "model.eval", "p_data": code is matched as written, its parts in order ("evaluate the model" is no "model.eval")
            boolean inAnyOrder = anyOrder && (analyzer.readsAsTrained() || !isCode(phrasings.get(p)))
                    || !nearMatches && PhrasingVariants.isList(phrasings.get(p)); // a list's items in any order
            byte[] ways = directed && !analyzer.readsAsTrained() ? Arrays.copyOf(directions, count) : null;
            Phrasing compiled = new Phrasing(writtenAs.get(p), Arrays.copyOf(words, count), negated, negatedWord, inAnyOrder,
                    false, verb, quantifier, null, otherQuantity, ways, -1, Directions.NONE, contrasted);
            if (previous != null && sameAs(previous, compiled)) continue;
            previous = compiled;
            out.add(compiled);
            if (nearMatches && count >= nearMatchWords) {
                for (int skip = 0; skip < count; skip++) {
                    int[] fewer = new int[count - 1];
                    byte[] fewerWays = ways == null ? null : new byte[count - 1];
                    for (int k = 0, f = 0; k < count; k++) {
                        if (k == skip) continue;
                        if (fewerWays != null) fewerWays[f] = ways[k];
                        fewer[f++] = words[k];
                    }
                    Set<String> reversedBy = Reversals.of(terms.get(words[skip]), analyzer);
                    int negatedLeft = skip == negatedWord ? -1 : skip < negatedWord ? negatedWord - 1 : negatedWord;
                    // Without its verb of preventing, "prevents soil being washed away" names the harm: the answer must
                    // deny it ("the soil doesn't wash away") to say the idea, and "the soil washes away" says the opposite.
                    boolean deniesTheHarm = prevents[skip] && !negated && skip < count - 1 && !analyzer.readsAsTrained();
                    if (deniesTheHarm) negatedLeft = skip;
                    out.add(new Phrasing(writtenAs.get(p), fewer, negated || deniesTheHarm, negatedLeft, inAnyOrder, true,
                            named, quantifier, reversedBy, otherQuantity, fewerWays, words[skip],
                            ways == null ? Directions.NONE : ways[skip], contrasted));
                }
            }
        }
        for (String written : writtenPhrasings) {
            Pattern asWritten = useful.contains(written) || !nearMatches ? null : Phrasing.wordlessAsWritten(written);
            if (asWritten != null) {
                wordless.computeIfAbsent(owner, o -> new LinkedHashMap<>()).put(written, asWritten);
                warnings.add(owner + ": phrasing \"" + written + "\" has no content words, so it is matched only as written");
            } else if (!useful.contains(written)) {
                warnings.add(owner + ": phrasing \"" + written + "\" has no content words and never matches");
            } else if (shrunk.containsKey(written)) {
                warnings.add(owner + ": phrasing \"" + written + "\" comes down to \"" + shrunk.get(written) + "\" (the matcher"
                        + " skips its other words), so it is matched only as written; say the idea with another content word");
            } else if (holdsConnective.containsKey(written)) {
                warnings.add(owner + ": phrasing \"" + written + "\" holds \"" + holdsConnective.get(written)
                        + "\", which ends a clause in an answer (no phrasing is matched across it), so it never matches as"
                        + " written; say it without that word");
            }
        }
        return out;
    }

    private static boolean sameAs(Phrasing a, Phrasing b) {
        return a.text().equals(b.text()) && a.negated() == b.negated() && Arrays.equals(a.words(), b.words());
    }

    /**
     * {@link Privatives#base} of a word as written, stemmed on its own: Porter stems "unreliable" as "unreli" but
     * "reliable" as "reliabl", so the stem without its "un" would never meet the word ("not reliable" is
     * "unreliable"). The reference model keeps the stem cut short, as it was trained.
     */
    String privativeBase(String term, String written) {
        String base = Privatives.base(term);
        if (base == null || analyzer.readsAsTrained() || written.length() <= 4) return base;
        Set<String> own = termsOf(written.substring(2));
        return own.size() == 1 ? own.iterator().next() : base;
    }

    /** The rubric terms an answer word may stand for ({@link StandIns}); empty for most words. */
    int[] standInsFor(String term) {
        return standIns.of(term);
    }

    /** The stemmed content terms of a text, as the matcher sees them. */
    Set<String> termsOf(String text) {
        return TokenizedText.contentTerms(analyzer, text);
    }

    private int termId(String term, String spelling) {
        Integer id = ids.get(term);
        if (id == null) {
            id = terms.size();
            ids.put(term, id);
            terms.add(term);
            spellings.add(new HashSet<>());
        }
        spellings.get(id).add(spelling);
        return id;
    }

    /**
     * Words the question itself writes are real words, never typos of a rubric term: "In a redox reaction ..." is no
     * "reduction" misspelt. (Not in the reference model's reading, trained without it.)
     */
    void protectWordsOf(String prompt) {
        if (prompt == null || analyzer.readsAsTrained()) return;
        for (String word : PROMPT_WORD.split(prompt)) {
            if (!word.isEmpty()) protectedWords.add(Folding.surface(word));
        }
    }

    private static final Pattern PROMPT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Ends compilation: builds the typo and compound tables. */
    void seal() {
        sealed = true;
        standIns = new StandIns(analyzer, ids, spellings);
        protectedWords.addAll(terms);
        for (Set<String> forms : spellings) protectedWords.addAll(forms);
        initialisms.seal(protectedWords);
        for (String term : terms) {
            for (int end = 1; end < term.length(); end++) compoundHeads.add(term.substring(0, end));
        }
        if (!analyzer.readsAsTrained()) {
            for (int id = 0; id < spellings.size(); id++) {
                for (String spelling : spellings.get(id)) spelledAsOne.putIfAbsent(spelling, id);
            }
        }
        typos = new TypoTargets(analyzer, terms, spellings, protectedWords);
        if (!analyzer.readsAsTrained()) opposites = oppositesOfTerms();
    }

    @SuppressWarnings("unchecked")
    private Set<String>[] oppositesOfTerms() {
        Set<String>[] out = new Set[terms.size()];
        for (int id = 0; id < out.length; id++) out[id] = Reversals.of(terms.get(id), analyzer);
        return out;
    }

    /** The terms that say the opposite of a rubric term ("weak" for "strong"), or null for none or as trained. */
    Set<String> opposites(int id) {
        return opposites == null ? null : opposites[id];
    }

    int size() {
        return terms.size();
    }

    String term(int id) {
        return terms.get(id);
    }

    /** The id of a term, or null when the rubric does not use it. */
    Integer id(String term) {
        return ids.get(term);
    }

    Map<String, Map<String, Pattern>> wordless() {
        return wordless;
    }

    /** The initials, in lower case, a phrasing may be said by → its terms; empty as the reference model was trained. */
    Map<String, String[]> initialisms() {
        return initialisms.spelled();
    }

    List<String> warnings() {
        return warnings;
    }

    /** The rubric terms an answer word not in the vocabulary may be a typo of ({@link TypoTargets}). */
    int[] typoTargets(String term, String written, Map<String, int[]>[] memo) {
        return typos.of(term, written, memo);
    }

    /** The question's hyphenated names, each first term to the terms after it ({@link PromptNames#compounds}). */
    Map<String, Set<String>> questionCompounds() {
        return names.compounds();
    }

    /** "auto-encoder", "over complete", "lower case": two adjacent words that together spell one rubric term; -1 if not. */
    int compoundId(TokenizedText tokens, int i) {
        if (!tokens.writtenTogether(i) || !compoundHeads.contains(tokens.terms[i])) return -1;
        Integer id = ids.get(tokens.terms[i] + tokens.terms[i + 1]);
        if (id == null && !spelledAsOne.isEmpty()) id = spelledAsOne.get(tokens.written(i) + tokens.written(i + 1));
        return id == null ? -1 : id;
    }
}

package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Misconception;
import dev.latent.deck.Rubric;
import dev.latent.scoring.analysis.AnswerAnalyzer;
import dev.latent.scoring.analysis.Folding;
import dev.latent.scoring.analysis.Negation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rubric prepared for scoring: every phrasing analysed once into term ids, the typo-protected term set
 * computed once. Immutable and safe to share between threads; {@link #score(String)} is the hot path.
 *
 * <p>Scoring an answer: analyse it (see {@link AnswerAnalyzer}); give each word the rubric terms it
 * stands for (same stem; or, for a word that is not itself a rubric term or a common word, a stem or
 * spelling within the typo tolerance; or two adjacent words written apart, "auto-encoder"); find each
 * phrasing's occurrences (in order with at most {@code phraseGap} words between consecutive words, or in
 * any order inside a window of the same size); decide for each occurrence whether a negation applies;
 * sum the weights of affirmed concepts minus the penalties of stated misconceptions; cap the grade for
 * missing required concepts, keyword lists, contradictions and misconceptions.
 *
 * <p>Work is linear in the answer's length: each word is compared with at most the rubric's vocabulary
 * (memoised per distinct word), and each phrasing start looks at a bounded window.
 */
public final class CompiledRubric {

    private static final String[] CONNECTIVE_WORDS = {"but", "however", "although", "though", "whereas",
            "yet", "while", "whilst", "unlike", "instead", "except", "otherwise"};

    private final Rubric rubric;
    private final ScoringPolicy policy;
    private final AnswerAnalyzer analyzer;
    private final Set<String> connectives;
    private final Set<String> cancellers;
    /** Term (stem) → id. */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    /** Per term id: the written (folded, unstemmed) forms seen in phrasings; typo targets. */
    private final List<Set<String>> spellings = new ArrayList<>();
    /** Every rubric term and spelling: an answer word equal to one is never read as a typo of another. */
    private final Set<String> protectedWords = new HashSet<>();
    /** Proper prefixes of rubric terms: a word must be one to start a compound written apart ("auto-encoder"). */
    private final Set<String> compoundHeads = new HashSet<>();
    private final List<Target> targets = new ArrayList<>();
    /** Typo candidates: every term and spelling (4+ letters) with its term id and letter mask, for fast rejection. */
    private final String[] typoForms;
    private final int[] typoFormIds;
    private final int[] typoFormMasks;
    /**
     * Typo targets of answer words seen before, shared by all calls: answers to one question reuse their
     * vocabulary. Bounded, so that hostile input cannot grow it without limit; past the bound each call
     * keeps its own memo.
     */
    private final ConcurrentHashMap<String, int[]> typoCache = new ConcurrentHashMap<>();
    static final int TYPO_CACHE_LIMIT = 20_000;
    private final List<String> warnings = new ArrayList<>();
    private final double possible;

    /** Something the answer can state: a concept, a misconception, or a concept's opposite. */
    private enum Kind { CONCEPT, MISCONCEPTION, OPPOSITE }

    private record Target(Kind kind, int index, List<Phrasing> phrasings) {
    }

    /**
     * One phrasing as term ids.
     *
     * @param negated the phrasing contains a negation word: its other words must appear negated
     */
    private record Phrasing(String text, int[] words, boolean negated, boolean anyOrder) {
    }

    CompiledRubric(Rubric rubric, ScoringPolicy policy, AnswerAnalyzer analyzer) {
        this.rubric = rubric;
        this.policy = policy;
        this.analyzer = analyzer;
        this.connectives = termsOf(CONNECTIVE_WORDS);
        this.cancellers = new HashSet<>(Negation.CANCELLERS);
        cancellers.addAll(termsOf(Negation.CANCELLERS.toArray(new String[0])));
        List<Concept> concepts = rubric.concepts();
        for (int i = 0; i < concepts.size(); i++) {
            Concept concept = concepts.get(i);
            targets.add(new Target(Kind.CONCEPT, i, compile(concept.phrasings(), concept.anyOrder(), concept.id())));
        }
        List<Misconception> misconceptions = rubric.misconceptions();
        for (int i = 0; i < misconceptions.size(); i++) {
            Misconception misconception = misconceptions.get(i);
            targets.add(new Target(Kind.MISCONCEPTION, i,
                    compile(misconception.phrasings(), misconception.anyOrder(), misconception.id())));
        }
        for (int i = 0; i < concepts.size(); i++) {
            Concept concept = concepts.get(i);
            if (!concept.opposites().isEmpty()) {
                targets.add(new Target(Kind.OPPOSITE, i, compile(concept.opposites(), concept.anyOrder(), concept.id())));
            }
        }
        protectedWords.addAll(terms);
        for (Set<String> forms : spellings) protectedWords.addAll(forms);
        for (String term : terms) {
            for (int end = 1; end < term.length(); end++) compoundHeads.add(term.substring(0, end));
        }
        List<String> forms = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < terms.size(); id++) {
            Set<String> written = new LinkedHashSet<>();
            written.add(terms.get(id));
            written.addAll(spellings.get(id));
            for (String form : written) {
                if (Typos.tolerance(form.length()) == 0) continue; // short words are never typo targets
                forms.add(form);
                ids.add(id);
            }
        }
        // Plain loops, no streams or lambdas: their first use costs milliseconds in a cold JVM.
        typoForms = forms.toArray(new String[0]);
        typoFormIds = new int[ids.size()];
        typoFormMasks = new int[forms.size()];
        for (int f = 0; f < typoForms.length; f++) {
            typoFormIds[f] = ids.get(f);
            typoFormMasks[f] = Typos.letterMask(typoForms[f]);
        }
        possible = rubric.totalWeight();
    }

    public Rubric rubric() {
        return rubric;
    }

    public ScoringPolicy policy() {
        return policy;
    }

    /** Phrasings that can never match (for instance made only of stop words), one message each. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private Set<String> termsOf(String[] words) {
        Set<String> out = new HashSet<>();
        for (String word : words) {
            TokenizedText text = TokenizedText.analyze(analyzer, Set.of(), Set.of(), word);
            for (int i = 0; i < text.size; i++) out.add(text.terms[i]);
        }
        return out;
    }

    private List<Phrasing> compile(List<String> phrasings, boolean anyOrder, String owner) {
        List<Phrasing> out = new ArrayList<>();
        for (String phrasing : phrasings) {
            TokenizedText text = TokenizedText.analyze(analyzer, Set.of(), Set.of(), phrasing);
            boolean negated = false;
            int[] words = new int[text.size];
            int count = 0;
            for (int i = 0; i < text.size; i++) {
                if (text.negator[i]) {
                    negated = true;
                    continue;
                }
                words[count++] = termId(text.terms[i], Folding.surface(phrasing.substring(text.starts[i], text.ends[i])));
            }
            if (count == 0) {
                warnings.add(owner + ": phrasing \"" + phrasing + "\" has no content words and never matches");
                continue;
            }
            out.add(new Phrasing(phrasing, Arrays.copyOf(words, count), negated, anyOrder));
        }
        return out;
    }

    private int termId(String term, String spelling) {
        Integer id = vocabulary.get(term);
        if (id == null) {
            id = terms.size();
            vocabulary.put(term, id);
            terms.add(term);
            spellings.add(new HashSet<>());
        }
        spellings.get(id).add(spelling);
        return id;
    }

    // ------------------------------------------------------------------------------------------------
    // Scoring

    /** Grades one answer. Never throws for any string; null counts as empty. */
    public ScoreResult score(String answer) {
        String text = answer == null ? "" : answer;
        TokenizedText tokens = TokenizedText.analyze(analyzer, connectives, cancellers, text);
        Matches matches = new Matches(tokens);
        return assemble(tokens, matches);
    }

    /** Which rubric terms each answer word stands for, as postings: term id → positions. */
    private final class Matches {
        final TokenizedText tokens;
        final int[] postingStart;   // per term id, index into the arrays below; length = terms + 1
        final int[] position;       // first position of the match
        final int[] last;           // last position (differs for words written apart: "auto encoder")
        final boolean[] typo;
        final int[] lastNegatorBefore; // per position: nearest live negation cue before it, or -1
        final int[] negatorsUpTo;      // per position: negation cues at positions < it

        Matches(TokenizedText tokens) {
            this.tokens = tokens;
            int n = tokens.size;
            int vocabularySize = terms.size();
            // Collect (term, position, last, typo) first, then lay them out by term.
            int[] matchTerm = new int[Math.max(4, n)];
            int[] matchPosition = new int[matchTerm.length];
            int[] matchLast = new int[matchTerm.length];
            boolean[] matchTypo = new boolean[matchTerm.length];
            int count = 0;
            Map<String, int[]> typoMemo = null;
            for (int i = 0; i < n; i++) {
                if (tokens.negator[i]) continue;
                String term = tokens.terms[i];
                Integer exact = vocabulary.get(term);
                int[] found;
                boolean fuzzy = false;
                if (exact != null) {
                    found = new int[]{exact};
                } else {
                    String written = tokens.text.substring(tokens.starts[i], tokens.ends[i]);
                    found = typoCache.get(written);
                    if (found == null && typoMemo != null) found = typoMemo.get(written);
                    if (found == null) {
                        found = typoTargets(term, written);
                        if (typoCache.size() < TYPO_CACHE_LIMIT) {
                            typoCache.put(written, found);
                        } else {
                            if (typoMemo == null) typoMemo = new HashMap<>();
                            typoMemo.put(written, found);
                        }
                    }
                    fuzzy = found.length > 0;
                }
                int compound = i + 1 < n && !tokens.negator[i + 1] ? compoundId(tokens, i) : -1;
                int needed = count + found.length + 1;
                if (needed > matchTerm.length) {
                    int capacity = Math.max(needed, matchTerm.length * 2);
                    matchTerm = Arrays.copyOf(matchTerm, capacity);
                    matchPosition = Arrays.copyOf(matchPosition, capacity);
                    matchLast = Arrays.copyOf(matchLast, capacity);
                    matchTypo = Arrays.copyOf(matchTypo, capacity);
                }
                for (int id : found) {
                    matchTerm[count] = id;
                    matchPosition[count] = i;
                    matchLast[count] = i;
                    matchTypo[count] = fuzzy;
                    count++;
                }
                if (compound >= 0) {
                    matchTerm[count] = compound;
                    matchPosition[count] = i;
                    matchLast[count] = i + 1;
                    matchTypo[count] = false;
                    count++;
                }
            }
            postingStart = new int[vocabularySize + 1];
            for (int k = 0; k < count; k++) postingStart[matchTerm[k] + 1]++;
            for (int t = 0; t < vocabularySize; t++) postingStart[t + 1] += postingStart[t];
            position = new int[count];
            last = new int[count];
            typo = new boolean[count];
            int[] fill = Arrays.copyOf(postingStart, vocabularySize);
            for (int k = 0; k < count; k++) { // positions ascend, so each posting list comes out sorted
                int at = fill[matchTerm[k]]++;
                position[at] = matchPosition[k];
                last[at] = matchLast[k];
                typo[at] = matchTypo[k];
            }
            lastNegatorBefore = new int[n];
            negatorsUpTo = new int[n + 1];
            int lastCue = -1;
            for (int i = 0; i < n; i++) {
                lastNegatorBefore[i] = lastCue;
                negatorsUpTo[i + 1] = negatorsUpTo[i] + (tokens.negator[i] ? 1 : 0);
                if (tokens.negator[i]) lastCue = i;
            }
        }

        /** The negation cue applying to positions first..last, or -1. */
        int negationOf(int first, int lastPosition) {
            if (negatorsUpTo[lastPosition + 1] - negatorsUpTo[first] > 0) {
                for (int q = first; q <= lastPosition; q++) if (tokens.negator[q]) return q;
            }
            int cue = lastNegatorBefore[first];
            if (cue >= 0 && first - cue - 1 <= policy.negationScope() && tokens.clause[cue] == tokens.clause[first]) {
                return cue;
            }
            return -1;
        }
    }

    /** "auto-encoder", "over complete": two adjacent words that together spell one rubric term. */
    private int compoundId(TokenizedText tokens, int i) {
        int gap = tokens.starts[i + 1] - tokens.ends[i];
        if (gap > 1) return -1;
        if (gap == 1) {
            char between = tokens.text.charAt(tokens.ends[i]);
            if (between != '-' && between != ' ' && between != '\u2010' && between != '\u2011') return -1;
        }
        if (!compoundHeads.contains(tokens.terms[i])) return -1;
        Integer id = vocabulary.get(tokens.terms[i] + tokens.terms[i + 1]);
        return id == null ? -1 : id;
    }

    private static final int[] NONE = new int[0];

    /** Rubric terms an answer word may be a typo of; none when the word is itself a real word. */
    private int[] typoTargets(String term, String written) {
        String spelling = Folding.surface(written);
        if (spelling.length() < 4 || Typos.REAL_WORDS.contains(term)) return NONE;
        if (protectedWords.contains(spelling) || Typos.REAL_WORDS.contains(spelling)) return NONE;
        int[] found = NONE;
        int termMask = Typos.letterMask(term);
        int spellingMask = Typos.letterMask(spelling);
        for (int f = 0; f < typoForms.length; f++) {
            int id = typoFormIds[f];
            if (found.length > 0 && found[found.length - 1] == id) continue;
            String form = typoForms[f];
            int mask = typoFormMasks[f];
            if (Typos.mayBeTypo(term, termMask, form, mask) && Typos.isTypo(term, form)
                    || Typos.mayBeTypo(spelling, spellingMask, form, mask) && Typos.isTypo(spelling, form)) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = id;
            }
        }
        return found;
    }

    // ------------------------------------------------------------------------------------------------
    // Occurrences

    /** Occurrences kept per phrasing and polarity: enough for evidence and contradictions, bounded for long answers. */
    private static final int MAX_OCCURRENCES = 16;

    /**
     * A target's occurrences over all its phrasings. A negated occurrence whose negation word also
     * affirms the target through a negated phrasing ("never reach equilibrium" for "not converge" and
     * "equilibrium") is one statement, not a contradiction, and is dropped.
     */
    private static final class Found {
        final List<Occurrence> affirmed = new ArrayList<>();
        final List<Occurrence> negated = new ArrayList<>();

        Occurrence firstAffirmed() {
            return earliest(affirmed);
        }

        Occurrence firstNegated() {
            if (negated.isEmpty()) return null;
            Set<Integer> affirmingCues = new HashSet<>();
            for (Occurrence occurrence : affirmed) if (occurrence.cue() >= 0) affirmingCues.add(occurrence.cue());
            Occurrence first = null;
            for (Occurrence occurrence : negated) {
                if (affirmingCues.contains(occurrence.cue())) continue;
                if (first == null || occurrence.start() < first.start()) first = occurrence;
            }
            return first;
        }

        private static Occurrence earliest(List<Occurrence> occurrences) {
            Occurrence first = null;
            for (Occurrence occurrence : occurrences) if (first == null || occurrence.start() < first.start()) first = occurrence;
            return first;
        }
    }

    private record Occurrence(Phrasing phrasing, int[] postings, int cue, int start) {
    }

    private Found find(Target target, Matches matches) {
        Found found = new Found();
        for (Phrasing phrasing : target.phrasings()) {
            if (phrasing.words().length == 1 || !phrasing.anyOrder()) {
                findInOrder(phrasing, matches, found);
            } else {
                findAnyOrder(phrasing, matches, found);
            }
        }
        return found;
    }

    /** Records the occurrence; returns true once enough of this phrasing's occurrences are known. */
    private boolean record(Phrasing phrasing, int[] postings, Matches matches, Found found, int[] counts) {
        int first = Integer.MAX_VALUE;
        int lastPosition = -1;
        for (int p : postings) {
            first = Math.min(first, matches.position[p]);
            lastPosition = Math.max(lastPosition, matches.last[p]);
        }
        int cue = matches.negationOf(first, lastPosition);
        boolean negatedHere = cue >= 0;
        // A phrasing with its own negation ("without labels") is affirmed by a negated occurrence of the
        // rest; an occurrence of the rest without negation says nothing about it.
        if (phrasing.negated() && !negatedHere) return false;
        boolean affirmed = negatedHere == phrasing.negated();
        int slot = affirmed ? 0 : 1;
        if (counts[slot] < MAX_OCCURRENCES) {
            counts[slot]++;
            Occurrence occurrence = new Occurrence(phrasing, postings.clone(), cue, matches.tokens.starts[first]);
            (affirmed ? found.affirmed : found.negated).add(occurrence);
        }
        return counts[0] >= MAX_OCCURRENCES && (counts[1] >= MAX_OCCURRENCES || phrasing.negated());
    }

    /** True when every word of the phrasing occurs somewhere in the answer: most phrasings stop here. */
    private static boolean allWordsOccur(int[] words, Matches matches) {
        for (int word : words) {
            if (matches.postingStart[word + 1] == matches.postingStart[word]) return false;
        }
        return true;
    }

    /**
     * In order, each word at most {@code phraseGap} words after the previous one, within one sentence.
     * Starts are visited in text order and each later word keeps a cursor that only moves forward, so the
     * work is linear in the number of postings times the (bounded) window.
     */
    private void findInOrder(Phrasing phrasing, Matches matches, Found found) {
        int[] words = phrasing.words();
        if (!allWordsOccur(words, matches)) return;
        int m = words.length;
        int gap = policy.phraseGap();
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
                if (p < stop && matches.position[p] - current - 1 <= gap && tokens.sentence[matches.position[p]] == sentence) {
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
    private void findAnyOrder(Phrasing phrasing, Matches matches, Found found) {
        int[] words = phrasing.words();
        if (!allWordsOccur(words, matches)) return;
        int m = words.length;
        int span = m + policy.phraseGap() * (m - 1); // positions a match may cover
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

    private static boolean takenBefore(int[] postings, int k, int lead, int position, Matches matches) {
        if (matches.position[postings[lead]] == position) return true;
        for (int j = 0; j < k; j++) {
            if (j != lead && matches.position[postings[j]] == position) return true;
        }
        return false;
    }

    private Evidence evidence(Occurrence occurrence, Matches matches) {
        TokenizedText tokens = matches.tokens;
        int[] postings = occurrence.postings().clone();
        List<Span> words = new ArrayList<>(postings.length);
        int start = Integer.MAX_VALUE;
        int end = -1;
        boolean typo = false;
        // Words in text order (insertion sort: a phrasing has a handful of words).
        int[] order = postings;
        for (int i = 1; i < order.length; i++) {
            int p = order[i];
            int j = i - 1;
            while (j >= 0 && matches.position[order[j]] > matches.position[p]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = p;
        }
        for (int p : order) {
            int from = tokens.starts[matches.position[p]];
            int to = tokens.ends[matches.last[p]];
            words.add(new Span(from, to));
            start = Math.min(start, from);
            end = Math.max(end, to);
            typo |= matches.typo[p];
        }
        Span negation = occurrence.cue() < 0 ? null
                : new Span(tokens.starts[occurrence.cue()], tokens.ends[occurrence.cue()]);
        return new Evidence(occurrence.phrasing().text(), start, end, tokens.text.substring(start, end), words, typo,
                negation);
    }

    // ------------------------------------------------------------------------------------------------
    // Score

    private ScoreResult assemble(TokenizedText tokens, Matches matches) {
        List<Concept> concepts = rubric.concepts();
        Found[] conceptFinds = new Found[concepts.size()];
        Found[] oppositeFinds = new Found[concepts.size()];
        List<MisconceptionResult> misconceptions = new ArrayList<>();
        List<MisconceptionResult> opposites = new ArrayList<>();
        for (Target target : targets) {
            Found found = find(target, matches);
            switch (target.kind()) {
                case CONCEPT -> conceptFinds[target.index()] = found;
                case OPPOSITE -> oppositeFinds[target.index()] = found;
                case MISCONCEPTION -> {
                    Occurrence stated = found.firstAffirmed();
                    if (stated != null) {
                        Misconception misconception = rubric.misconceptions().get(target.index());
                        misconceptions.add(new MisconceptionResult(misconception.id(), misconception.label(),
                                misconception.penalty(), evidence(stated, matches), null));
                    }
                }
            }
        }
        List<ConceptResult> conceptResults = new ArrayList<>(concepts.size());
        double earned = 0;
        boolean requiredMissing = false;
        boolean contradiction = false;
        for (int i = 0; i < concepts.size(); i++) {
            Concept concept = concepts.get(i);
            Found found = conceptFinds[i];
            Found opposite = oppositeFinds[i];
            // Negating an opposite ("not stable") affirms the concept.
            Occurrence negated = found.firstNegated();
            Occurrence affirmed = earliest(found.firstAffirmed(), opposite == null ? null : opposite.firstNegated());
            Occurrence stated = opposite == null ? null : opposite.firstAffirmed();
            boolean contradicted = affirmed != null && (negated != null || stated != null);
            ConceptStatus status;
            Evidence evidence;
            if (affirmed != null) {
                status = ConceptStatus.HIT;
                evidence = evidence(affirmed, matches);
                earned += concept.weight();
            } else if (negated != null) {
                status = ConceptStatus.NEGATED;
                evidence = evidence(negated, matches);
            } else {
                status = ConceptStatus.MISSED;
                evidence = null;
            }
            if (stated != null) {
                opposites.add(new MisconceptionResult(concept.id() + "~opposite", "Opposite of: " + concept.label(),
                        concept.weight(), evidence(stated, matches), concept.id()));
            }
            contradiction |= contradicted;
            requiredMissing |= concept.required() && status != ConceptStatus.HIT;
            conceptResults.add(new ConceptResult(concept.id(), concept.label(), concept.weight(), concept.required(),
                    status, evidence, contradicted));
        }
        misconceptions.addAll(opposites);
        double penalty = 0;
        for (MisconceptionResult misconception : misconceptions) penalty += misconception.penalty();

        int uncapped = policy.scoreOf(earned - penalty, possible);
        List<ScoreFlag> flags = new ArrayList<>();
        int maxGrade = 4;
        if (tokens.size == 0) {
            flags.add(ScoreFlag.EMPTY_ANSWER);
            maxGrade = 0;
        }
        if (requiredMissing) {
            flags.add(ScoreFlag.REQUIRED_MISSING);
            maxGrade = Math.min(maxGrade, policy.requiredMissingMaxGrade());
        }
        if (isKeywordList(tokens)) {
            flags.add(ScoreFlag.KEYWORD_LIST);
            maxGrade = Math.min(maxGrade, policy.keywordListMaxGrade());
        }
        if (contradiction) {
            flags.add(ScoreFlag.CONTRADICTION);
            maxGrade = Math.min(maxGrade, policy.contradictionMaxGrade());
        }
        if (!misconceptions.isEmpty()) {
            flags.add(ScoreFlag.MISCONCEPTION);
            maxGrade = Math.min(maxGrade, policy.misconceptionMaxGrade());
        }
        int score = Math.min(uncapped, policy.gradeBands().maxScoreFor(maxGrade));
        if (tokens.size == 0) score = 0;
        int grade = policy.gradeBands().gradeOf(score);
        return new ScoreResult(score, grade, policy.ratingThresholds().ratingFor(score), uncapped, earned, penalty,
                possible, conceptResults, misconceptions, flags);
    }

    private static Occurrence earliest(Occurrence a, Occurrence b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.start() < a.start() ? b : a;
    }

    /**
     * A bare list of terms: several short pieces between commas or line breaks, with almost no function
     * words ("encoder, decoder, latent space, loss"); or a run of five or more words without a single one.
     */
    static boolean isKeywordList(TokenizedText tokens) {
        int content = tokens.contentWords();
        if (content < 3) return false;
        double functionShare = tokens.functionWords / (double) (tokens.functionWords + content);
        boolean listShaped = tokens.segments >= 3 && content <= 3 * tokens.segments;
        return (functionShare < 0.2 && listShaped) || (tokens.functionWords == 0 && content >= 5);
    }

    @Override
    public String toString() {
        List<String> ids = new ArrayList<>();
        for (Concept concept : rubric.concepts()) ids.add(concept.id());
        return "CompiledRubric" + ids + " (" + terms.size() + " terms)";
    }
}

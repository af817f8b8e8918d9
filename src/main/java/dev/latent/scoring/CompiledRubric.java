package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Misconception;
import dev.latent.deck.Rubric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    private final List<Target> targets = new ArrayList<>();
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
        cancellers.addAll(termsOf(Negation.CANCELLERS.toArray(String[]::new)));
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
                    if (typoMemo == null) typoMemo = new HashMap<>();
                    found = typoMemo.get(term);
                    if (found == null) {
                        found = typoTargets(term, tokens.text.substring(tokens.starts[i], tokens.ends[i]));
                        typoMemo.put(term, found);
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

        /** First posting index of term {@code id} with position >= from, or the list's end. */
        int firstAtOrAfter(int id, int from) {
            int low = postingStart[id];
            int high = postingStart[id + 1];
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (position[mid] < from) low = mid + 1;
                else high = mid;
            }
            return low;
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
        for (int id = 0; id < terms.size(); id++) {
            String target = terms.get(id);
            boolean near = Typos.within(term, target, Typos.tolerance(target.length()));
            if (!near) {
                for (String form : spellings.get(id)) {
                    if (Typos.within(spelling, form, Typos.tolerance(form.length()))) {
                        near = true;
                        break;
                    }
                }
            }
            if (near) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = id;
            }
        }
        return found;
    }

    // ------------------------------------------------------------------------------------------------
    // Occurrences

    /** First affirmed and first negated occurrence of a target, over all its phrasings. */
    private static final class Found {
        Occurrence affirmed;
        Occurrence negated;

        void offer(Occurrence occurrence, boolean isAffirmed) {
            if (isAffirmed) {
                if (affirmed == null || occurrence.start() < affirmed.start()) affirmed = occurrence;
            } else if (negated == null || occurrence.start() < negated.start()) {
                negated = occurrence;
            }
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

    /** Records the occurrence; returns true once both an affirmed and a negated one are known for this phrasing. */
    private boolean record(Phrasing phrasing, int[] postings, Matches matches, Found found, boolean[] seen) {
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
        if (!seen[slot]) {
            seen[slot] = true;
            found.offer(new Occurrence(phrasing, postings.clone(), cue, matches.tokens.starts[first]), affirmed);
        }
        return seen[0] && (seen[1] || phrasing.negated());
    }

    private void findInOrder(Phrasing phrasing, Matches matches, Found found) {
        int[] words = phrasing.words();
        int m = words.length;
        int gap = policy.phraseGap();
        int[] postings = new int[m];
        boolean[] seen = new boolean[2];
        TokenizedText tokens = matches.tokens;
        for (int s = matches.postingStart[words[0]], end = matches.postingStart[words[0] + 1]; s < end; s++) {
            postings[0] = s;
            int current = matches.last[s];
            int sentence = tokens.sentence[matches.position[s]];
            boolean complete = true;
            for (int k = 1; k < m && complete; k++) {
                int p = matches.firstAtOrAfter(words[k], current + 1);
                if (p < matches.postingStart[words[k] + 1]
                        && matches.position[p] - current - 1 <= gap
                        && tokens.sentence[matches.position[p]] == sentence) {
                    postings[k] = p;
                    current = matches.last[p];
                } else {
                    complete = false;
                }
            }
            if (complete && record(phrasing, postings, matches, found, seen)) return;
        }
    }

    private void findAnyOrder(Phrasing phrasing, Matches matches, Found found) {
        int[] words = phrasing.words();
        int m = words.length;
        int span = m + policy.phraseGap() * (m - 1); // positions a match may cover
        int[] postings = new int[m];
        boolean[] seen = new boolean[2];
        TokenizedText tokens = matches.tokens;
        for (int lead = 0; lead < m; lead++) {
            for (int s = matches.postingStart[words[lead]], end = matches.postingStart[words[lead] + 1]; s < end; s++) {
                int from = matches.position[s];
                int limit = from + span - 1;
                int sentence = tokens.sentence[from];
                postings[lead] = s;
                boolean complete = true;
                for (int k = 0; k < m && complete; k++) {
                    if (k == lead) continue;
                    // Leftmost posting of word k in the window, at another position than the words placed so far.
                    int p = matches.firstAtOrAfter(words[k], from);
                    int stop = matches.postingStart[words[k] + 1];
                    boolean placed = false;
                    for (; p < stop && matches.position[p] <= limit; p++) {
                        if (tokens.sentence[matches.position[p]] != sentence) break;
                        if (!takenBefore(postings, k, lead, matches.position[p], matches)) {
                            postings[k] = p;
                            placed = true;
                            break;
                        }
                    }
                    complete = placed;
                }
                if (complete && record(phrasing, postings, matches, found, seen)) return;
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
        int[] order = Arrays.stream(postings).boxed()
                .sorted((a, b) -> Integer.compare(matches.position[a], matches.position[b]))
                .mapToInt(Integer::intValue).toArray();
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
                    if (found.affirmed != null) {
                        Misconception misconception = rubric.misconceptions().get(target.index());
                        misconceptions.add(new MisconceptionResult(misconception.id(), misconception.label(),
                                misconception.penalty(), evidence(found.affirmed, matches), null));
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
            Occurrence affirmed = earliest(found.affirmed, opposite == null ? null : opposite.negated);
            Occurrence stated = opposite == null ? null : opposite.affirmed;
            boolean contradicted = affirmed != null && (found.negated != null || stated != null);
            ConceptStatus status;
            Evidence evidence;
            if (affirmed != null) {
                status = ConceptStatus.HIT;
                evidence = evidence(affirmed, matches);
                earned += concept.weight();
            } else if (found.negated != null) {
                status = ConceptStatus.NEGATED;
                evidence = evidence(found.negated, matches);
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
        double penalty = misconceptions.stream().mapToDouble(MisconceptionResult::penalty).sum();

        int uncapped = possible <= 0 ? 0
                : (int) Math.round(100 * Math.max(0, Math.min(1, (earned - penalty) / possible)));
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
        return "CompiledRubric" + Arrays.toString(rubric.concepts().stream().map(Concept::id).toArray())
                + " terms=" + terms.size() + " (" + String.join(",", terms.subList(0, Math.min(terms.size(), 8)))
                .toLowerCase(Locale.ROOT) + (terms.size() > 8 ? ",…" : "") + ")";
    }
}

package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static dev.latent.scoring.analysis.RewriteCharFilter.containsAnyOf;
import static dev.latent.scoring.analysis.TextScan.containsIgnoringCase;

/**
 * The analysis chain for answers and rubric phrasings alike, so both sides meet as the same terms:
 * <pre>
 * DroppedGCharFilter         "trainin'", "nothin'" → "training", "nothing" (not a quoted 'domain'; not as trained)
 * RewriteCharFilter          pattern rewrites in this order, each only for a text it can change (a copied word keeps
 *                            its own offsets; inserted words point at what they replace):
 *   zero-width spaces removed (they split a word a reader sees as one), offsets kept
 *   "membrane.Active" → "membrane. Active" (a sentence typed without its space)
 *   "t-RNA" → "tRNA" (a hyphenated single letter would be lost as a stop word)
 *   "under- and overcomplete" → "undercomplete and overcomplete" (a prefix left hanging takes its pair's stem)
 *   "codings < inputs", "k ≪ d" → "smaller than", and "larger than" for ">"
 *   "W^T", "Wᵀ", "W.T" → "W transpose" (the tokenizer would drop the T)
 *   and since the reference model was trained (not in its reading):
 *   "away from each other" → "away apart" (the stop filter would leave "away" alone)
 *   "30yrs", "24hrs" → "30 yrs", "24 hrs" (a unit's short form typed onto its number)
 *   "goes up", "went down" → "rise", "fall", and the other way after "and" ("up in winter and down in summer")
 *   a comparison between sizes written with bars ("|code| < |input|"), and one that allows equality ("k ≥ d",
 *   "k >= d"), read as words; then "|coding layer|" → "coding layer" (a size as math; a norm's "||x||" stays);
 *   "≠" and "!=" → "not"; "u · v" → "u dot v", "u x v" and "u × v" → "u cross v" (the signs between single letters);
 *   "w/o" → "without"; then {@link LeftOutPredicates}: "hashes can't be reversed but encryption can" → "... but
 *   encryption can be reversed" (a predicate left out after a contrast or a comma, read again for the second subject,
 *   its polarity that subject's own), "can't not" → "must"
 * StandardTokenizer          words by UAX#29, with character offsets into the original text
 *  → UnicodeFoldingFilter    NFKC, invisible format characters dropped, ’ → '
 *  → ASCIIFoldingFilter      diacritics: "réseau" → "reseau"
 *  → LowerCaseFilter
 *  → CodeIdentifierFilter    "ae.encoder" → ae encoder, "X_unlabeled" → x unlabeled (not "e.g"; not as trained)
 *  → ContractionFilter       "isn't", "can't", "won't", "cannot" → not; "encoder's" → encoder
 *  → NegationFilter          no, never, without, nor, ... → not
 *  → StopFilter              {@link #STOP_WORDS}: function words, but no negations
 *  → BritishSpellings        "colour" → color, "organise" → organize, "centre" → center (not as trained)
 *  → Abbreviations           "params" → parameters, "grads" → gradients (short forms of one meaning)
 *  → AdverbStems             "randomly" → random, "easily" → easy (not "early", "anomaly")
 *  → IrregularVerbs          "paid" → pay, "fought" → fight, "took" → take (not "left", "found", "meant")
 *  → PorterGaps              "focus", "bias" kept whole (Porter reads them as plurals); "tries", "tied" → try, tie;
 *                            "experienced" → experience; "dimensional" → dimension, "accidental" → accident (Porter
 *                            stems each apart from its base)
 *  → StemOverrideFilter      {@link #STEM_OVERRIDES}: words Porter would wrongly merge ("generator", "general")
 *  → stemmer                 Porter (default) or English minimal (plurals only)
 * </pre>
 * Unlike EnglishAnalyzer, whose stop set drops "not" and "no", negation survives as the term "not".
 * The stop filter leaves position gaps, which the matcher reads to count function words.
 * <p>
 * No stage builds an FST: Lucene's {@code MappingCharFilter} and {@code StemmerOverrideFilter} did, for four
 * characters and eighteen words, and building them was a third of the grader's cold start (the first answer a
 * learner checks in a fresh JVM); a regular-expression char filter and a {@link CharArrayMap} do the same work.
 */
public final class AnswerAnalyzer extends Analyzer {

    /**
     * The invisible characters that split a word for the tokenizer although a reader sees one word: zero-width
     * space, word joiner, zero-width no-break space (BOM), Mongolian vowel separator. Other invisible format
     * characters (joiners, bidi marks, soft hyphen) do not split words under UAX#29 and are dropped by
     * {@link UnicodeFoldingFilter}.
     */
    private static final String WORD_SPLITTING_INVISIBLES = "\u200B\u2060\uFEFF\u180E";


    /**
     * How words are reduced to a common form: Porter's stemmer, or only plurals removed; either after writing out
     * short forms ({@link Abbreviations}) and reading adverbs as adjectives ({@link AdverbStems}). {@code
     * PORTER_ALONE} is Porter without those two, the analysis the reference grader's model was trained with
     * ({@code ScoringPolicy.DRAFTED}).
     */
    public enum Stemming { PORTER, MINIMAL, PORTER_ALONE }

    /**
     * Whether answers are read as when the reference grader's model was trained ({@link Stemming#PORTER_ALONE}): its
     * features come from this reading, so the negation rules added since (a thing denied after it is named, the
     * alternative after "rather than", the learner's own "I don't know", a negated phrasing's cue bound to its word's
     * clause) are left out for it, and the model's figures stay those it was chosen by.
     */
    public boolean readsAsTrained() {
        return stemming == Stemming.PORTER_ALONE;
    }

    /** "because" as typed in a hurry: a stop word, a clause opener and a verdict's reason like "because" itself. */
    public static final List<String> BECAUSE_SHORT_FORMS = List.of("bc", "cuz", "coz", "bcoz", "bcuz", "becuz");

    /**
     * English function words: articles, pronouns, auxiliaries, prepositions, conjunctions. Deliberately
     * absent: negations (see {@link Negation#CUES}); clause connectives such as "but", "whereas",
     * "however" (they bound negation scope); "only"/"just" (they cancel "not"); and words with content in
     * this subject such as "more", "less", "same", "between", "over", "under", and "up", which says a way as "down"
     * does ("roots grow up" is not "roots grow"), and "should", which says what ought to be ("how people should speak"
     * is not "how people speak").
     */
    private static final List<String> FUNCTION_WORDS = List.of(
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into",
            "onto", "as", "about", "via", "per", "than", "then", "so", "such", "if", "because", "since",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
            "do", "does", "did", "doing", "will", "would", "can", "could", "shall", "may", "might",
            "must", "it", "its", "itself", "this", "that", "these", "those", "there", "here", "they", "them",
            "their", "theirs", "we", "us", "our", "you", "your", "he", "she", "him", "her", "his", "i", "me",
            "my", "which", "who", "whom", "whose", "what", "when", "where", "how", "why", "also", "very",
            "too", "any", "some", "each", "every", "all", "both", "either", "other", "another", "own",
            "out", "again", "further", "once", "s", "t", "etc", "e.g", "i.e", "eg", "ie", "like",
            "much", "many", "really", "quite", "rather", "thing", "things", "basically", "kind", "sort",
            "lot", "lots", "get", "gets", "got", "make", "makes", "made", "one", "ones", "well", "anything",
            "something", "everything", "somehow", "actually", "simply");

    /**
     * The function words, and since the reference model was trained "whether", the "if" of an indirect question: "see if
     * they want it" says the entrepreneurship rubric's "whether customers want it" (entrepreneurship +0.013, first aid
     * +0.002, project management and ethics +0.001).
     */
    public static final CharArraySet STOP_WORDS = stopWords("whether");

    /**
     * The stop words as the reference grader's model was trained with them ({@link Stemming#PORTER_ALONE}): "up" and
     * "should" among them, so that its reading, and with it its grades, stay as trained.
     */
    private static final CharArraySet STOP_WORDS_AS_TRAINED = stopWords("up", "should");

    private static CharArraySet stopWords(String... alsoStopped) {
        CharArraySet words = new CharArraySet(FUNCTION_WORDS, false);
        words.addAll(BECAUSE_SHORT_FORMS);
        words.addAll(List.of(alsoStopped));
        return CharArraySet.unmodifiableSet(words);
    }

    /**
     * Porter reduces "generator", "generative", "generate", "generalization" and "generic" all to "gener", and
     * "divergence" to the verb "diverge": in this subject they are different things (the network, a kind of model,
     * making data, doing well on new data, not specific; a distance between distributions). These keep their own
     * stems.
     */
    public static final Map<String, String> STEM_OVERRIDES = Map.ofEntries(
            Map.entry("generator", "generator"), Map.entry("generators", "generator"),
            Map.entry("generative", "generativ"), Map.entry("generatively", "generativ"),
            Map.entry("general", "general"), Map.entry("generally", "general"),
            Map.entry("generalize", "generaliz"), Map.entry("generalizes", "generaliz"),
            Map.entry("generalized", "generaliz"), Map.entry("generalizing", "generaliz"),
            Map.entry("generalise", "generaliz"), Map.entry("generalises", "generaliz"),
            Map.entry("generalised", "generaliz"), Map.entry("generalising", "generaliz"),
            Map.entry("generalization", "generaliz"), Map.entry("generalisation", "generaliz"),
            Map.entry("divergence", "divergence"), Map.entry("divergences", "divergence"),
            Map.entry("generic", "generic"), Map.entry("generically", "generic"));

    /** A full stop or colon between two words with the second capitalised: a sentence run into the next. */
    private static final Pattern RUN_ON_SENTENCE = Pattern.compile("(\\p{L}{2})([.:])(\\p{Lu}\\p{L})");
    /** A single letter hyphenated to a word: "t-RNA", "k-means", "x-ray". */
    private static final String HYPHENS = "-\u2010\u2011";
    private static final Pattern LETTER_HYPHEN = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L})[" + HYPHENS + "](\\p{L})");

    /**
     * A prefix left hanging before its pair, "under- and overcomplete", "pre- or post-training": the first word
     * takes the second's stem ("undercomplete and overcomplete").
     */
    private static final Pattern SUSPENDED_PREFIX = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(\\p{L}{2,})-\\s+(and|or|vs\\.?|versus|to)"
            + "\\s+(over|under|pre|post|sub|super|semi|non|inter|intra|hyper|hypo|multi|uni|mono|poly|auto|in|out|up|down)"
            + "(-?)(\\p{L}{3,})");

    /** A matrix transpose written as math: "W^T", "W^{T}", "Wᵀ", numpy's "W.T". */
    private static final Pattern TRANSPOSE = Pattern.compile("\\^\\s*\\{?[Tt]\\}?(?![\\p{L}\\p{N}])|\u1D40|(?<=\\p{L})\\.T\\b");

    /**
     * A comparison written as math between two terms, "codings < inputs", "k ≪ d", read as the words a sentence
     * would use; arrows ("->", "<-", "=>") and "<=" are not comparisons.
     */
    private static final Pattern LESS_THAN = Pattern.compile("(?<=[\\p{L}\\p{N})\\s])(?<![-<=])[<\u226A](?![-<=>])(?=\\s*[\\p{L}\\p{N}(])");
    private static final Pattern GREATER_THAN = Pattern.compile("(?<=[\\p{L}\\p{N})\\s])(?<![-=>])[>\u226B](?![=>])(?=\\s*[\\p{L}\\p{N}(])");

    /** "away from each other": the stop words go, and with them the "apart" it says ("plates move away from each other"). */
    private static final Pattern AWAY_FROM_EACH_OTHER = Pattern.compile("(?i)\\b(away)\\s+from\\s+(?:each\\s+other|one\\s+another)\\b");

    /**
     * "keeps it from overfitting", "stops the soil from eroding": the everyday words for preventing, read as "prevent"
     * (its ending kept) so that a phrasing "prevent overfitting" finds them. Only with a thing kept and what it is kept
     * from doing ("keep the encoder" keeps; "keep the weights from pretraining" is where they came from).
     */
    private static final String FROM_DOING = "(?:\\s+[\\p{L}'-]+){1,4}\\s+from\\s+(?!(?:pre-?)?training\\b)\\p{L}+ing\\b";
    private static final Pattern KEEPS_FROM = Pattern.compile("(?i)\\b(?:keep|stop|stopp(?=ing|ed))(?=(?:s|ing|ed)?" + FROM_DOING + ")");
    private static final Pattern KEPT_FROM = Pattern.compile("(?i)\\bkept(?=" + FROM_DOING + ")");

    /** What follows "go up" or "go down" when it is a way to go rather than a rise or a fall. */
    private static final String NOT_A_PLACE = "(?!\\s+(?:(?:the|an|towards?|through|into|onto|and|or|stairs|hill|river|street|road)\\b"
            + "|a\\b(?!\\s+(?:lot|bit|little)\\b)|to\\b(?!\\s+[\\d$£€])))";

    /** A size written as math, "|coding layer|": bars right around a short stretch (not a norm's "||x||"). */
    private static final Pattern SIZE_BARS = Pattern.compile("(?<![\\p{L}\\p{N}|])\\|([^|\\s](?:[^|\\n]{0,38}[^|\\s])?)\\|(?![\\p{L}\\p{N}|])");

    /** {@link #LESS_THAN} and {@link #GREATER_THAN} with a size's bar on either side. */
    private static final Pattern LESS_THAN_SIZES = Pattern.compile("(?<=\\|\\s{0,3})(?<![-<=])<(?![-<=>])(?=\\s*[\\p{L}\\p{N}(|])|(?<![-<=])<(?![-<=>])(?=\\s*\\|)");
    private static final Pattern GREATER_THAN_SIZES = Pattern.compile("(?<=\\|\\s{0,3})(?<![-=>])>(?![=>])(?=\\s*[\\p{L}\\p{N}(|])|(?<![-=>])>(?![=>])(?=\\s*\\|)");

    /**
     * A comparison that allows equality, "k ≥ d", "k >= d" ("=>" is an arrow and stays), and "≤", read as the strict
     * one: an inserted stretch takes the offsets of what it replaces, so it can hold one content word only.
     */
    private static final Pattern AT_LEAST = Pattern.compile("(?<=[\\p{L}\\p{N})|\\s])(?:\u2265|\u2A7E|(?<![-=<>])>=(?![=>]))(?=\\s*[\\p{L}\\p{N}(|])");
    private static final Pattern AT_MOST = Pattern.compile("(?<=[\\p{L}\\p{N})|\\s])[\u2264\u2A7D](?=\\s*[\\p{L}\\p{N}(|])");

    /** "≠", "!=": not equal, read as "not" ("det(A) != 0" says "the determinant is not 0"; "!==" is code and stays). */
    private static final Pattern NOT_EQUAL = Pattern.compile("\u2260|(?<![!=<>])!=(?!=)");
    /** A product of two vectors written with its sign between single letters: "u · v", "u x v", "a × b". */
    private static final Pattern DOT_SIGN = Pattern.compile("(?<=(?<![\\p{L}\\p{N}])\\p{L})\\s*[\u00B7\u22C5\u2219]\\s*(?=\\p{L}(?![\\p{L}\\p{N}]))");
    /**
     * "u.v", "u . v": a full stop between single letters, spaced on both sides or on neither, is the dot product's (not
     * "e.g." or "i.e.", nor "W.T", nor a sentence that ends on a letter: "vector a. B is ...").
     */
    private static final Pattern DOT_AS_FULL_STOP = Pattern.compile("(?<=(?<![\\p{L}\\p{N}.])\\p{L})(?: +\\. +|\\.)(?=\\p{L}(?![\\p{L}\\p{N}.]))");
    private static final Pattern CROSS_SIGN = Pattern.compile("(?<=(?<![\\p{L}\\p{N}])\\p{L})(?:\\s*\u00D7\\s*| +x +)(?=\\p{L}(?![\\p{L}\\p{N}]))");

    /** Notes' "w/o" and "w/": "trained w/o labels" says "without labels", "train w/ labels" "with labels". */
    private static final Pattern WITHOUT_SHORT = Pattern.compile("(?i)(?<![\\p{L}\\p{N}/])w/o(?![\\p{L}\\p{N}/])");
    private static final Pattern WITH_SHORT = Pattern.compile("(?i)(?<![\\p{L}\\p{N}/])w/(?=\\s|\\p{L})(?!o(?![\\p{L}\\p{N}]))");

    private static boolean mayShortenWith(String text) {
        return text.contains("w/") || text.contains("W/");
    }

    /**
     * "goes up", "went down": the everyday words for a rise and a fall, of an amount ("rent goes up" says "rising
     * rents", and through the everyday synonyms "rent increases") or of a thing ("the water goes up"); not "go up" a
     * thing ("go up the supply chain", "went up to the manager") nor "up and down", which moves both ways ("AC goes up
     * and down like a wave": circuits lost 0.005 when it read as a rise). Read first as "increase" and "decrease", the
     * tuning sets were level, but "the water go up" and "the sun goes down" are no amounts.
     */
    private static final Pattern GOES_UP = Pattern.compile("(?i)\\b(?:go|goes|going|gone|went)\\s+up\\b" + NOT_A_PLACE);
    private static final Pattern GOES_DOWN = Pattern.compile("(?i)\\b(?:go|goes|going|gone|went)\\s+down\\b" + NOT_A_PLACE);
    /**
     * The other way said after "and" without its verb, once {@link #GOES_UP} or {@link #GOES_DOWN} has read the first:
     * "it goes up in winter when it rains and down in summer" falls in summer. Not right after the first way ("up and
     * down" moves both ways), and not a place ("and down the drain").
     */
    private static final Pattern THEN_DOWN = Pattern.compile("(?i)(\\brise\\b[^.;:!?\\n]{3,80}?\\band\\s+)down\\b" + NOT_A_PLACE);
    private static final Pattern THEN_UP = Pattern.compile("(?i)(\\bfall\\b[^.;:!?\\n]{3,80}?\\band\\s+)up\\b" + NOT_A_PLACE);

    /**
     * "goes into", "gets inside", "flows into": the everyday words for entering ("water goes into the cell" says "water
     * enters the cell"), one word for one so that a denial reaches as far as before ("don't go into debt"); "inside"
     * stays ("get inside host cells"). A bare "in" only where the clause ends ("the cold air moves in and ..."). Not
     * "come into", as often an idiom ("money coming in", "come into play"), nor "goes into detail".
     */
    private static final Pattern GOES_INTO = Pattern.compile("(?i)\\b(?:go|goes|going|gone|went|get|gets|getting|got|move|moves"
            + "|moving|moved|flow|flows|flowing|flowed|pass|passes|passing|passed)\\s+(?:into|in\\s+to|(inside)(?:\\s+of)?"
            + "|in(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:and|then|so|because|while|when|as)\\b))\\b"
            + "(?!\\s+(?:more\\s+)?(?:detail|details|depth|play|effect|force|being|existence)\\b)");

    /** A number with its unit's short form typed on: "30yrs", "24hrs" (the tokenizer keeps them one word). */
    private static final Pattern NUMBER_UNIT = Pattern.compile("(?i)(\\d)(yrs?|hrs?|mins|secs)\\b");

    /**
     * The char filters as the reference grader's model was trained with them, in order; each says which texts it can
     * change, so that most answers skip them all.
     */
    private static final List<RewriteCharFilter.Rewrite> REWRITES_AS_TRAINED = List.of(
            new RewriteCharFilter.Rewrite(Pattern.compile("[" + WORD_SPLITTING_INVISIBLES + "]+"), "",
                    containsAnyOf(WORD_SPLITTING_INVISIBLES)),
            new RewriteCharFilter.Rewrite(RUN_ON_SENTENCE, "$1$2 $3", AnswerAnalyzer::mayRunOn),
            new RewriteCharFilter.Rewrite(LETTER_HYPHEN, "$1$2", AnswerAnalyzer::mayHyphenateALetter),
            new RewriteCharFilter.Rewrite(SUSPENDED_PREFIX, "$1$5 $2 $3$4$5", text -> text.contains("- ")),
            new RewriteCharFilter.Rewrite(LESS_THAN, " smaller than ", containsAnyOf("<\u226A")),
            new RewriteCharFilter.Rewrite(GREATER_THAN, " larger than ", containsAnyOf(">\u226B")),
            new RewriteCharFilter.Rewrite(TRANSPOSE, " transpose",
                    text -> text.indexOf('^') >= 0 || text.indexOf('\u1D40') >= 0 || text.contains(".T")));

    /** The char filters added since the model was trained (none rewrites another's: the comparisons between bars go first). */
    private static final List<RewriteCharFilter.Rewrite> ADDED_SINCE_TRAINING = List.of(
            new RewriteCharFilter.Rewrite(AWAY_FROM_EACH_OTHER, "$1 apart", text -> containsIgnoringCase(text, "away")),
            new RewriteCharFilter.Rewrite(NUMBER_UNIT, "$1 $2", AnswerAnalyzer::mayHaveAUnit),
            new RewriteCharFilter.Rewrite(GOES_UP, "rise", text -> mayGo(text, " up")),
            new RewriteCharFilter.Rewrite(GOES_DOWN, "fall", text -> mayGo(text, " down")),
            new RewriteCharFilter.Rewrite(THEN_DOWN, "$1fall", text -> startsAWord(text, " down") && containsIgnoringCase(text, "rise")),
            new RewriteCharFilter.Rewrite(THEN_UP, "$1rise", text -> startsAWord(text, " up") && containsIgnoringCase(text, "fall")),
            new RewriteCharFilter.Rewrite(GOES_INTO, "enter $1", AnswerAnalyzer::mayGoIn),
            new RewriteCharFilter.Rewrite(KEEPS_FROM, "prevent", AnswerAnalyzer::mayKeepFrom),
            new RewriteCharFilter.Rewrite(KEPT_FROM, "prevented", AnswerAnalyzer::mayKeepFrom),
            // a comparison between sizes written with bars, "|code| < |input|", which the first pass left
            new RewriteCharFilter.Rewrite(LESS_THAN_SIZES, " smaller than ", text -> text.indexOf('|') >= 0 && text.indexOf('<') >= 0),
            new RewriteCharFilter.Rewrite(GREATER_THAN_SIZES, " larger than ", text -> text.indexOf('|') >= 0 && text.indexOf('>') >= 0),
            new RewriteCharFilter.Rewrite(AT_LEAST, " larger than ", text -> text.contains(">=") || text.indexOf('\u2265') >= 0 || text.indexOf('\u2A7E') >= 0),
            new RewriteCharFilter.Rewrite(AT_MOST, " smaller than ", containsAnyOf("\u2264\u2A7D")),
            new RewriteCharFilter.Rewrite(SIZE_BARS, " $1 ", text -> text.indexOf('|') >= 0),
            new RewriteCharFilter.Rewrite(NOT_EQUAL, " not ", text -> text.contains("!=") || text.indexOf('\u2260') >= 0),
            new RewriteCharFilter.Rewrite(DOT_SIGN, " dot ", containsAnyOf("\u00B7\u22C5\u2219")),
            new RewriteCharFilter.Rewrite(DOT_AS_FULL_STOP, " dot ", AnswerAnalyzer::mayHaveADotBetweenLetters),
            // most answers hold an "x" somewhere; only " x " can be the sign
            new RewriteCharFilter.Rewrite(CROSS_SIGN, " cross ", text -> text.contains(" x ") || text.indexOf('\u00D7') >= 0),
            // late: a rubric's "w/o" would otherwise make every rewrite after it run over all its phrasings at compile
            new RewriteCharFilter.Rewrite(WITHOUT_SHORT, "without", AnswerAnalyzer::mayShortenWith),
            new RewriteCharFilter.Rewrite(WITH_SHORT, "with ", AnswerAnalyzer::mayShortenWith));

    /**
     * Every char filter: those the model was trained with, those added since, and last the predicates an answer
     * leaves out ({@link LeftOutPredicates}: most answers hold a "but" or a comma, and phrasings seldom do).
     */
    static final List<RewriteCharFilter.Rewrite> REWRITES = joined(REWRITES_AS_TRAINED, TruthMarks.REWRITES,
            ADDED_SINCE_TRAINING, HowMuchWords.REWRITES, LeftOutPredicates.REWRITES);

    @SafeVarargs
    private static List<RewriteCharFilter.Rewrite> joined(List<RewriteCharFilter.Rewrite>... lists) {
        // loops, not a stream: this runs in every cold start's first analysis
        List<RewriteCharFilter.Rewrite> all = new ArrayList<>();
        for (List<RewriteCharFilter.Rewrite> list : lists) all.addAll(list);
        return List.copyOf(all);
    }

    private static final CharArrayMap<String> OVERRIDES = CharArrayMap.unmodifiableMap(new CharArrayMap<>(STEM_OVERRIDES, false));


    private final Stemming stemming;

    public AnswerAnalyzer() {
        this(Stemming.PORTER);
    }

    public AnswerAnalyzer(Stemming stemming) {
        this.stemming = stemming;
    }

    public Stemming stemming() {
        return stemming;
    }

    private static boolean mayHaveAUnit(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'y' || c == 'Y' || c == 'h' || c == 'H' || c == 'm' || c == 'M' || c == 's' || c == 'S')
                    && Character.isDigit(text.charAt(i - 1))) return true;
        }
        return false;
    }

    /** A full stop with a lone letter on each side, spaces allowed: what {@link #DOT_AS_FULL_STOP} can match. */
    private static boolean mayHaveADotBetweenLetters(String text) {
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            int before = dot - 1;
            while (before >= 0 && text.charAt(before) == ' ') before--;
            int after = dot + 1;
            while (after < text.length() && text.charAt(after) == ' ') after++;
            if (before >= 0 && after < text.length() && Character.isLetter(text.charAt(before))
                    && Character.isLetter(text.charAt(after)) && (before == 0 || !Character.isLetterOrDigit(text.charAt(before - 1)))
                    && (after + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(after + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A "go" or "went" and the way it goes, in any case: what {@link #GOES_UP} and {@link #GOES_DOWN} need (searched in
     * place: every answer and phrasing passes here).
     */
    private static boolean mayGo(String text, String spacedWay) {
        return startsAWord(text, spacedWay) && (containsIgnoringCase(text, "go") || containsIgnoringCase(text, "went"));
    }

    /** A "from" and a verb of {@link #KEEPS_FROM}, in any case. */
    private static boolean mayKeepFrom(String text) {
        return containsIgnoringCase(text, "from") && (containsIgnoringCase(text, "keep") || containsIgnoringCase(text, "kept")
                || containsIgnoringCase(text, "stop"));
    }

    /** An "in" and one of {@link #GOES_INTO}'s verbs, in any case (searched in place). */
    private static boolean mayGoIn(String text) {
        if (!containsIgnoringCase(text, "in")) return false;
        for (String verb : GOING_IN) if (containsIgnoringCase(text, verb)) return true;
        return false;
    }

    private static final String[] GOING_IN = {"go", "went", "get", "got", "mov", "flow", "pass"};

    /** {@code spaced} (" up") after a space, in any case: from space to space, as most texts hold neither. */
    private static boolean startsAWord(String text, String spaced) {
        char lower = spaced.charAt(1);
        char upper = Character.toUpperCase(lower);
        for (int i = text.indexOf(' '); i >= 0 && i + spaced.length() <= text.length(); i = text.indexOf(' ', i + 1)) {
            char next = text.charAt(i + 1);
            if ((next == lower || next == upper) && text.regionMatches(true, i, spaced, 0, spaced.length())) return true;
        }
        return false;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new UnicodeFoldingFilter(tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new LowerCaseFilter(stream);
        if (stemming != Stemming.PORTER_ALONE) stream = new CodeIdentifierFilter(stream);
        stream = new ContractionFilter(stream);
        stream = new NegationFilter(stream, stemming != Stemming.PORTER_ALONE);
        stream = new StopFilter(stream, stemming == Stemming.PORTER_ALONE ? STOP_WORDS_AS_TRAINED : STOP_WORDS);
        if (stemming != Stemming.PORTER_ALONE) {
            stream = new PorterGaps(new IrregularVerbs(new AdverbStems(new Abbreviations(new BritishSpellings(stream)))));
        }
        stream = new StemOverrideFilter(stream, OVERRIDES);
        stream = stemming == Stemming.MINIMAL ? new EnglishMinimalStemFilter(stream) : new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        if (readsAsTrained()) return new RewriteCharFilter(reader, REWRITES_AS_TRAINED);
        return new RewriteCharFilter(new DroppedGCharFilter(reader), REWRITES);
    }

    /** A full stop or colon right before an upper-case letter: what {@link #RUN_ON_SENTENCE} needs. */
    private static boolean mayRunOn(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ':') && Character.isUpperCase(text.codePointAt(i + 1))) return true;
        }
        return false;
    }

    /** A hyphen right after a letter that no letter precedes: what {@link #LETTER_HYPHEN} needs. */
    private static boolean mayHyphenateALetter(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (HYPHENS.indexOf(text.charAt(i)) < 0) continue;
            int letter = text.codePointBefore(i);
            if (!Character.isLetter(letter)) continue;
            int start = i - Character.charCount(letter);
            if (start == 0 || !Character.isLetter(text.codePointBefore(start))) return true;
        }
        return false;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new ASCIIFoldingFilter(new UnicodeFoldingFilter(in)));
    }
}

package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;
import java.util.List;

/**
 * The analysis chain for answers and rubric phrasings alike, so both sides meet as the same terms:
 * <pre>
 * InvisibleCharFilter        zero-width spaces removed, offsets corrected back
 * StandardTokenizer          words by UAX#29, with character offsets into the original text
 *  → UnicodeFoldingFilter    NFKC, invisible format characters dropped, ’ → '
 *  → ASCIIFoldingFilter      diacritics: "réseau" → "reseau"
 *  → LowerCaseFilter
 *  → ContractionFilter       "isn't", "can't", "won't", "cannot" → not; "encoder's" → encoder
 *  → NegationFilter          no, never, without, nor, ... → not
 *  → StopFilter              {@link #STOP_WORDS}: function words, but no negations
 *  → stemmer                 Porter (default) or English minimal (plurals only)
 * </pre>
 * Unlike EnglishAnalyzer, whose stop set drops "not" and "no", negation survives as the term "not".
 * The stop filter leaves position gaps, which the matcher reads to count function words.
 */
public final class AnswerAnalyzer extends Analyzer {

    /** How words are reduced to a common form. */
    public enum Stemming { PORTER, MINIMAL }

    /**
     * English function words: articles, pronouns, auxiliaries, prepositions, conjunctions. Deliberately
     * absent: negations (see {@link Negation#CUES}); clause connectives such as "but", "whereas",
     * "however" (they bound negation scope); "only"/"just" (they cancel "not"); and words with content in
     * this subject such as "more", "less", "same", "between", "over", "under".
     */
    public static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into",
            "onto", "as", "about", "via", "per", "than", "then", "so", "such", "if", "because", "since",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
            "do", "does", "did", "doing", "will", "would", "can", "could", "should", "shall", "may", "might",
            "must", "it", "its", "itself", "this", "that", "these", "those", "there", "here", "they", "them",
            "their", "theirs", "we", "us", "our", "you", "your", "he", "she", "him", "her", "his", "i", "me",
            "my", "which", "who", "whom", "whose", "what", "when", "where", "how", "why", "also", "very",
            "too", "any", "some", "each", "every", "all", "both", "either", "other", "another", "own",
            "up", "out", "again", "further", "once", "s", "t", "etc", "e.g", "i.e", "eg", "ie", "like",
            "much", "many", "really", "quite", "rather", "thing", "things", "basically", "kind", "sort",
            "lot", "lots", "get", "gets", "got", "make", "makes", "made", "one", "ones", "well", "anything",
            "something", "everything", "somehow", "actually", "simply"),
            false));

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

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new UnicodeFoldingFilter(tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new ContractionFilter(stream);
        stream = new NegationFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = stemming == Stemming.PORTER ? new PorterStemFilter(stream) : new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new InvisibleCharFilter(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new ASCIIFoldingFilter(new UnicodeFoldingFilter(in)));
    }
}

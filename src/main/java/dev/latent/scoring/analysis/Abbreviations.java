package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.Map;

/**
 * Writes out the short forms students type in a hurry ("params", "grads", "recon", "prob", "aug"), so that they meet
 * a rubric's full words: "fewer params" states what "fewer parameters" does. Only short forms with one meaning in
 * this subject: not "gen" (generator, generative, generation), "dist" (distribution, distance) or "val" (value,
 * validation). The evidence still shows the words as typed (offsets are unchanged).
 *
 * <p>A general rule (any answer word that begins exactly one rubric word) was measured first and rejected: real
 * words begin rubric words too ("main" maintenance, "over" overfitting, "judge" judgment) and without a dictionary
 * nothing tells them from a short form. With one ({@link EnglishWords}) the rubric's vocabulary now applies that rule
 * to words no dictionary knows ({@code Typos.shortFormOf}); this list keeps the short forms that are words too
 * ("info", "stats") and those that begin several rubric words.
 */
final class Abbreviations extends TokenFilter {

    static final Map<String, String> FULL_WORDS = Map.ofEntries(
            Map.entry("prob", "probability"), Map.entry("probs", "probabilities"),
            Map.entry("param", "parameter"), Map.entry("params", "parameters"),
            Map.entry("hyperparam", "hyperparameter"), Map.entry("hyperparams", "hyperparameters"),
            Map.entry("hparams", "hyperparameters"),
            Map.entry("grad", "gradient"), Map.entry("grads", "gradients"),
            Map.entry("recon", "reconstruction"), Map.entry("recons", "reconstructions"),
            Map.entry("err", "error"), Map.entry("errs", "errors"), Map.entry("viz", "visualization"),
            Map.entry("govt", "government"), Map.entry("govts", "governments"), Map.entry("ppl", "people"),
            Map.entry("feat", "feature"), Map.entry("feats", "features"),
            Map.entry("stats", "statistics"), Map.entry("init", "initialization"),
            Map.entry("info", "information"), Map.entry("eval", "evaluation"),
            Map.entry("approx", "approximately"), Map.entry("config", "configuration"),
            Map.entry("arch", "architecture"), Map.entry("repr", "representation"),
            Map.entry("reprs", "representations"), Map.entry("aug", "augmentation"),
            Map.entry("augs", "augmentations"), Map.entry("perf", "performance"), Map.entry("acc", "accuracy"),
            Map.entry("enc", "encoder"), Map.entry("dec", "decoder"), Map.entry("disc", "discriminator"),
            Map.entry("avg", "average"), Map.entry("conv", "convolution"), Map.entry("convs", "convolutions"),
            Map.entry("func", "function"), Map.entry("img", "image"), Map.entry("imgs", "images"),
            Map.entry("pic", "picture"), Map.entry("pics", "pictures"), Map.entry("emb", "embedding"),
            Map.entry("embs", "embeddings"), Map.entry("vocab", "vocabulary"), Map.entry("seq", "sequence"),
            Map.entry("seqs", "sequences"), Map.entry("reg", "regularization"), Map.entry("distrib", "distribution"),
            Map.entry("prev", "previous"), Map.entry("diff", "difference"), Map.entry("num", "number"),
            Map.entry("calc", "calculate"), Map.entry("max", "maximum"), Map.entry("dim", "dimensionality"),
            Map.entry("conc", "concentration"), Map.entry("concs", "concentrations"), Map.entry("thru", "through"),
            // Units and everyday science short forms: "over 30 yrs" states "30 years", "H2O vapour" "water vapour".
            Map.entry("yr", "year"), Map.entry("yrs", "years"), Map.entry("hr", "hour"), Map.entry("hrs", "hours"),
            Map.entry("mins", "minutes"), Map.entry("secs", "seconds"), Map.entry("temp", "temperature"),
            Map.entry("temps", "temperatures"), Map.entry("h2o", "water"),
            // Porter stems "adding" and "added" to "ad" but leaves "add" and "adds": one verb, one stem.
            Map.entry("added", "add"), Map.entry("adding", "add"),
            // A noun and its verb that Porter leaves apart ("belief" / "believ"): "confirms what you believe" states
            // "confirms beliefs" (psychology 0.716 -> 0.720; more such pairs, "reduction", "decision", "division" ...,
            // moved no tuning figure and are left out).
            Map.entry("belief", "believe"), Map.entry("beliefs", "believes"),
            // The same for a noun in "-ment" whose verb is too short for Porter to take the "-ment" off ("enjoyment"
            // stays, "enjoy" is "enjoi"; "development" and "develop" meet): "you enjoy it" states "enjoyment of
            // playing", "the payments" "pay" (personal finance +0.008, modern history +0.007, three decks +0.002;
            // sociology and earth science -0.002).
            Map.entry("enjoyment", "enjoy"), Map.entry("enjoyments", "enjoys"),
            Map.entry("employment", "employ"), Map.entry("employments", "employs"),
            Map.entry("payment", "pay"), Map.entry("payments", "pays"),
            Map.entry("movement", "move"), Map.entry("movements", "moves"),
            Map.entry("treatment", "treat"), Map.entry("treatments", "treats"),
            Map.entry("agreement", "agree"), Map.entry("agreements", "agrees"),
            Map.entry("judgment", "judge"), Map.entry("judgments", "judges"),
            Map.entry("judgement", "judge"), Map.entry("judgements", "judges"),
            Map.entry("shipment", "ship"), Map.entry("shipments", "ships"),
            Map.entry("placement", "place"), Map.entry("placements", "places"),
            Map.entry("settlement", "settle"), Map.entry("settlements", "settles"),
            // One comparative for one direction: "fewer parameters" is "less parameters" as students write it.
            Map.entry("fewer", "less"), Map.entry("bigger", "larger"),
            // Small numbers as digits or as words ("2 rounds of division", "divides twice"); "one" is an empty word.
            Map.entry("0", "zero"), Map.entry("2", "two"), Map.entry("3", "three"), Map.entry("4", "four"), Map.entry("5", "five"),
            Map.entry("6", "six"), Map.entry("7", "seven"), Map.entry("8", "eight"), Map.entry("9", "nine"),
            Map.entry("10", "ten"), Map.entry("twice", "two"), Map.entry("thrice", "three"),
            // Ordinals as digits or words ("2nd layer", "the 1st world war"); Roman numerals where they are read as
            // numbers, not letters ("World War II", "WWII" = "WW2"; "i", "v" and "x" stay letters).
            Map.entry("1st", "first"), Map.entry("2nd", "second"), Map.entry("3rd", "third"), Map.entry("4th", "fourth"),
            Map.entry("5th", "fifth"), Map.entry("ii", "two"), Map.entry("iii", "three"), Map.entry("wwi", "ww1"),
            Map.entry("wwii", "ww2"));

    private static final CharArrayMap<String> MAP = CharArrayMap.unmodifiableMap(new CharArrayMap<>(FULL_WORDS, false));

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Abbreviations(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        String full = MAP.get(term.buffer(), 0, term.length());
        if (full != null) term.setEmpty().append(full);
        else if (hasThousandsCommas()) dropCommas();
        return true;
    }

    /** "100,000" is the number "100000" ("reduced to 100000 men" is the rubric's "100,000 men"). */
    private boolean hasThousandsCommas() {
        char[] buffer = term.buffer();
        int length = term.length();
        int digitsSinceComma = 0;
        boolean comma = false;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c == ',') {
                if (i == 0 || (comma ? digitsSinceComma != 3 : digitsSinceComma > 3)) return false;
                comma = true;
                digitsSinceComma = 0;
            } else if (c >= '0' && c <= '9') {
                digitsSinceComma++;
            } else {
                return false;
            }
        }
        return comma && digitsSinceComma == 3;
    }

    private void dropCommas() {
        char[] buffer = term.buffer();
        int kept = 0;
        for (int i = 0; i < term.length(); i++) if (buffer[i] != ',') buffer[kept++] = buffer[i];
        term.setLength(kept);
    }
}

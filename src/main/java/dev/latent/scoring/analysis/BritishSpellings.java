package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes British spellings the American way, so that a student's "blending the colours" meets a rubric's "blend
 * colors" and "organise" meets "organize" (Porter leaves "colour"/"color", "organis"/"organ", "centr"/"center" apart).
 * Both sides go through it, so a rule only has to be consistent: "-ise" read as "-ize" also turns "precise" into
 * "precize", which no other word becomes. Rules where that holds (-ise, -yse, -tre, -our of the listed words, -aem-),
 * a list where it would not ("defence", "grey", "programme"). The evidence shows the words as typed.
 */
final class BritishSpellings extends TokenFilter {

    /** Words whose British form no rule below reaches, with their inflections. */
    private static final Map<String, String> AMERICAN = Map.ofEntries(
            Map.entry("defence", "defense"), Map.entry("defences", "defenses"), Map.entry("offence", "offense"),
            Map.entry("offences", "offenses"), Map.entry("licence", "license"), Map.entry("licences", "licenses"),
            Map.entry("pretence", "pretense"), Map.entry("grey", "gray"), Map.entry("greyscale", "grayscale"),
            Map.entry("programme", "program"), Map.entry("programmes", "programs"),
            Map.entry("catalogue", "catalog"), Map.entry("catalogues", "catalogs"), Map.entry("analogue", "analog"),
            Map.entry("dialogue", "dialog"), Map.entry("aluminium", "aluminum"), Map.entry("sulphur", "sulfur"),
            Map.entry("sulphate", "sulfate"), Map.entry("sulphates", "sulfates"), Map.entry("sulphide", "sulfide"),
            Map.entry("sulphuric", "sulfuric"), Map.entry("mould", "mold"), Map.entry("moulds", "molds"),
            Map.entry("plough", "plow"), Map.entry("ageing", "aging"), Map.entry("judgement", "judgment"),
            Map.entry("judgements", "judgments"), Map.entry("acknowledgement", "acknowledgment"),
            Map.entry("sceptical", "skeptical"), Map.entry("sceptic", "skeptic"), Map.entry("manoeuvre", "maneuver"),
            Map.entry("artefact", "artifact"), Map.entry("artefacts", "artifacts"), Map.entry("fulfil", "fulfill"),
            Map.entry("enrol", "enroll"), Map.entry("skilful", "skillful"), Map.entry("foetus", "fetus"),
            Map.entry("oestrogen", "estrogen"), Map.entry("oedema", "edema"), Map.entry("diarrhoea", "diarrhea"),
            Map.entry("oesophagus", "esophagus"), Map.entry("aetiology", "etiology"), Map.entry("practise", "practice"),
            Map.entry("practised", "practiced"), Map.entry("practising", "practicing"));

    /** Words spelt "-our" in Britain and "-or" in America, as the start of a word: "colour", "coloured", "colourful". */
    private static final List<String> OUR_WORDS = List.of("colour", "behaviour", "favour", "honour", "labour", "neighbour",
            "flavour", "humour", "rumour", "vapour", "harbour", "armour", "odour", "tumour", "vigour", "savour", "rigour",
            "endeavour", "saviour", "clamour", "candour", "splendour", "valour", "fervour", "parlour", "demeanour",
            "discolour");

    /** A word left as it is, in {@link #ruled}. */
    private static final String UNCHANGED = "";
    private static final int REMEMBERED = 4096;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    /**
     * The American spelling per word this filter has seen (listed or by rule), so that the words every answer repeats
     * cost one lookup and no string (the filter belongs to one thread's analysis chain).
     */
    private final CharArrayMap<String> ruled = new CharArrayMap<>(256, false);

    BritishSpellings(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (term.length() < 4) return true; // no British spelling is shorter than "grey"
        String american = ruled(term.buffer(), term.length());
        if (american != null) term.setEmpty().append(american);
        return true;
    }

    private String ruled(char[] buffer, int length) {
        String known = ruled.get(buffer, 0, length);
        if (known == null) {
            String word = new String(buffer, 0, length);
            String american = american(word);
            known = american == null ? UNCHANGED : american;
            if (ruled.size() >= REMEMBERED) ruled.clear();
            ruled.put(word, known);
        }
        return known.isEmpty() ? null : known;
    }

    /** The American spelling of a word, listed or by rule, or null when it is spelt the same. */
    static String american(String word) {
        String listed = AMERICAN.get(word);
        if (listed != null) return listed;
        int length = word.length();
        // organise, organisation(s), optimiser(s), analyse, catalysed: "s" as "z", at least three letters before the
        // ending and, before "is", a consonant (not "noise", "denoising", "raise", "cruise")
        for (String ending : S_AS_Z_ENDINGS) {
            int stem = length - ending.length();
            if (word.endsWith(ending) && stem >= 3 && !(ending.charAt(0) == 'i' && isVowel(word.charAt(stem - 1)))) {
                return word.substring(0, stem) + ending.charAt(0) + "z" + ending.substring(2);
            }
        }
        // centre, metres, kilometre, fibres, centred: "-tre"/"-bre" as "-ter"/"-ber" (not "timbre", which is no
        // "timber", nor "outre")
        for (String ending : RE_ENDINGS) {
            if (word.endsWith(ending) && length - ending.length() >= 2 && !word.startsWith("timbre") && !word.equals("outre")) {
                int at = length - ending.length();
                return word.substring(0, at) + ending.charAt(0) + "er" + (ending.endsWith("d") ? "ed" : ending.substring(3));
            }
        }
        if (word.indexOf("our") > 0) {
            for (String our : OUR_WORDS) {
                if (word.startsWith(our)) return our.substring(0, our.length() - 2) + "r" + word.substring(our.length());
            }
        }
        int aem = word.indexOf("aem"); // anaemia, haemoglobin, leukaemia, ischaemia
        if (aem > 0) return word.substring(0, aem) + word.substring(aem + 1);
        if (word.startsWith("paed") || word.startsWith("anaesth") || word.startsWith("gynaec") || word.startsWith("orthopaed")) {
            int ae = word.indexOf("ae");
            return word.substring(0, ae) + word.substring(ae + 1);
        }
        return null;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** "-ise" and "-yse" with their inflections (not "-yses", "analyses" being the plural of analysis). */
    private static final List<String> S_AS_Z_ENDINGS = List.of("isation", "isations", "ise", "ised", "ises", "ising",
            "iser", "isers", "yse", "ysed", "ysing", "yser", "ysers");
    private static final List<String> RE_ENDINGS = List.of("tre", "tres", "tred", "bre", "bres");
}

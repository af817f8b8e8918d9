package dev.latent.scoring;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The verbs a wrong claim is made with, which the answer must say too ({@link Phrasing#claimVerb}). */
final class ClaimVerbs {

    private ClaimVerbs() {
    }

    /**
     * "make" and "get" are function words to the analyzer ("makes fake images" states "fake images"), which suits a
     * concept. In a wrong claim the verb is the claim: "ribosome makes amino acids" must not read "the ribosome links
     * the amino acids", so a misconception's or an opposite's light verb must be in the answer's words.
     */
    private static final List<Pattern> LIGHT_VERBS = List.of(
            Pattern.compile("(?i)\\b(?:make|makes|made|making)\\b"),
            Pattern.compile("(?i)\\b(?:get|gets|got|gotten|getting)\\b"));

    /**
     * "Is" and "are" are stop words, so "dot product is a vector" comes down to "dot product vector", which "the dot
     * product of two vectors gives a scalar" contains. A wrong claim written with a copula between its words claims
     * that one thing is the other: the answer must say so there too, with a form of "be" or "get" ("energy gets
     * destroyed") or a verb of result ("equals", "gives", "comes out as", "=").
     */
    private static final Pattern COPULA_BETWEEN = Pattern.compile(
            "(?i)[\\p{L}\\p{N}][^\\p{L}\\p{N}]+(?:is|are|was|were|be)[^\\p{L}\\p{N}]+[\\p{L}\\p{N}]");
    /** A wrong claim written as what its question's subject is: "is the cycle stock", "are always acyclic". */
    private static final Pattern COPULA_OPENING = Pattern.compile("(?i)\\s*(?:is|are|was|were)\\s+[\\p{L}\\p{N}]");
    private static final String BE_OR_RESULT = "is|are|was|were|be|been|being|becomes?|became|equals?|gives?|returns?"
            + "|comes? out|results? in";
    private static final Pattern COPULA_AS_TRAINED = Pattern.compile(
            "(?i)\\b(?:" + BE_OR_RESULT + "|gets?|got|getting)\\b|=");
    /**
     * A "get" that takes an object is no copula: "onboarding gets new hires up to speed" does not say "onboarding is
     * hiring" (the human resources deck's model answer had failed its own rubric), where "energy gets destroyed" says
     * "energy is destroyed".
     */
    private static final Pattern COPULA = Pattern.compile("(?i)\\b(?:" + BE_OR_RESULT + "|(?:gets?|got|getting)"
            + "(?!\\s+(?:a|an|the|this|that|these|those|its|their|his|her|my|your|our|them|him|us|me|you|new)\\b))\\b|=");

    /**
     * What the answer must say where a wrong claim has a copula between its words, or opens with one (not in the reading
     * the reference grader's model was trained with); null for none. A plain search comes first: most phrasings have no
     * copula, and a cold start compiles them all.
     */
    static Pattern copula(String phrasing, boolean asTrained) {
        String lower = phrasing.toLowerCase(Locale.ROOT);
        boolean maybe = lower.contains("is") || lower.contains("are") || lower.contains("was") || lower.contains("were")
                || lower.contains("be");
        return maybe && (COPULA_BETWEEN.matcher(phrasing).find()
                || !asTrained && COPULA_OPENING.matcher(phrasing).lookingAt())
                ? (asTrained ? COPULA_AS_TRAINED : COPULA) : null;
    }

    /** A substance's formula as a chemist writes it: capitals, small letters and at least one digit ("H2O", "CO2"). */
    private static final Pattern SUBSTANCE = Pattern.compile("(?<![\\p{L}\\p{N}])(?=[A-Z0-9]*[A-Z])(?=\\w*\\d)[A-Z][a-z]?\\d*"
            + "(?:[A-Z][a-z]?\\d*)*(?![\\p{L}\\p{N}])");

    /**
     * What the answer must say where a wrong claim names a substance by its formula: the formula. The analyzer reads
     * "H2O" as "water", so the marine biology deck's wrong claim "oxygen from H2O" (split from the molecules) had read as
     * "oxygen from the water", which its own model answer says of the oxygen dissolved there. Null for none.
     */
    static Pattern substance(String phrasing) {
        if (!Typos.hasDigit(phrasing)) return null; // most phrasings: a cold start compiles them all
        var formula = SUBSTANCE.matcher(phrasing);
        if (!formula.find()) return null;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(formula.group()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * "has" is a stop word too, so "RISC has more instructions" came down to "RISC more instructions", which the model
     * answer's "RISC programs need more instructions" says. A wrong claim of having must be said as having: "has", or a
     * verb or "with" that says it ("each thread gets its own memory").
     */
    private static final Pattern HAVE = Pattern.compile("(?i)\\b(?:have|has|had|having)\\b");
    private static final Pattern HAVING_SAID = Pattern.compile(
            "(?i)\\b(?:have|has|had|having|with|gets?|got|gotten|owns?|contains?|includes?|offers?|supports?|provides?"
                    + "|possess(?:es)?)\\b|'ve\\b");

    /**
     * "must" and "have to" are stop words, so "variables must be normal" came down to "variables normal", which the
     * probability deck's model answer says of sums ("sums of independent normal variables are again normal"). A wrong
     * claim of necessity must be said as one.
     */
    private static final Pattern MUST = Pattern.compile("(?i)\\b(?:must|(?:have|has|had)\\s+to)\\b");
    private static final Pattern NECESSITY_SAID = Pattern.compile("(?i)\\b(?:must|(?:have|has|had|need|needs|needed)\\s+to"
            + "|requires?|required|necessary|necessarily|only|should|assumes?|assumption)\\b");

    static boolean isNecessity(Pattern claimVerb) {
        return claimVerb == NECESSITY_SAID;
    }

    /**
     * The light verb a wrong claim is made with, which the answer must use too (or say otherwise); null for none. Not
     * necessity in the reading the reference grader's model was trained with.
     */
    static Pattern light(String phrasing, boolean asTrained) {
        if (!asTrained && MUST.matcher(phrasing).find()) return NECESSITY_SAID;
        for (Pattern verb : LIGHT_VERBS) if (verb.matcher(phrasing).find()) return verb;
        return HAVE.matcher(phrasing).find() ? HAVING_SAID : null;
    }
}

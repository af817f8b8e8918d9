package dev.latent.scoring;

import java.util.List;

/**
 * Everyday words that say the same thing in almost any school answer: "adding something nice" says "adding something
 * pleasant", "giving a reward" says "given a reward". An answer word may stand for a rubric word of its group when the
 * rubric does not use the answer's word itself. Kept to words with one everyday sense each: not the technical terms
 * of any subject ("positive", "reduce", "generate"), nor words whose swap changes a claim.
 */
final class EverydaySynonyms {

    private EverydaySynonyms() {
    }

    static final List<String> GROUPS = List.of(
            "good nice pleasant enjoyable",
            "bad unpleasant nasty aversive horrible",
            "give provide offer hand",
            "remove eliminate",
            "big large huge",
            "small little tiny",
            "quick rapid speedy",
            "hard difficult tough tricky",
            "easy simple straightforward",
            "begin start",
            "finish end",
            "help assist aid",
            "picture image photo photograph",
            "mistake error",
            "goal aim purpose objective",
            "job task",
            "fix repair mend",
            "rise increase grow",
            "choose select pick",
            "allow let enable permit",
            "need require",
            "important crucial essential vital",
            "copy duplicate replicate",
            "rebuild reconstruct recreate",
            "stop halt cease",
            "fake counterfeit forged",
            "show display",
            "check verify",
            "spot detect notice",
            "guess predict",
            "link connect associate",
            "ignore disregard overlook dismiss");
}

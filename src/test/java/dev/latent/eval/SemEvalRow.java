package dev.latent.eval;

/** One student answer of SemEval-2013 Task 7, as a row of {@code answers.tsv}. */
record SemEvalRow(String corpus, String split, String questionId, String answerId, String question,
                  String reference, String answer, String label2, String label3) {

    static final String TRAIN = "train";

    boolean isTrain() {
        return TRAIN.equals(split);
    }
}

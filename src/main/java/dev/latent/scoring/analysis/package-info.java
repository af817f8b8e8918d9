/**
 * Text analysis for scoring: one Lucene chain for answers and rubric phrasings alike
 * ({@link dev.latent.scoring.analysis.AnswerAnalyzer}), built from composable filters that fold Unicode, strip
 * invisible characters, expand contractions and rewrite every negation cue to the term "not" so that negation
 * survives stop-word removal. {@link dev.latent.scoring.analysis.Negation} is the shared negation vocabulary;
 * {@link dev.latent.scoring.analysis.Folding} the unstemmed form the typo matcher compares. No JavaFX here.
 */
package dev.latent.scoring.analysis;

/**
 * Presentation mode for instructors, without JavaFX: a {@link dev.latent.present.PresentationPlan} (questions
 * in the chosen order), the {@link dev.latent.present.PresentationState} transitions that keys drive, and live
 * scoring of a class answer. Nothing here reads or writes a learner's history.
 */
package dev.latent.present;

package dev.latent.store;

/**
 * A review taken back: its card, now in the state it had before, and what the learner had typed for it (empty when
 * nothing was typed), which a reviewer may put back in the answer box.
 */
public record UndoneReview(CardKey card, String typedAnswer) {
}

package dev.latent.ui.review;

import dev.latent.scheduling.Rating;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import java.util.function.Consumer;

/**
 * The reviewer's auto-advance (a setting): after a pause on the feedback it rates with the suggestion, unless the
 * learner presses a key or clicks first, which cancels it.
 */
final class AutoAdvance {

    /** How long auto-advance waits on the feedback before accepting the suggested rating. */
    static Duration delay = Duration.seconds(10);

    private Timeline timer;

    /** Starts the pause before {@code rate} gets the suggestion; returns the words that tell the learner so. */
    String start(Rating suggested, Consumer<Rating> rate) {
        timer = new Timeline(new KeyFrame(delay, e -> rate.accept(suggested)));
        timer.play();
        return "Auto-advance rates " + suggested.label() + " in " + (int) delay.toSeconds() + "s unless you press a key.";
    }

    void cancel() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}

package dev.latent.ui.review;

import atlantafx.base.theme.Styles;
import dev.latent.scheduling.Rating;
import dev.latent.settings.KeyAction;
import dev.latent.study.StudySession;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.TilePane;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Anki's four rating buttons under the feedback, each with its key and the interval it would give ("10m", "4d"),
 * the rating the score suggests marked.
 */
final class RatingBar {

    /** Four equal buttons in a row, or two rows of two (one column) when the text is large: never cut short. */
    private final TilePane bar = new TilePane(10, 8);
    private final Map<Rating, Button> buttons = new EnumMap<>(Rating.class);
    private final ReviewerKeys keys;

    RatingBar(ReviewerKeys keys, Consumer<Rating> onRate) {
        this.keys = keys;
        for (Rating rating : Rating.values()) {
            Button button = new Button(rating.label());
            button.setId("rate-" + rating.name().toLowerCase());
            button.getStyleClass().addAll("rating-button", "rating-" + rating.name().toLowerCase());
            button.setContentDisplay(ContentDisplay.TOP);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> onRate.accept(rating));
            buttons.put(rating, button);
            bar.getChildren().add(button);
        }
        bar.setId("rating-bar");
        bar.getStyleClass().add("rating-bar");
        bar.setAlignment(Pos.CENTER);
        bar.setPrefColumns(4);
        bar.setTileAlignment(Pos.CENTER);
    }

    Node node() {
        return bar;
    }

    /** Each button's key and interval for this feedback, the suggested one marked. */
    void show(StudySession.Feedback feedback) {
        for (Rating rating : Rating.values()) {
            Button button = buttons.get(rating);
            String interval = feedback.intervals().get(rating);
            String keyHint = keys.label(ReviewerKeys.rateAction(rating));
            button.setText(rating.label() + (keyHint.isEmpty() ? "" : "  " + keyHint) + "\n" + interval);
            boolean suggested = feedback.suggestion().filter(s -> s == rating).isPresent();
            button.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("suggested"), suggested);
            button.getStyleClass().remove(Styles.ACCENT);
            if (suggested) button.getStyleClass().add(Styles.ACCENT);
            // After "This grade is wrong" or "I did say this" the suggestion follows the corrected grade, not the score.
            String why = feedback.disputed().isPresent() ? ". Suggested by your corrected grade." : ". Suggested by your score.";
            button.setTooltip(new Tooltip("Rate " + rating.label() + ": next in " + interval
                    + (keyHint.isEmpty() ? "" : " (" + keyHint + ")") + (suggested ? why : "")));
            button.setAccessibleText("Rate " + rating.label() + ", next review in " + interval + (suggested ? ", suggested" : ""));
        }
    }

    /** The line under the feedback that says what accepting does and which keys rate and undo. */
    String hint(StudySession.Feedback feedback) {
        // Without a rubric nothing justifies a suggestion: accepting then rates Good, Anki's default answer.
        return feedback.suggestion().map(s -> "Suggested: " + s.label() + ". "
                        + keys.label(KeyAction.ACCEPT_SUGGESTION) + " accepts it, ")
                .orElse("No rubric grades this card: rate how well you knew it. " + keys.label(KeyAction.ACCEPT_SUGGESTION)
                        + " rates Good, ")
                + keys.label(KeyAction.RATE_AGAIN) + "\u2013" + keys.label(KeyAction.RATE_EASY)
                + " rate, " + keys.label(KeyAction.UNDO) + " undoes.";
    }

    void focus(Rating rating) {
        buttons.get(rating).requestFocus();
    }

    /** What accepting rates: the rating whose button has the focus, so the suggestion unless the learner moved it. */
    Rating focusedOr(Rating suggested, Node focusOwner) {
        Rating chosen = suggested;
        for (Map.Entry<Rating, Button> entry : buttons.entrySet()) {
            if (entry.getValue() == focusOwner) chosen = entry.getKey();
        }
        return chosen;
    }
}

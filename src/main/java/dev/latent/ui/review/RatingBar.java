package dev.latent.ui.review;

import atlantafx.base.theme.Styles;
import dev.latent.scheduling.Rating;
import dev.latent.settings.KeyAction;
import dev.latent.study.StudySession;
import dev.latent.ui.common.Pages;
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

    /**
     * Four equal buttons in a row; at large text in a narrow window first with less padding ({@link #TIGHT}), and only
     * then in more rows: never cut short.
     */
    private final TilePane bar = new TilePane(10, 8);
    /** The buttons give up their spare padding and least width (latent.css), as four of them would not fit a row. */
    private static final javafx.css.PseudoClass TIGHT = javafx.css.PseudoClass.getPseudoClass("tight");
    /** A button's least width and side padding when not tight, in em (as latent.css's .rating-button). */
    private static final double LEAST_EM = 6, SIDE_PADDING_EM = 0.6;
    private final Map<Rating, Button> buttons = new EnumMap<>(Rating.class);
    /** Each button's two lines for the feedback shown: its label and key ("Good  3"), and its interval ("10m"). */
    private final Map<Rating, String[]> lines = new EnumMap<>(Rating.class);
    private final ReviewerKeys keys;
    /** A short window for the text ({@link #setCompact}): the buttons put their two lines on one where four fit. */
    private boolean compact;

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
        bar.widthProperty().addListener((o, old, width) -> fitOneRow());
        bar.insetsProperty().addListener((o, old, insets) -> fitOneRow()); // the compact padding, a CSS pass later
    }

    /**
     * In a short window for the text (300 % on a 1366x768 laptop) the buttons' label, key and interval go on one line,
     * "Good  3 · 10m", where four such buttons fit the bar's width, and latent.css takes their spare vertical padding:
     * the bar is about half as high, and the feedback above it gets the rest. Where one line does not fit (300 % in
     * the 1100-px window) they keep two lines with the smaller padding.
     */
    void setCompact(boolean compact) {
        this.compact = compact;
        fitOneRow();
    }

    /**
     * One line or two in each button, then tight when four buttons at their usual size (their text, the usual
     * padding, at least {@value #LEAST_EM} em) do not fit the bar's width: at 300 % text in the 1100-px window the
     * app opens with, a second row of one button took a fifth of the window from the feedback. Worked out from the
     * text alone, so it does not flip back and forth.
     */
    private void fitOneRow() {
        double room = bar.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset();
        if (!lines.isEmpty()) {
            boolean oneLine = compact && room > 0 && fourFit(room, true);
            for (Rating rating : Rating.values()) {
                String[] text = lines.get(rating);
                buttons.get(rating).setText(text[0] + (oneLine ? " \u00b7 " : "\n") + text[1]);
            }
        }
        if (room <= 0) return;
        bar.pseudoClassStateChanged(TIGHT, !fourFit(room, false));
    }

    /**
     * Four buttons at their usual size (their text, the usual padding, at least {@value #LEAST_EM} em) fit in this
     * room: with the text as shown, or with each button's two lines put on one.
     */
    private boolean fourFit(double room, boolean onOneLine) {
        double tile = 0;
        for (Rating rating : Rating.values()) {
            Button button = buttons.get(rating);
            double em = button.getFont().getSize();
            double text;
            if (onOneLine) {
                double borders = button.snappedLeftInset() + button.snappedRightInset()
                        - button.getPadding().getLeft() - button.getPadding().getRight();
                text = Pages.textWidth(lines.get(rating)[0] + " \u00b7 " + lines.get(rating)[1], button.getFont())
                        + Math.max(0, borders) + 2;
            } else {
                text = button.prefWidth(-1) - button.getPadding().getLeft() - button.getPadding().getRight();
            }
            tile = Math.max(tile, Math.max(LEAST_EM * em, text + 2 * SIDE_PADDING_EM * em));
        }
        return 4 * tile + 3 * bar.getHgap() <= room;
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
            lines.put(rating, new String[] {rating.label() + (keyHint.isEmpty() ? "" : "  " + keyHint), interval});
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
        fitOneRow(); // the intervals' text changed: one line or two, and its text
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

package dev.latent.ui.review;

import atlantafx.base.theme.Styles;
import dev.latent.scheduling.IntervalFormat;
import dev.latent.store.CardRow;
import dev.latent.store.Review;
import dev.latent.study.CardInfo;
import dev.latent.ui.common.DialogFit;
import dev.latent.ui.common.Themes;
import dev.latent.ui.common.TimeText;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Anki's card info: the card's memory state (stability, difficulty, retrievability), its due date and counts, and
 * every answer it had, newest first. Read-only; opened from the reviewer (I) and the browser.
 */
public final class CardInfoDialog {

    private CardInfoDialog() {
    }

    /**
     * Opens over {@code owner}, inside it at any text size ({@link DialogFit}): the history scrolls, Close stays in
     * view. The question heads the dialog; a question that would take more than a quarter of the window there (a long
     * one at large text) heads the history instead and scrolls with it.
     */
    public static void show(Window owner, CardInfo info, ZoneId zone, int fontZoomPercent) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Card info");
        dialog.setHeaderText(info.prompt());
        // A long prompt wraps in the header rather than widening the window past the screen.
        dialog.getDialogPane().lookupAll(".header-panel .label").forEach(n -> ((Label) n).setWrapText(true));
        dialog.getDialogPane().setId("card-info");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        double em = Themes.BASE_FONT_PX * fontZoomPercent / 100.0;
        dialog.getDialogPane().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", em));
        VBox content = content(info, zone);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        dialog.getDialogPane().setContent(scroll);
        // Sized in ems so large text gets a larger window, but never more than the window it opens over.
        DialogFit.fitWithin(dialog, scroll, owner, em, 42 * em, 28 * em);
        if (owner != null && DialogFit.headerHeight(dialog) > owner.getHeight() / 4) {
            dialog.setHeaderText(null);
            Label prompt = new Label(info.prompt());
            prompt.setId("card-info-prompt");
            prompt.setWrapText(true);
            prompt.getStyleClass().add(Styles.TEXT_BOLD);
            content.getChildren().add(0, prompt);
            DialogFit.fitWithin(dialog, scroll, owner, em, 42 * em, 28 * em);
        }
        dialog.setResizable(true);
        dialog.show();
    }

    static VBox content(CardInfo info, ZoneId zone) {
        CardRow card = info.card();
        GridPane facts = new GridPane();
        facts.setId("card-info-facts");
        facts.setHgap(16);
        facts.setVgap(6);
        facts.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"Deck", info.deckTitle()});
        rows.add(new String[] {"State", stateText(card, info)});
        info.firstReview().ifPresent(first -> rows.add(new String[] {"First review", TimeText.dateTime(first, zone)}));
        if (card.state().lastReview() != null) {
            rows.add(new String[] {"Latest review", TimeText.dateTime(card.state().lastReview(), zone)});
        }
        if (!card.state().isNew()) rows.add(new String[] {"Due", TimeText.dateTime(card.state().due(), zone)});
        info.interval().ifPresent(i -> rows.add(new String[] {"Interval", IntervalFormat.format(i)}));
        if (card.state().stability() != null) {
            rows.add(new String[] {"Stability", String.format(Locale.ROOT, "%.1f days", card.state().stability())});
        }
        if (card.state().difficulty() != null) {
            rows.add(new String[] {"Difficulty", String.format(Locale.ROOT, "%.0f %%", (card.state().difficulty() - 1) / 9 * 100)});
        }
        info.retrievability().ifPresent(r -> rows.add(new String[] {"Retrievability",
                String.format(Locale.ROOT, "%.0f %% chance to recall it now", r * 100)}));
        rows.add(new String[] {"Reviews", card.reviews() + (card.lapses() > 0 ? " (" + card.lapses() + " lapses)" : "")});
        info.meanScore().ifPresent(m -> rows.add(new String[] {"Mean score", String.format(Locale.ROOT, "%.0f", m)}));
        if (!info.history().isEmpty()) {
            rows.add(new String[] {"Time spent", IntervalFormat.format(info.totalTime().isZero()
                    ? java.time.Duration.ofSeconds(1) : info.totalTime())});
        }
        if (card.flag() > 0) rows.add(new String[] {"Flag", dev.latent.browse.Flag.of(card.flag()).title()});
        for (int i = 0; i < rows.size(); i++) {
            Label name = new Label(rows.get(i)[0]);
            name.getStyleClass().add(Styles.TEXT_MUTED);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(rows.get(i)[1]);
            value.setWrapText(true);
            value.setId("card-info-" + rows.get(i)[0].toLowerCase(Locale.ROOT).replace(' ', '-'));
            facts.addRow(i, name, value);
        }

        VBox history = new VBox(4);
        history.setId("card-info-history");
        // A review is a rating: an answer graded but not yet rated (the reviewer's I on the feedback) is not one.
        Label heading = new Label(info.history().isEmpty() ? "Not rated yet." : "Reviews, newest first");
        heading.setWrapText(true);
        heading.getStyleClass().add(Styles.TITLE_4);
        history.getChildren().add(heading);
        for (Review review : info.history()) {
            String score = review.score() == null ? "" : "  \u00b7  score " + review.score();
            String typed = review.typedAnswer() == null || review.typedAnswer().isBlank() ? ""
                    : "\n\u201c" + abbreviate(review.typedAnswer().strip(), 160) + "\u201d";
            Label line = new Label(TimeText.dateTime(review.reviewedAt(), zone) + "  \u00b7  " + typeName(review)
                    + "  \u00b7  " + review.rating().label() + "  \u00b7  next " + intervalText(review.interval()) + score + typed);
            line.setWrapText(true);
            line.getStyleClass().add("card-info-review");
            history.getChildren().add(line);
        }
        VBox content = new VBox(16, facts, history);
        content.setPadding(new Insets(8));
        return content;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    static String stateText(CardRow card, CardInfo info) {
        String state = card.state().isNew() ? "New" : switch (card.state().state()) {
            case LEARNING -> "Learning";
            case REVIEW -> "Review";
            case RELEARNING -> "Relearning";
        };
        if (card.suspended()) state += ", suspended";
        if (card.buriedAt(info.at())) state += ", buried until tomorrow";
        return state;
    }

    private static String typeName(Review review) {
        return switch (review.type()) {
            case LEARN -> "Learn";
            case REVIEW -> "Review";
            case RELEARN -> "Relearn";
            case FILTERED -> "Custom study";
            case MANUAL -> "Manual";
        };
    }

    /** Anki's revlog convention: positive days, negative seconds. */
    private static String intervalText(long interval) {
        return interval >= 0 ? IntervalFormat.formatDays((int) Math.min(Integer.MAX_VALUE, interval))
                : IntervalFormat.format(java.time.Duration.ofSeconds(-interval));
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}

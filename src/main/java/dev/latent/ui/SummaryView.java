package dev.latent.ui;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import dev.latent.study.StudySession;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.Locale;

/** The end of a session: how many cards, the mean score, the concepts missed most, and when to come back. */
final class SummaryView {

    private final ScrollPane scroll = new ScrollPane();
    private final Button done = new Button("Back to decks");

    SummaryView(Deck deck, StudySession.Summary summary, Clock clock, Runnable onDone) {
        VBox page = new VBox(16);
        page.getStyleClass().addAll("page", "summary-page");
        Label title = new Label(summary.reviewed() == 0 ? "Nothing due right now" : "Session complete");
        title.setId("summary-title");
        title.getStyleClass().add(Styles.TITLE_2);
        Label deckName = new Label(deck.title());
        deckName.getStyleClass().add(Styles.TEXT_MUTED);
        page.getChildren().addAll(title, deckName);

        HBox figures = new HBox(16,
                figure("summary-reviewed", Integer.toString(summary.reviewed()), summary.reviewed() == 1 ? "card reviewed" : "cards reviewed"),
                figure("summary-mean", summary.meanScore().isPresent()
                        ? String.format(Locale.ROOT, "%.0f", summary.meanScore().mean()) : "\u2013", "mean score"),
                figure("summary-next", summary.nextDue().map(due -> TimeText.relative(clock.instant(), due, clock.getZone()))
                        .orElse("\u2013"), "next card due"));
        page.getChildren().add(figures);

        if (!summary.mostMissed().isEmpty()) {
            Label heading = new Label("Concepts to work on");
            heading.getStyleClass().add(Styles.TITLE_4);
            VBox list = new VBox(6);
            list.setId("summary-missed");
            for (StudySession.MissedConcept missed : summary.mostMissed()) {
                Label row = new Label("\u2717  " + missed.label() + "  \u2014 missed " + missed.times()
                        + (missed.times() == 1 ? " time" : " times") + " (" + missed.questionId() + ")");
                row.setWrapText(true);
                row.setMinHeight(Region.USE_PREF_SIZE);
                list.getChildren().add(row);
            }
            VBox card = new VBox(8, heading, list);
            card.getStyleClass().add("card");
            page.getChildren().add(card);
        }

        done.setId("summary-done");
        done.getStyleClass().add(Styles.ACCENT);
        done.setDefaultButton(true);
        done.setOnAction(e -> onDone.run());
        page.getChildren().add(done);
        scroll.setContent(Pages.centered(page));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
    }

    private static Node figure(String id, String value, String caption) {
        Label number = new Label(value);
        number.setId(id);
        number.getStyleClass().addAll(Styles.TITLE_2, "figure-value");
        Label text = new Label(caption);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(2, number, text);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("card", "figure");
        return box;
    }

    Node node() {
        return scroll;
    }

    void focusDone() {
        done.requestFocus();
    }
}

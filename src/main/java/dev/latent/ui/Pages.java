package dev.latent.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Layout helpers shared by the screens. */
final class Pages {

    private Pages() {
    }

    /** Centres a page horizontally; the page's CSS max width keeps lines readable on wide screens. */
    static Node centered(Node page) {
        VBox frame = new VBox(page);
        frame.setAlignment(Pos.TOP_CENTER);
        frame.setFillWidth(true);
        return frame;
    }

    /** The bar above a study screen: back to the decks, the deck's title, then the screen's own items on the right. */
    static HBox topBar(String deckTitle, String backHelp, Runnable onBack, Node... right) {
        Button back = new Button("\u2190 Decks");
        back.setId("back-to-decks");
        back.getStyleClass().add(Styles.FLAT);
        back.setTooltip(new Tooltip(backHelp));
        back.setOnAction(e -> onBack.run());
        Label title = new Label(deckTitle);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, back, title, spacer);
        bar.getChildren().addAll(right);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    /** The question and answer box of a study screen, with the ids the tests and styles rely on. */
    static void questionAndAnswer(Label prompt, TextArea answer) {
        prompt.setId("prompt");
        prompt.setWrapText(true);
        prompt.getStyleClass().addAll(Styles.TITLE_3, "prompt");
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        answer.setId("answer");
        answer.setWrapText(true);
        answer.setPrefRowCount(6);
        answer.setAccessibleText("Your answer");
    }
}

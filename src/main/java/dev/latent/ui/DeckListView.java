package dev.latent.ui;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckCatalog;
import dev.latent.deck.DeckFailure;
import dev.latent.deck.DeckProblem;
import dev.latent.platform.AppPaths;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The first screen: every deck found, with its question count, and the decks that could not be opened. */
final class DeckListView {

    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(Pages.centered(content));
    private final List<Button> studyButtons = new ArrayList<>();

    DeckListView(DeckCatalog catalog, AppPaths paths, Consumer<Deck> onStudy, Consumer<Deck> onPresent) {
        content.getStyleClass().add("page");
        Label title = new Label("Latent");
        title.getStyleClass().addAll(Styles.TITLE_1, "app-title");
        Label subtitle = new Label("Study autoencoders and GANs: type your answer, compare it with the model answer.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        content.getChildren().addAll(title, subtitle, sectionTitle("Decks"));

        if (catalog.decks().isEmpty()) {
            Label empty = new Label("No decks found. Put deck files (.json) in " + paths.deckDir() + ".");
            empty.setWrapText(true);
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            content.getChildren().add(empty);
        }
        for (Deck deck : catalog.decks()) content.getChildren().add(deckCard(deck, onStudy, onPresent));

        if (!catalog.failures().isEmpty()) {
            content.getChildren().add(sectionTitle("Decks that could not be opened"));
            for (DeckFailure failure : catalog.failures()) content.getChildren().add(failureCard(failure));
        }

        Label where = new Label("Your own decks go in " + paths.deckDir());
        where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "deck-folder");
        where.setWrapText(true);
        content.getChildren().add(where);

        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
    }

    Node node() {
        return scroll;
    }

    void focusFirst() {
        if (!studyButtons.isEmpty()) studyButtons.get(0).requestFocus();
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        return label;
    }

    private Node deckCard(Deck deck, Consumer<Deck> onStudy, Consumer<Deck> onPresent) {
        Label name = new Label(deck.title());
        name.getStyleClass().addAll(Styles.TITLE_3);
        Label count = new Label(deck.size() == 1 ? "1 question" : deck.size() + " questions");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, "question-count");
        count.setId("count-" + deck.id());
        Label description = new Label(deck.description());
        description.setWrapText(true);
        description.setManaged(!deck.description().isEmpty());
        VBox text = new VBox(4, name, description, count);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button study = new Button("Study");
        study.getStyleClass().add(Styles.ACCENT);
        study.setId("study-" + deck.id());
        study.setOnAction(e -> onStudy.accept(deck));
        study.setMinWidth(Region.USE_PREF_SIZE);
        study.setTooltip(new Tooltip("Go through the questions of " + deck.title()));
        study.setAccessibleText("Study " + deck.title());
        studyButtons.add(study);

        Button present = new Button("Present");
        present.setId("present-deck-" + deck.id());
        present.setOnAction(e -> onPresent.accept(deck));
        present.setMinWidth(Region.USE_PREF_SIZE);
        present.setTooltip(new Tooltip("Project the questions of " + deck.title() + " in class"));
        present.setAccessibleText("Present " + deck.title());

        HBox card = new HBox(16, text, present, study);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("card");
        return card;
    }

    private static Node failureCard(DeckFailure failure) {
        Label name = new Label(failure.source());
        name.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.DANGER);
        Label problems = new Label(failure.problems().stream().map(DeckProblem::withoutFile).collect(Collectors.joining("\n")));
        problems.setWrapText(true);
        problems.getStyleClass().add("problem-text");
        problems.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(6, name, problems);
        card.getStyleClass().addAll("card", "failure-card");
        return card;
    }
}

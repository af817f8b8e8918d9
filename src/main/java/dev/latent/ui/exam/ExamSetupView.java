package dev.latent.ui.exam;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import dev.latent.exam.ExamPlan;
import dev.latent.ui.common.Pages;
import dev.latent.ui.common.ShortWindow;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;

/** Choosing a practice exam: which questions, how many, the time limit, and whether it counts as reviews. */
final class ExamSetupView {

    static final int DEFAULT_COUNT = 10;
    static final int DEFAULT_MINUTES = 15;

    private final List<Deck> decks;
    private final ScrollPane scroll = new ScrollPane();
    private final BorderPane root = new BorderPane(scroll);
    private final ToggleGroup from = new ToggleGroup();
    private final RadioButton all = new RadioButton("All decks");
    private final RadioButton byDeck = new RadioButton("One deck");
    private final RadioButton byTag = new RadioButton("One tag");
    private final ComboBox<Deck> deckChoice = new ComboBox<>();
    private final ComboBox<String> tagChoice = new ComboBox<>();
    private final Spinner<Integer> count = new Spinner<>(1, 999, DEFAULT_COUNT);
    private final CheckBox timed = new CheckBox("Time limit");
    private final Spinner<Integer> minutes = new Spinner<>(1, 600, DEFAULT_MINUTES);
    private final CheckBox countAsReviews = new CheckBox("Count as reviews");
    private final Label available = new Label();
    private final Button start = new Button("Start exam");
    /** The learner set the number of questions; until then it follows the selection. */
    private boolean countChosen;
    private boolean settingCount;

    ExamSetupView(List<Deck> decks, Clock clock, BiConsumer<ExamPlan, Boolean> onStart, Runnable onBack) {
        this.decks = decks;
        VBox page = new VBox(16);
        page.getStyleClass().addAll("page", "exam-setup");
        Button back = new Button("\u2190 Decks");
        back.setId("exam-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> onBack.run());
        Pages.escapeLeaves(root, onBack);
        Label title = new Label("Practice exam");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setId("exam-setup-title");
        Label intro = Pages.wrapped("Answer a set of questions in one sitting, like the real thing. Questions come in a "
                + "shuffled order; the grades and model answers wait for the report at the end, unless you check a "
                + "question on the way.");
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        all.setId("exam-from-all");
        byDeck.setId("exam-from-deck");
        byTag.setId("exam-from-tag");
        for (RadioButton r : List.of(all, byDeck, byTag)) r.setToggleGroup(from);
        all.setSelected(true);
        deckChoice.setId("exam-deck");
        deckChoice.getItems().setAll(decks);
        deckChoice.setCellFactory(list -> new DeckCell());
        deckChoice.setButtonCell(new DeckCell());
        if (!decks.isEmpty()) deckChoice.getSelectionModel().select(0);
        tagChoice.setId("exam-tag");
        tagChoice.getItems().setAll(ExamPlan.tags(decks));
        if (!tagChoice.getItems().isEmpty()) tagChoice.getSelectionModel().select(0);
        deckChoice.disableProperty().bind(byDeck.selectedProperty().not());
        tagChoice.disableProperty().bind(byTag.selectedProperty().not());
        byTag.setDisable(tagChoice.getItems().isEmpty());
        VBox source = new VBox(8, heading("Questions from"), all, Pages.wrappingRow(10, byDeck, deckChoice),
                Pages.wrappingRow(10, byTag, tagChoice));

        count.setId("exam-count");
        count.setEditable(true);
        Pages.numberField(count, 999);
        available.setId("exam-available");
        available.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        // Rows wrap at large text sizes instead of cutting their words short.
        javafx.scene.layout.FlowPane countRow = new javafx.scene.layout.FlowPane(10, 6, label("Number of questions"), count, available);
        countRow.setAlignment(Pos.CENTER_LEFT);

        timed.setId("exam-timed");
        minutes.setId("exam-minutes");
        minutes.setEditable(true);
        Pages.numberField(minutes, 600);
        minutes.disableProperty().bind(timed.selectedProperty().not());
        timed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The explanation under the row, where it wraps: in the row, a flow pane is as wide as its widest item's
        // one-line width, which at large text pushed the card past the window.
        javafx.scene.layout.FlowPane limitRow = new javafx.scene.layout.FlowPane(10, 6, timed, minutes, label("minutes"));
        limitRow.setAlignment(Pos.CENTER_LEFT);
        Label countdownNote = Pages.wrapped("A countdown shows on screen; when it runs out, the answers are handed in as given.");
        countdownNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox timeRow = new VBox(4, limitRow, countdownNote);

        countAsReviews.setId("exam-count-as-reviews");
        Label countNote = Pages.wrapped("Off: the exam is kept in your history but leaves your study schedule alone. "
                + "On: each graded answer is also a review, rated as its score suggests, and moves the card's schedule.");
        countNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        VBox options = new VBox(14, source, countRow, timeRow, new VBox(4, countAsReviews, countNote));
        options.getStyleClass().add("card");

        start.setId("exam-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.setOnAction(e -> {
            ExamPlan plan = plan(clock.millis());
            if (!plan.pick(decks).isEmpty()) onStart.accept(plan, countAsReviews.isSelected());
        });
        from.selectedToggleProperty().addListener((o, a, b) -> refreshAvailable());
        deckChoice.valueProperty().addListener((o, a, b) -> refreshAvailable());
        tagChoice.valueProperty().addListener((o, a, b) -> refreshAvailable());
        count.valueProperty().addListener((o, a, b) -> {
            if (!settingCount) countChosen = true;
            refreshAvailable();
        });
        refreshAvailable();

        page.getChildren().addAll(back, title, intro, options, start);
        scroll.setContent(Pages.centered(page));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        HBox startBar = new HBox();
        startBar.getStyleClass().add("bottom-bar");
        // Large text in a short window: slimmer margins (latent.css), and Start pinned under the page, in view while
        // the options are chosen; at the page's end it was two screens down at 300 % on a 1366x768 laptop.
        ShortWindow.compactWhenShort(root, back).addListener((o, was, compact) -> {
            boolean focused = start.isFocused();
            if (compact) {
                page.getChildren().remove(start);
                startBar.getChildren().setAll(start);
                root.setBottom(startBar);
            } else {
                root.setBottom(null);
                page.getChildren().add(start);
            }
            if (focused) start.requestFocus();
        });
    }

    Node node() {
        return root;
    }

    void focusStart() {
        Platform.runLater(start::requestFocus);
    }

    /** The plan as chosen on screen, shuffled with {@code seed}. */
    ExamPlan plan(long seed) {
        ExamPlan.Selection selection;
        if (byDeck.isSelected() && deckChoice.getValue() != null) selection = new ExamPlan.FromDeck(deckChoice.getValue().id());
        else if (byTag.isSelected() && tagChoice.getValue() != null) selection = new ExamPlan.WithTag(tagChoice.getValue());
        else selection = new ExamPlan.All();
        Duration limit = timed.isSelected() ? Duration.ofMinutes(minutes.getValue()) : null;
        return new ExamPlan(selection, Math.max(1, count.getValue()), seed, limit);
    }

    private void refreshAvailable() {
        int matching = plan(0).candidates(decks).size();
        if (!countChosen && matching > 0 && count.getValue() != matching) {
            // Until the learner picks a number, the exam asks every question the selection matches.
            settingCount = true;
            count.getValueFactory().setValue(matching);
            settingCount = false;
        }
        int asked = Math.min(matching, count.getValue());
        available.setText(matching == 0 ? "no questions match"
                : asked + " of " + matching + (matching == 1 ? " matching question" : " matching questions"));
        start.setDisable(matching == 0);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static final class DeckCell extends ListCell<Deck> {
        @Override
        protected void updateItem(Deck deck, boolean empty) {
            super.updateItem(deck, empty);
            setText(empty || deck == null ? null : deck.title());
        }
    }
}

package dev.latent.ui.present;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.present.PresentationPlan;
import dev.latent.ui.common.Pages;
import dev.latent.ui.common.ShortWindow;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.util.StringConverter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Getting a class presentation ready: which questions and in which order, the screen to project on, the
 * theme, and the countdown length. Start opens the projection; when it ends, this screen is back.
 */
public final class PresentSetupView {

    /** One question of the deck, with whether it is in the presentation. */
    private static final class Choice {
        final Question question;
        final BooleanProperty included = new SimpleBooleanProperty(true);

        Choice(Question question) {
            this.question = question;
        }
    }

    private final Deck deck;
    private final Clock clock;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList(
            c -> new javafx.beans.Observable[]{c.included});
    private final ListView<Choice> list = new ListView<>(choices);
    private final ChoiceBox<Screen> screens = new ChoiceBox<>();
    private final ChoiceBox<PresentationTheme> themes = new ChoiceBox<>(FXCollections.observableArrayList(PresentationTheme.values()));
    private final Spinner<Integer> countdownSeconds = new Spinner<>(10, 3600, 60, 10);
    private final Label countdownNote = new Label();
    private final Label presenterNote = new Label();
    private final Button start = new Button("Start presenting");
    private final VBox content = new VBox(14);
    private final ScrollPane scroll;
    private PresentationWindows running;

    public PresentSetupView(Deck deck, Clock clock, Runnable onBack) {
        this.deck = deck;
        this.clock = clock;
        content.getStyleClass().addAll("page", "present-setup");

        Button back = new Button("\u2190 Decks");
        back.setId("present-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> onBack.run());
        Label title = new Label("Present: " + deck.title());
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        Label intro = new Label("Project questions in class, full screen in large type, and reveal the answers point by point. "
                + "Nothing you do here is recorded in anyone's history.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        for (Question question : deck.questions()) choices.add(new Choice(question));
        list.setId("present-questions");
        list.setCellFactory(v -> new ChoiceCell());
        // Each number is a position among the ticked questions, so a move or a tick renumbers the others too.
        choices.addListener((javafx.collections.ListChangeListener<Choice>) change -> list.refresh());
        list.setFixedCellSize(40);
        list.setPrefHeight(Math.min(choices.size(), 8) * 40 + 4);
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(e.getCode() == KeyCode.UP ? -1 : +1);
                e.consume();
            }
        });
        if (!choices.isEmpty()) list.getSelectionModel().select(0);

        Button up = Pages.button("Move up", "present-up", "Move the selected question earlier (Alt+Up)", () -> move(-1));
        Button down = Pages.button("Move down", "present-down", "Move the selected question later (Alt+Down)", () -> move(+1));
        Button all = Pages.button("All", "present-all", "Include every question", () -> choices.forEach(c -> c.included.set(true)));
        Button none = Pages.button("None", "present-none", "Include no question, then tick the ones you want",
                () -> choices.forEach(c -> c.included.set(false)));
        Label order = new Label("Ticked questions are projected in this order.");
        order.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        order.setWrapText(true);
        javafx.scene.layout.FlowPane listButtons = new javafx.scene.layout.FlowPane(8, 8, up, down, all, none, order);
        for (Button b : java.util.List.of(up, down, all, none)) b.setMinWidth(Region.USE_PREF_SIZE);
        listButtons.setAlignment(Pos.CENTER_LEFT);

        screens.setId("present-screen");
        screens.getItems().setAll(Screen.getScreens());
        screens.setConverter(new StringConverter<>() {
            @Override
            public String toString(Screen screen) {
                if (screen == null) return "";
                int number = Screen.getScreens().indexOf(screen) + 1;
                Rectangle2D b = screen.getBounds();
                return "Screen " + number + (screen.equals(Screen.getPrimary()) ? " (main)" : "") + ", "
                        + (int) b.getWidth() + "\u00d7" + (int) b.getHeight();
            }

            @Override
            public Screen fromString(String text) {
                return null;
            }
        });
        // A projector is usually the screen that is not the laptop's own.
        screens.setValue(Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary())).findFirst().orElse(Screen.getPrimary()));
        screens.valueProperty().addListener((obs, was, is) -> describePresenterView());
        themes.setId("present-theme");
        themes.setValue(PresentationTheme.LIGHT);
        countdownSeconds.setId("present-countdown");
        countdownSeconds.setEditable(true);
        Pages.numberField(countdownSeconds, 3600);
        countdownNote.setId("present-countdown-note");
        countdownNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        countdownNote.setWrapText(true);
        // The spinner keeps a typed length inside 10 s - 1 h without a word; say when it did.
        countdownSeconds.getEditor().textProperty().addListener((o, was, typed) -> {
            String digits = typed.strip();
            if (!digits.matches("\\d{1,9}")) return;
            long wanted = Long.parseLong(digits);
            var factory = (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) countdownSeconds.getValueFactory();
            countdownNote.setText(wanted > factory.getMax() ? "At most " + factory.getMax() + " seconds (an hour): it will be "
                    + factory.getMax() + "." : wanted < factory.getMin() ? "At least " + factory.getMin() + " seconds: it will be "
                    + factory.getMin() + "." : "");
        });
        presenterNote.setId("present-presenter-note");
        presenterNote.setWrapText(true);
        presenterNote.getStyleClass().add(Styles.TEXT_MUTED);
        describePresenterView();

        // Each option's name above it: nothing to squeeze side by side at large text sizes.
        screens.setMinWidth(Region.USE_PREF_SIZE);
        themes.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane countdownRow = new javafx.scene.layout.FlowPane(8, 6, countdownSeconds, new Label("seconds (T starts it)"));
        countdownRow.setAlignment(Pos.CENTER_LEFT);
        VBox options = new VBox(10, optionName("Project on"), screens, optionName("Theme"), themes,
                optionName("Countdown per question"), new VBox(4, countdownRow, countdownNote));

        start.setId("present-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.setOnAction(e -> start());
        start.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> choices.stream().noneMatch(c -> c.included.get()), choices));

        Label keys = new Label(KEYS);
        keys.setId("present-keys");
        keys.getStyleClass().add("present-keys");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);

        // Start sits beside the title, so it is in view whatever the window's height.
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        start.setMinWidth(Region.USE_PREF_SIZE);
        // Under it when the title would be squeezed below its CSS min width (large text): words never break.
        title.getStyleClass().add("present-setup-title");
        Region header = Pages.besideOrUnder(title, start, "present-setup-header");
        content.getChildren().addAll(new HBox(back), header, intro, sectionTitle("Questions"), list, listButtons,
                sectionTitle("Projection"), options, presenterNote, sectionTitle("Keys"), keys);
        // Enter starts from anywhere on the page (the list would otherwise swallow it), except on a control
        // that has its own use for it.
        content.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean ownUse = e.getTarget() instanceof javafx.scene.control.ButtonBase
                    || e.getTarget() instanceof javafx.scene.control.TextInputControl
                    || e.getTarget() instanceof ChoiceBox || e.getTarget() instanceof Spinner;
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !ownUse && !start.isDisabled()) {
                start();
                e.consume();
            }
        });
        scroll = new ScrollPane(Pages.centered(content));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        Pages.escapeLeaves(scroll, onBack);
        ShortWindow.compactWhenShort(scroll, back); // large text in a short window: slimmer margins (latent.css)
    }

    static final String KEYS = """
            Next step: Right, Page Down, Space, Enter or a click
            Previous step: Left, Page Up or Backspace
            Black screen: B or . (again to come back)    White screen: W
            Go to a question: its number, then Enter
            Countdown: T starts or pauses it
            Class answer: A, type, then Enter
            Leave: Esc""";

    public Node node() {
        return scroll;
    }

    public void focusStart() {
        start.requestFocus();
    }

    /** The presentation open now, if any. */
    public Optional<PresentationWindows> running() {
        return Optional.ofNullable(running);
    }

    /** Ticked questions, in list order: what Start projects. */
    List<String> chosenQuestionIds() {
        return choices.stream().filter(c -> c.included.get()).map(c -> c.question.id()).toList();
    }

    PresentationWindows start() {
        if (running != null && !running.isClosed()) return running;
        PresentationPlan plan = PresentationPlan.of(deck, chosenQuestionIds());
        Presentation presentation = new Presentation(plan, Duration.ofSeconds(countdownSeconds.getValue()), themes.getValue(), clock);
        Screen projectOn = screens.getValue() == null ? Screen.getPrimary() : screens.getValue();
        running = PresentationWindows.open(presentation, projectOn,
                PresentationWindows.presenterScreenFor(projectOn).orElse(null), this::focusStart);
        return running;
    }

    /** The choice's place among the ticked questions, 0-based: its number in the projection, less one. */
    private int positionOf(Choice choice) {
        int position = 0;
        for (Choice each : choices) {
            if (each == choice) return position;
            if (each.included.get()) position++;
        }
        return -1;
    }

    private void move(int direction) {
        int from = list.getSelectionModel().getSelectedIndex();
        int to = from + direction;
        if (from < 0 || to < 0 || to >= choices.size()) return;
        Choice moved = choices.remove(from);
        choices.add(to, moved);
        list.getSelectionModel().select(to);
        list.scrollTo(Math.max(0, to - 2));
    }

    private void describePresenterView() {
        Screen projectOn = screens.getValue();
        presenterNote.setText(projectOn != null && PresentationWindows.presenterScreenFor(projectOn).isPresent()
                ? "The presenter view (current and next question, countdown, rubric notes, class answer) opens on the other screen."
                : "One screen: no presenter view. Press A on the projection to type a class answer.");
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        return label;
    }

    private static Label optionName(String text) {
        Label name = new Label(text);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setWrapText(true);
        return name;
    }

    private final class ChoiceCell extends ListCell<Choice> {
        private final CheckBox box = new CheckBox();
        private final Label number = new Label();
        private final Label prompt = new Label();
        private final HBox row = new HBox(10, box, number, prompt);
        private Choice bound;

        ChoiceCell() {
            row.setAlignment(Pos.CENTER_LEFT);
            number.getStyleClass().add(Styles.TEXT_MUTED);
            number.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(prompt, Priority.ALWAYS);
            prompt.setMaxWidth(Double.MAX_VALUE);
            prompt.setMinWidth(0);
            // Fit the list's width: long prompts end in "..." instead of scrolling sideways.
            setPrefWidth(0);
            prompt.setTooltip(new Tooltip());
            prompt.getTooltip().textProperty().bind(prompt.textProperty());
        }

        @Override
        protected void updateItem(Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (bound != null) box.selectedProperty().unbindBidirectional(bound.included);
            bound = empty ? null : choice;
            if (bound == null) {
                setGraphic(null);
                return;
            }
            box.selectedProperty().bindBidirectional(bound.included);
            box.setAccessibleText("Include: " + choice.question.prompt());
            // The number "number + Enter" goes to in the projection: the position among the questions presented.
            number.setText(choice.included.get() ? (positionOf(choice) + 1) + "." : "\u2013");
            prompt.setText(choice.question.prompt());
            setGraphic(row);
        }
    }
}

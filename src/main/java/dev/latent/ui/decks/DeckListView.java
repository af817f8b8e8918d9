package dev.latent.ui.decks;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckFailure;
import dev.latent.deck.DeckProblem;
import dev.latent.platform.AppPaths;
import dev.latent.scheduling.StudyDay;
import dev.latent.ui.common.Pages;
import dev.latent.ui.common.ShortWindow;
import dev.latent.ui.common.TimeText;
import dev.latent.ui.exam.ExamDateControl;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The first screen, Anki's deck overview: every deck with its new, learning and due counts, when the next
 * card is due, and the decks that could not be opened.
 */
public final class DeckListView {

    /**
     * What the deck list's buttons ask of the app (the shell, which opens the other screens), and the figures it
     * shows per deck; the list itself knows no other screen.
     */
    public interface Shell {
        void openSettings();

        void importDeck();

        void practiceExam();

        void showStatistics();

        void browseCards();

        void study(Deck deck);

        void preview(Deck deck);

        void present(Deck deck);

        void editDeck(Deck deck);

        void removeDeck(Deck deck);

        /** Decks in the user deck folder can be removed; bundled ones cannot. */
        boolean isUserDeck(Deck deck);

        Counts counts(Deck deck);

        Optional<LocalDate> examDate(Deck deck);

        /** Mean predicted recall of the deck's cards at its exam date; empty without a date. */
        OptionalDouble projectedRecall(Deck deck);

        /** Sets (or clears, with null) the deck's exam date. */
        void setExamDate(Deck deck, LocalDate date);

        Clock clock();
    }

    /** Anki's blue (new), red (learning) and green (due) numbers, and when more becomes due. */
    public record Counts(int newCards, int learning, int due, Optional<Instant> nextDue) {
        int total() {
            return newCards + learning + due;
        }
    }

    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(Pages.centered(content));
    private final List<Button> studyButtons = new ArrayList<>();
    private final Shell shell;

    public DeckListView(Shell shell, DeckCatalog catalog, AppPaths paths, Optional<String> notice) {
        this.shell = shell;
        content.getStyleClass().add("page");
        Label title = new Label("Latent");
        title.getStyleClass().addAll(Styles.TITLE_1, "app-title");
        List<Button> headerButtons = List.of(
                Pages.button("Browse", "open-browser",
                        "Every card of every deck in a table: search, sort, suspend, bury, flag, reset, reschedule",
                        shell::browseCards),
                Pages.button("Practice exam", "open-exam",
                        "A timed or untimed exam over all decks, one deck or one tag, with a report",
                        shell::practiceExam),
                Pages.button("Statistics", "open-statistics",
                        "Your reviews, retention, scores and the concepts you miss most", shell::showStatistics),
                Pages.button("Import deck...", "import-deck",
                        "Copy a deck (.json), Anki notes in plain text or an .apkg into your deck folder",
                        shell::importDeck),
                Pages.button("Settings", "open-settings",
                        "Retention, daily limits, steps, theme, text size and keys", shell::openSettings));
        // At large text sizes the buttons wrap under the title rather than shrink into ellipses.
        FlowPane actions = new FlowPane(6, 6);
        actions.getChildren().addAll(headerButtons);
        actions.setAlignment(Pos.CENTER_RIGHT);
        for (Button b : headerButtons) {
            b.getStyleClass().add(Styles.FLAT);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleBox = new HBox(title);
        Region header = Pages.twoLinesWhenNarrow(titleBox, actions, "deck-list-header");
        Label subtitle = new Label("Study autoencoders and GANs: type your answer, see which key ideas it hit, "
                + "and come back when the scheduler says.");
        subtitle.setId("tagline");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        content.getChildren().addAll(header, subtitle);
        notice.ifPresent(text -> {
            Label banner = new Label(text);
            banner.setWrapText(true);
            banner.getStyleClass().addAll("card", "notice");
            content.getChildren().add(banner);
        });
        content.getChildren().add(sectionTitle("Decks"));

        if (catalog.decks().isEmpty()) {
            Label empty = new Label("No decks found. Put deck files (.json) in " + paths.deckDir() + ".");
            empty.setWrapText(true);
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            content.getChildren().add(empty);
        }
        for (Deck deck : catalog.decks()) content.getChildren().add(deckCard(deck, shell.counts(deck)));

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
        // Large text in a short window: slimmer margins (latent.css) and a header of fewer lines. Measured by a link,
        // which is body text and always shown.
        ReadOnlyBooleanProperty compact = ShortWindow.compactWhenShort(scroll, headerButtons.get(0));
        Runnable rearrange = Pages.afterThisPulse(() -> compactHeader(compact.get(), title, titleBox, actions, subtitle));
        compact.addListener((o, was, now) -> rearrange.run());
    }

    /**
     * In a short window for the text (300 % on a 1366x768 laptop) the header gives its height to the decks: the title,
     * smaller (latent.css), goes at the start of the links' row, which wraps, and the tagline is not shown. At 300 %
     * the title above three lines of links and the tagline put the first deck's Study now at the window's foot.
     */
    private static void compactHeader(boolean compact, Label title, HBox titleBox, FlowPane actions, Label tagline) {
        if (compact) {
            titleBox.getChildren().clear();
            if (!actions.getChildren().contains(title)) actions.getChildren().add(0, title);
        } else {
            actions.getChildren().remove(title);
            titleBox.getChildren().setAll(title);
        }
        actions.setAlignment(compact ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
        tagline.setVisible(!compact);
        tagline.setManaged(!compact);
    }

    public Node node() {
        return scroll;
    }

    public void focusFirst() {
        if (!studyButtons.isEmpty()) studyButtons.get(0).requestFocus();
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        return label;
    }

    private Node deckCard(Deck deck, Counts counts) {
        Label name = new Label(deck.title());
        name.getStyleClass().addAll(Styles.TITLE_3);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label description = new Label(deck.description());
        description.setWrapText(true);
        description.setManaged(!deck.description().isEmpty());
        description.setMinHeight(Region.USE_PREF_SIZE);
        Label count = new Label(deck.size() == 1 ? "1 question" : deck.size() + " questions");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, "question-count");
        count.setId("count-" + deck.id());

        Region dueRow = Pages.wrappingRow(14,
                countLabel(counts.newCards(), "New", "count-new", deck.id(), "new cards to learn today"),
                countLabel(counts.learning(), "Learning", "count-learning", deck.id(), "cards in their learning steps, due now"),
                countLabel(counts.due(), "Due", "count-due", deck.id(), "review cards due today"));
        Label next = new Label(nextDueText(counts));
        next.setId("next-due-" + deck.id());
        next.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Node examDate = ExamDateControl.create(deck, shell.examDate(deck).orElse(null), shell.projectedRecall(deck),
                StudyDay.of(shell.clock().instant(), shell.clock().getZone()), date -> shell.setExamDate(deck, date));
        next.setWrapText(true);
        next.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(6, name, description, count, dueRow, next, examDate);
        text.getStyleClass().add("deck-card-text");
        HBox.setHgrow(text, Priority.ALWAYS);

        Button study = new Button("Study now");
        study.getStyleClass().add(Styles.ACCENT);
        study.setId("study-" + deck.id());
        study.setOnAction(e -> shell.study(deck));
        study.setMinWidth(Region.USE_PREF_SIZE);
        study.setTooltip(new Tooltip("Answer the cards due today, graded against the rubric"));
        study.setAccessibleText("Study " + deck.title() + " now: " + counts.total() + " cards waiting");
        studyButtons.add(study);

        Button preview = new Button("Preview");
        preview.setId("preview-" + deck.id());
        preview.setOnAction(e -> shell.preview(deck));
        preview.setMinWidth(Region.USE_PREF_SIZE);
        preview.setTooltip(new Tooltip("Go through every question in order, skipping any you like, without changing the schedule"));
        preview.setAccessibleText("Preview the questions of " + deck.title());

        Button present = new Button("Present");
        present.setId("present-deck-" + deck.id());
        present.setOnAction(e -> shell.present(deck));
        present.setMinWidth(Region.USE_PREF_SIZE);
        present.setTooltip(new Tooltip("Project the questions in class, without changing the schedule"));
        present.setAccessibleText("Present " + deck.title() + " in class");

        Button edit = new Button("Edit");
        edit.setId("edit-" + deck.id());
        edit.setOnAction(e -> shell.editDeck(deck));
        edit.setMaxWidth(Double.MAX_VALUE);
        edit.setTooltip(new Tooltip("Edit questions, answers, rubrics and graded samples"));

        VBox buttons = new VBox(8, study, preview, present, edit);
        if (shell.isUserDeck(deck)) {
            Button remove = new Button("Remove");
            remove.setId("remove-" + deck.id());
            remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER); // red text, no fill: less prominent than Study now
            remove.setOnAction(e -> shell.removeDeck(deck));
            remove.setMaxWidth(Double.MAX_VALUE);
            remove.setTooltip(new Tooltip("Delete this deck's file; your review history is kept"));
            buttons.getChildren().add(remove);
        }
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("deck-card-buttons");
        study.setMaxWidth(Double.MAX_VALUE);
        preview.setMaxWidth(Double.MAX_VALUE);
        present.setMaxWidth(Double.MAX_VALUE);

        // The buttons beside the text, or under it when the text would be squeezed (large text, a narrow window).
        return Pages.besideOrUnder(text, buttons, "card");
    }

    private static Label countLabel(int value, String name, String styleClass, String deckId, String meaning) {
        Label label = new Label(name + " " + value);
        label.setId(styleClass + "-" + deckId);
        label.getStyleClass().addAll("due-count", styleClass);
        label.setTooltip(new Tooltip(value + " " + meaning));
        label.setAccessibleText(value + " " + meaning);
        return label;
    }

    private String nextDueText(Counts counts) {
        if (counts.total() > 0) return counts.total() == 1 ? "1 card waiting now" : counts.total() + " cards waiting now";
        return counts.nextDue().map(due -> "Next card due " + TimeText.relative(shell.clock().instant(), due, shell.clock().getZone()))
                .orElse("Nothing due");
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

package dev.latent.ui.review;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Question;
import dev.latent.scheduling.StudyDay;
import dev.latent.study.CustomStudy;
import dev.latent.study.SessionSummary;
import dev.latent.study.StudySession;
import dev.latent.ui.common.Pages;
import dev.latent.ui.common.TimeText;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Where a session ends, and where "Study now" lands when nothing is due: Anki's "Congratulations! You have finished
 * this deck for now", with when the next card is due, what this session went through (cards, mean score, concepts
 * missed most) and Anki's ways to study more today: review ahead, review forgotten cards, preview new cards, or
 * let more new cards in.
 */
public final class SummaryView {

    /** What the shell does for each way to study more. */
    public record StudyMore(Consumer<CustomStudy> custom, Consumer<List<Question>> previewNew, IntFunction<Boolean> extendNew) {
    }

    static final String FINISHED = "Congratulations! You have finished this deck for now.";

    private final StudySession session;
    private final StudyMore more;
    private final ScrollPane scroll = new ScrollPane();
    private final Button done = new Button("\u2190 Decks");

    public SummaryView(StudySession session, Clock clock, StudyMore more, Runnable onDone) {
        this.session = session;
        this.more = more;
        SessionSummary summary = session.summary();
        VBox page = new VBox(16);
        page.getStyleClass().addAll("page", "summary-page");
        Label title = new Label(summary.reviewed() == 0 ? FINISHED : "Session complete");
        title.setId("summary-title");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label deckName = new Label(session.deck().title());
        deckName.getStyleClass().add(Styles.TEXT_MUTED);
        Label next = new Label(summary.nextDue()
                .map(due -> "The next card is due " + TimeText.relative(clock.instant(), due, clock.getZone()) + ".")
                .orElse("No card of this deck is scheduled."));
        next.setId("summary-next-due");
        next.setWrapText(true);
        next.setMinHeight(Region.USE_PREF_SIZE);
        page.getChildren().addAll(title, deckName, next);

        if (summary.reviewed() > 0) {
            FlowPane figures = new FlowPane(16, 16,
                    figure("summary-reviewed", Integer.toString(summary.reviewed()), (summary.reviewed() == 1 ? "review" : "reviews")
                            + " of " + summary.cards() + (summary.cards() == 1 ? " card" : " cards")),
                    figure("summary-time", studyTime(summary.timeSpent()), "spent answering"),
                    figure("summary-mean", summary.meanScore().isPresent()
                            ? String.format(Locale.ROOT, "%.0f", summary.meanScore().mean()) : "\u2013", "mean score"));
            page.getChildren().add(figures);
        }

        if (!summary.mostMissed().isEmpty()) {
            Label heading = new Label("Concepts to work on");
            heading.getStyleClass().add(Styles.TITLE_4);
            VBox list = new VBox(6);
            list.setId("summary-missed");
            for (SessionSummary.MissedConcept missed : summary.mostMissed()) {
                Label row = new Label("\u2717  " + missed.label() + "  \u2014 missed " + missed.times()
                        + (missed.times() == 1 ? " time" : " times") + ", in \u201c" + missed.questionPrompt() + "\u201d");
                row.setWrapText(true);
                row.setMinHeight(Region.USE_PREF_SIZE);
                list.getChildren().add(row);
            }
            VBox card = new VBox(8, heading, list);
            card.getStyleClass().add("card");
            page.getChildren().add(card);
        }

        page.getChildren().add(studyMore(clock));

        done.setId("summary-done");
        done.getStyleClass().add(Styles.ACCENT);
        done.setDefaultButton(true);
        done.setTooltip(new Tooltip("Back to the deck list (Esc)"));
        done.setOnAction(e -> onDone.run());
        page.getChildren().add(done);
        scroll.setContent(Pages.centered(page));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onDone.run();
            }
        });
    }

    /** Anki's custom study choices, each with how many cards it would bring now; a choice with none is off. */
    private Node studyMore(Clock clock) {
        Label heading = new Label("Study more today");
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox rows = new VBox(14, heading);
        rows.setId("study-more");
        rows.getStyleClass().add("card");

        Spinner<Integer> aheadDays = daysSpinner("ahead-days", daysUntilNextReview(clock));
        rows.getChildren().add(choice("review-ahead", "Review ahead",
                days -> count(session.available(new CustomStudy.ReviewAhead(days)), "card", "No card")
                        + " due in the next " + dayCount(days) + ", reviewed now as if those days had come.",
                aheadDays, "Review ahead", () -> more.custom().accept(new CustomStudy.ReviewAhead(aheadDays.getValue())),
                () -> session.available(new CustomStudy.ReviewAhead(aheadDays.getValue())) > 0));

        Spinner<Integer> forgottenDays = daysSpinner("forgotten-days", 1);
        rows.getChildren().add(choice("review-forgotten", "Review forgotten cards",
                days -> count(session.available(new CustomStudy.Forgotten(days)), "card", "No card")
                        + " rated Again in the last " + dayCount(days) + ".",
                forgottenDays, "Review them", () -> more.custom().accept(new CustomStudy.Forgotten(forgottenDays.getValue())),
                () -> session.available(new CustomStudy.Forgotten(forgottenDays.getValue())) > 0));

        List<Question> fresh = session.newQuestions();
        rows.getChildren().add(choice("preview-new", "Preview new cards",
                ignored -> fresh.isEmpty() ? "Every card has been studied."
                        : count(fresh.size(), "new card", "") + " not studied yet, to read through without scheduling anything.",
                null, "Preview", () -> more.previewNew().accept(fresh), () -> !fresh.isEmpty()));

        Spinner<Integer> extra = new Spinner<>(1, 9999, 10);
        extra.setEditable(true);
        extra.setId("extra-new-count");
        Pages.numberField(extra, 9999);
        extra.setAccessibleText("How many more new cards today");
        rows.getChildren().add(choice("extra-new", "More new cards today",
                count -> fresh.isEmpty() ? "No new card is waiting."
                        : "Let " + count + " more new " + (count == 1 ? "card" : "cards") + " in today ("
                        + fresh.size() + " waiting).",
                extra, "Add", () -> {
                    if (!more.extendNew().apply(extra.getValue())) done.requestFocus();
                }, () -> !fresh.isEmpty()));
        return rows;
    }

    private static Spinner<Integer> daysSpinner(String id, int initial) {
        Spinner<Integer> days = new Spinner<>(1, CustomStudy.MAX_DAYS, initial);
        days.setEditable(true);
        days.setId(id);
        Pages.numberField(days, CustomStudy.MAX_DAYS);
        days.setAccessibleText("Number of days");
        return days;
    }

    /**
     * One way to study more: its name, a line saying what it would bring (redrawn when the number changes), the
     * number when it takes one, and its button, off while it would bring nothing.
     */
    private static Node choice(String id, String name, IntFunction<String> describe, Spinner<Integer> number,
                               String action, Runnable run, java.util.function.BooleanSupplier available) {
        Label title = new Label(name);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label what = new Label();
        what.setId(id + "-text");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        Button go = new Button(action);
        go.setId(id);
        go.setOnAction(e -> run.run());
        Runnable refresh = () -> {
            what.setText(describe.apply(number == null ? 0 : number.getValue()));
            go.setDisable(!available.getAsBoolean());
        };
        refresh.run();
        FlowPane controls = new FlowPane(10, 8);
        controls.setAlignment(Pos.CENTER_LEFT);
        if (number != null) {
            number.valueProperty().addListener((o, old, value) -> refresh.run());
            controls.getChildren().add(number);
        }
        controls.getChildren().add(go);
        VBox row = new VBox(4, title, what, controls);
        row.getStyleClass().add("study-more-choice");
        return row;
    }

    /** "1 card", "3 cards", or the words for none ("No card"). */
    private static String count(int count, String noun, String none) {
        if (count == 0) return none;
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String dayCount(int days) {
        return days == 1 ? "day" : days + " days";
    }

    /** Review ahead starts at the days up to the next due card, so its first offer is never empty when there is one. */
    private int daysUntilNextReview(Clock clock) {
        return session.summary().nextDue().map(due -> {
            long days = ChronoUnit.DAYS.between(
                    StudyDay.of(clock.instant(), clock.getZone()),
                    StudyDay.of(due, clock.getZone()));
            return (int) Math.max(1, Math.min(CustomStudy.MAX_DAYS, days));
        }).orElse(1);
    }

    /** "45 s", "12 min", "1 h 05 min". */
    static String studyTime(java.time.Duration spent) {
        long seconds = spent.toSeconds();
        if (seconds < 60) return seconds + " s";
        long minutes = (seconds + 30) / 60;
        if (minutes < 60) return minutes + " min";
        return String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
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

    public Node node() {
        return scroll;
    }

    public void focusDone() {
        done.requestFocus();
    }
}

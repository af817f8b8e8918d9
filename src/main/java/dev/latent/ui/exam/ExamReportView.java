package dev.latent.ui.exam;

import atlantafx.base.theme.Styles;
import dev.latent.exam.ExamReport;
import dev.latent.exam.ExamReportFiles;
import dev.latent.ui.common.Pages;
import dev.latent.ui.common.ShortWindow;
import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.FileChooser;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * The exam's report: the total, then every question with the answer given, its score, the concepts missed and
 * the model answer. Save writes the HTML report to the data folder at once; Save as lets the learner pick the
 * place and HTML or Markdown; Print looks the printers up, only then, and sends it to one (or says there is none).
 */
final class ExamReportView {

    static final String NO_PRINTER = "No printer is set up on this computer. Save the report and print the HTML file instead.";

    private final ExamReport report;
    private final Path dataDir;
    private final ZoneId zone;
    private final ScrollPane scroll = new ScrollPane();
    private final Button done = new Button("\u2190 Decks");
    private final Label saved = new Label();
    /** Where "Save report" put this report, so saving it again does not make a second file. */
    private Path savedReport;

    ExamReportView(ExamReport report, boolean countedAsReviews, Path dataDir, ZoneId zone, Runnable onDone) {
        this.report = report;
        this.dataDir = dataDir;
        this.zone = zone;
        VBox page = new VBox(16);
        page.getStyleClass().addAll("page", "exam-report");
        Label title = new Label("Exam report");
        title.setId("report-title");
        title.getStyleClass().add(Styles.TITLE_2);
        Label what = new Label(report.title());
        what.getStyleClass().add(Styles.TEXT_MUTED);
        Label timing = Pages.wrapped(report.timingText(zone));
        timing.setId("report-timing");
        timing.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        Label total = new Label(report.totalText());
        total.setId("report-total");
        total.getStyleClass().addAll(Styles.TITLE_1, "figure-value");
        Label totalCaption = new Label("total: mean score of " + report.gradedCount() + " graded "
                + (report.gradedCount() == 1 ? "question" : "questions") + " (" + report.answeredCount() + " of "
                + report.items().size() + " answered)");
        totalCaption.getStyleClass().add(Styles.TEXT_MUTED);
        totalCaption.setWrapText(true);
        Label schedule = Pages.wrapped(countedAsReviews
                ? "Counted as reviews: each graded answer moved its card's schedule."
                : "Not counted as reviews: your study schedule is unchanged.");
        schedule.setId("report-schedule");
        schedule.getStyleClass().add(Styles.TEXT_SMALL);
        VBox totalBox = new VBox(2, total, totalCaption, schedule);
        totalBox.getStyleClass().add("card");

        Button save = new Button("Save report");
        save.setId("report-save");
        save.setTooltip(new Tooltip("Save as HTML in " + dataDir.resolve(ExamReportFiles.FOLDER)));
        save.setOnAction(e -> saveReport());
        Button saveAs = new Button("Save as\u2026");
        saveAs.setId("report-save-as");
        saveAs.setOnAction(e -> saveAs());
        Button print = new Button("Print\u2026");
        print.setId("report-print");
        print.setOnAction(e -> print());
        // Printers are looked up only when the learner asks to print: the lookup talks to the print service
        // (port 631, possibly on another machine), which merely showing a report must never do.
        print.setTooltip(new Tooltip("Choose a printer and print the report"));
        done.setId("report-done");
        done.getStyleClass().add(Styles.ACCENT);
        done.setOnAction(e -> onDone.run());
        Pages.escapeLeaves(scroll, onDone);
        Region actions = Pages.wrappingRow(10, save, saveAs, print, done); // more rows at large text, never "Pri…"
        saved.setId("report-saved");
        saved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        saved.setWrapText(true);

        page.getChildren().addAll(title, what, timing, totalBox, actions, saved);
        for (ExamReport.Item item : report.items()) page.getChildren().add(itemCard(item));
        scroll.setContent(Pages.centered(page));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        ShortWindow.compactWhenShort(scroll, done); // large text in a short window: slimmer margins (latent.css)
    }

    Node node() {
        return scroll;
    }

    void focusDone() {
        Platform.runLater(done::requestFocus);
    }

    private Node itemCard(ExamReport.Item item) {
        Label heading = Pages.wrapped((item.position() + 1) + ". " + item.prompt());
        heading.getStyleClass().add(Styles.TITLE_4);
        Label deck = new Label(item.deckTitle() + (item.checkedDuringExam() ? " \u00b7 checked during the exam" : ""));
        deck.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label score = new Label(item.score().map(s -> s.score() + " / 100 \u00b7 grade " + s.grade() + " of 4")
                .orElse("Not graded (this question has no rubric)"));
        score.setId("report-score-" + item.position());
        score.getStyleClass().add(Styles.TEXT_BOLD);
        item.score().ifPresent(s -> score.getStyleClass().add(s.score() >= 60 ? Styles.SUCCESS : s.score() >= 40 ? Styles.WARNING : Styles.DANGER));
        VBox card = new VBox(8, heading, deck, score, sub("Your answer"),
                Pages.wrapped(item.answered() ? item.answer() : "(no answer)"));
        List<String> missed = item.conceptsMissed();
        if (!missed.isEmpty()) {
            VBox list = new VBox(3);
            list.setId("report-missed-" + item.position());
            for (String concept : missed) {
                Label row = Pages.wrapped("\u2717  " + concept);
                row.getStyleClass().add("concept-missed-row");
                list.getChildren().add(row);
            }
            card.getChildren().addAll(sub("Concepts missed"), list);
        }
        Label model = Pages.wrapped(item.modelAnswer());
        model.setId("report-model-" + item.position());
        card.getChildren().addAll(sub("Model answer"), model);
        card.getStyleClass().addAll("card", "report-item");
        card.setId("report-item-" + item.position());
        return card;
    }

    private static Label sub(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD, "report-subheading");
        return label;
    }

    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save exam report");
        Path suggested = ExamReportFiles.defaultFile(dataDir, report.finishedAt(), zone);
        chooser.setInitialFileName(suggested.getFileName().toString());
        if (java.nio.file.Files.isDirectory(suggested.getParent())) chooser.setInitialDirectory(suggested.getParent().toFile());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Web page (HTML)", "*.html"),
                new FileChooser.ExtensionFilter("Markdown", "*.md"));
        java.io.File file = chooser.showSaveDialog(scroll.getScene().getWindow());
        if (file == null) return;
        Path target = file.toPath();
        boolean markdown = chooser.getSelectedExtensionFilter() != null
                && chooser.getSelectedExtensionFilter().getDescription().startsWith("Markdown");
        String name = target.getFileName().toString();
        if (!name.contains(".")) target = target.resolveSibling(name + (markdown ? ".md" : ".html"));
        saveTo(target);
    }

    /**
     * "Save report": the first time, a new file in the data folder that no other report has (two exams finished in
     * the same minute each keep their own); after that, the same file again.
     */
    private void saveReport() {
        if (savedReport != null) {
            saveTo(savedReport);
            return;
        }
        try {
            Path written = ExamReportFiles.saveNew(report, dataDir, zone);
            savedReport = written;
            saved.setText("Saved to " + written);
            saved.getStyleClass().remove(Styles.DANGER);
        } catch (IOException | RuntimeException e) {
            saved.setText("Could not save the report in " + dataDir.resolve(ExamReportFiles.FOLDER) + ": " + e.getMessage());
            saved.getStyleClass().add(Styles.DANGER);
        }
    }

    /** Saves and says where, or why not. */
    Path saveTo(Path file) {
        try {
            Path written = ExamReportFiles.save(report, file, zone);
            saved.setText("Saved to " + written);
            saved.getStyleClass().remove(Styles.DANGER);
            return written;
        } catch (IOException | RuntimeException e) {
            saved.setText("Could not save the report to " + file + ": " + e.getMessage());
            saved.getStyleClass().add(Styles.DANGER);
            return null;
        }
    }

    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            saved.setText(NO_PRINTER);
            return;
        }
        if (!job.showPrintDialog(scroll.getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        boolean ok = printPages(job, printable(report, zone));
        if (ok) job.endJob();
        saved.setText(ok ? "Sent to the printer." : "Printing failed.");
    }

    /** The report laid out for paper: plain black text at the printable width. */
    static VBox printable(ExamReport report, ZoneId zone) {
        VBox page = new VBox(6);
        page.getChildren().addAll(printLabel("Practice exam: " + report.title(), 16, true),
                printLabel(report.timingText(zone), 9, false), printLabel("Total: " + report.totalText(), 13, true));
        for (ExamReport.Item item : report.items()) {
            page.getChildren().add(printLabel("", 6, false));
            page.getChildren().add(printLabel((item.position() + 1) + ". " + item.prompt(), 11, true));
            page.getChildren().add(printLabel(item.score().map(s -> "Score " + s.score() + " / 100, grade " + s.grade() + " of 4")
                    .orElse("Not graded"), 10, false));
            page.getChildren().add(printLabel("Your answer: " + (item.answered() ? item.answer() : "(no answer)"), 10, false));
            if (!item.conceptsMissed().isEmpty()) {
                page.getChildren().add(printLabel("Concepts missed: " + String.join("; ", item.conceptsMissed()), 10, false));
            }
            page.getChildren().add(printLabel("Model answer: " + item.modelAnswer(), 10, false));
        }
        return page;
    }

    private static Label printLabel(String text, double size, boolean bold) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Lays the content out at the page width and prints it one page-high slice at a time. */
    static boolean printPages(PrinterJob job, VBox content) {
        PageLayout layout = job.getJobSettings().getPageLayout();
        double width = layout.getPrintableWidth();
        double height = layout.getPrintableHeight();
        Group holder = new Group(content);
        new Scene(holder);
        content.setPrefWidth(width);
        content.applyCss();
        double total = content.prefHeight(width);
        content.resize(width, total);
        content.layout();
        int pages = (int) Math.max(1, Math.ceil(total / height));
        for (int p = 0; p < pages; p++) {
            content.setTranslateY(-p * height);
            holder.setClip(new Rectangle(0, 0, width, height));
            if (!job.printPage(layout, holder)) return false;
        }
        return true;
    }
}

package dev.latent.ui.decks;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.folder.DeckFolder;
import dev.latent.deck.folder.DeckFolderException;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.DeckProblem;
import dev.latent.interchange.AnkiText;
import dev.latent.interchange.AnkiTextException;
import dev.latent.interchange.ApkgException;
import dev.latent.interchange.ApkgImport;
import dev.latent.interchange.ImportReport;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Importing a deck file from anywhere into the user deck folder, and removing one, with the dialogs that go with
 * them. Nothing in an imported file is run or rendered as HTML: JSON decks are validated by {@link
 * dev.latent.deck.json.DeckLoader}, Anki files are reduced to text by {@link dev.latent.interchange}, and only a deck
 * that passed is written (atomically) into the folder.
 */
public final class DeckImport {

    /** Dialog text widths: questions and explanations read best narrow, reports and problem lists need room. */
    private static final double NARROW = 560;
    private static final double WIDE = 640;

    private DeckImport() {
    }

    public static Optional<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a deck");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Decks and Anki files", "*.json", "*.txt", "*.csv", "*.tsv", "*.apkg", "*.colpkg"),
                new FileChooser.ExtensionFilter("Latent deck (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("Anki notes in plain text (*.txt, *.csv)", "*.txt", "*.csv", "*.tsv"),
                new FileChooser.ExtensionFilter("Anki package or collection (*.apkg, *.colpkg)", "*.apkg", "*.colpkg"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /**
     * Validates and copies the file into the folder; problems are shown in a dialog and nothing is written. A deck
     * whose id one of the learner's decks already has replaces it only after asking. An Anki package with subdecks
     * asks whether they become decks of their own or tags; every Anki import ends with its report (what was
     * imported, what was skipped and why).
     *
     * @return the decks written, none if the import failed or was cancelled
     */
    static List<DeckFolder.Saved> run(Window owner, Path file, DeckFolder folder) {
        return run(owner, file, folder, null);
    }

    /** Records Anki's review history of the decks just imported (the CLI's {@code import --with-history}). */
    @FunctionalInterface
    public interface HistoryRecorder {
        void record(List<Deck> decks, List<ApkgImport.PastReview> history);
    }

    /**
     * As {@link #run(Window, Path, DeckFolder)}; when an Anki package has a review log and {@code history} is given,
     * the report offers to bring that history along, and {@code history} records it if the learner ticks the box.
     */
    public static List<DeckFolder.Saved> run(Window owner, Path file, DeckFolder folder, HistoryRecorder history) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json");
        try {
            List<Deck> decks;
            ImportReport report = null;
            Map<String, byte[]> images = Map.of();
            List<ApkgImport.PastReview> past = List.of();
            if (json) {
                decks = List.of(DeckLoader.load(file));
            } else if (name.endsWith(".apkg") || name.endsWith(".colpkg")) {
                // The learner's own decks: a package Latent exported from one of them keeps its ids, so history follows.
                List<Deck> known = DeckLibrary.loadFolder(folder.path()).decks();
                boolean withHistory = history != null;
                ApkgImport.Result result = ApkgImport.importPackage(file,
                        new ApkgImport.Options(null, null, ApkgImport.Subdecks.DECKS, known, withHistory));
                if (result.decks().size() > 1) {
                    Optional<ApkgImport.Subdecks> choice = askSubdecks(owner, result.decks());
                    if (choice.isEmpty()) return List.of();
                    if (choice.get() == ApkgImport.Subdecks.TAGS) {
                        result = ApkgImport.importPackage(file,
                                new ApkgImport.Options(null, null, ApkgImport.Subdecks.TAGS, known, withHistory));
                    }
                }
                decks = result.decks();
                report = result.report();
                images = result.images();
                past = result.history();
            } else {
                AnkiText.Result result = AnkiText.importFile(file, AnkiText.ImportOptions.DEFAULT,
                        DeckLibrary.loadFolder(folder.path()).decks());
                decks = List.of(result.deck());
                report = result.report();
            }
            List<Deck> replacing = decks.stream().filter(deck -> folder.userFileOf(deck.id()).isPresent()).toList();
            for (Deck deck : replacing) if (!confirmReplace(owner, deck)) return List.of();
            List<DeckFolder.Saved> saved = new ArrayList<>();
            folder.saveImages(images); // before the decks, which name them
            for (Deck deck : decks) {
                boolean replace = replacing.contains(deck);
                // A JSON deck is copied byte for byte (validated again as it is read); an Anki one is written as JSON.
                saved.add(json ? folder.importFile(file, replace) : folder.save(deck, replace));
            }
            boolean bringHistory = report != null && showReport(owner, file, report, past.size());
            if (bringHistory) {
                try {
                    history.record(decks, past);
                } catch (dev.latent.store.StoreException e) {
                    showProblems(owner, file, List.of("The decks were imported, but the review history could not be recorded: "
                            + e.getMessage()));
                }
            }
            return saved;
        } catch (DeckException e) {
            showProblems(owner, file, e.problems().stream().map(DeckProblem::toString).toList());
        } catch (AnkiTextException | ApkgException | DeckFolderException e) {
            showProblems(owner, file, List.of(e.getMessage()));
        }
        return List.of();
    }

    private static Optional<ApkgImport.Subdecks> askSubdecks(Window owner, List<Deck> decks) {
        ButtonType separate = new ButtonType("Separate decks", ButtonBar.ButtonData.YES);
        ButtonType tags = new ButtonType("One deck, subdecks as tags", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", separate, tags, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("Import deck");
        ask.setHeaderText("This Anki package has subdecks");
        ask.getDialogPane().setContent(dialogText("subdeck-choice", NARROW,
                decks.stream().map(d -> "\u2022 " + d.title() + " (" + d.size() + " questions)")
                        .limit(20).collect(Collectors.joining("\n"))
                        + (decks.size() > 20 ? "\n… and " + (decks.size() - 20) + " more" : "")
                        + "\n\nImport each as a deck of its own, or all into one deck with the subdeck as a tag?"));
        ButtonType chosen = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (chosen == separate) return Optional.of(ApkgImport.Subdecks.DECKS);
        if (chosen == tags) return Optional.of(ApkgImport.Subdecks.TAGS);
        return Optional.empty();
    }

    /** The report; when the package has a review log, with a box to bring it along. True when that box was ticked. */
    private static boolean showReport(Window owner, Path file, ImportReport report, int reviews) {
        Alert alert = new Alert(report.skippedTotal() > 0 ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Import deck");
        alert.setHeaderText("Imported " + file.getFileName());
        Label text = dialogText("import-report", WIDE, String.join("\n", report.lines()));
        javafx.scene.control.CheckBox bring = new javafx.scene.control.CheckBox("Also bring Anki's review history along ("
                + reviews + (reviews == 1 ? " review" : " reviews") + "), replayed through your scheduler so that each card "
                + "starts where you are; a card that already has reviews in Latent keeps its own");
        bring.setId("import-history");
        bring.setWrapText(true);
        bring.setMaxWidth(WIDE);
        alert.getDialogPane().setContent(reviews > 0 ? new javafx.scene.layout.VBox(12, text, bring) : text);
        alert.showAndWait();
        return reviews > 0 && bring.isSelected();
    }

    private static boolean confirmReplace(Window owner, Deck deck) {
        return confirm(owner, "Import deck", "You already have a deck with the id \"" + deck.id() + "\"", "Replace",
                "replace-explanation", "Replace it with the imported \"" + deck.title() + "\"? Your review history is "
                        + "kept for every question id the new version still has.");
    }

    private static void showProblems(Window owner, Path file, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Import deck");
        alert.setHeaderText("Could not import " + file.getFileName() + "; nothing was written.");
        alert.getDialogPane().setContent(dialogText("import-problems", WIDE,
                problems.stream().limit(30).collect(Collectors.joining("\n"))
                        + (problems.size() > 30 ? "\n… and " + (problems.size() - 30) + " more" : "")));
        alert.showAndWait();
    }

    /**
     * Asks, then deletes the deck's file. The review history stays in the store: the store orphans the cards of
     * questions that vanish and restores them if a deck with the same id comes back.
     *
     * @return whether the deck was removed
     */
    public static boolean confirmRemove(Window owner, Deck deck, int cards, DeckFolder folder) {
        boolean confirmed = confirm(owner, "Remove deck", "Remove \"" + deck.title() + "\"?", "Remove",
                "remove-explanation", "Its file is deleted from " + folder.path() + ".\n\n"
                        + "Your review history is kept: the " + cards + (cards == 1 ? " card" : " cards")
                        + " of this deck are set aside, not deleted, and come back with their schedule "
                        + "if you import a deck with the id \"" + deck.id() + "\" again.");
        if (!confirmed) return false;
        try {
            folder.remove(deck.id());
            return true;
        } catch (DeckFolderException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "");
            alert.initOwner(owner);
            alert.setHeaderText("Could not remove the deck");
            Label message = new Label(e.getMessage());
            message.setWrapText(true);
            alert.getDialogPane().setContent(message);
            alert.showAndWait();
            return false;
        }
    }

    /**
     * Asks to go ahead with {@code action} (the default button) or cancel, the explanation under the header.
     *
     * @return true only when the action button was pressed
     */
    private static boolean confirm(Window owner, String title, String header, String action, String explanationId,
                                   String explanation) {
        ButtonType proceed = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", proceed, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle(title);
        confirm.setHeaderText(header);
        confirm.getDialogPane().setContent(dialogText(explanationId, NARROW, explanation));
        return confirm.showAndWait().orElse(ButtonType.CANCEL) == proceed;
    }

    /** A dialog's text, wrapped at {@code maxWidth} (a long list or report would otherwise widen the dialog off screen). */
    private static Label dialogText(String id, double maxWidth, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(maxWidth);
        return label;
    }
}

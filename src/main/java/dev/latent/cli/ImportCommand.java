package dev.latent.cli;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckValidator;
import dev.latent.deck.folder.DeckFolder;
import dev.latent.deck.folder.DeckFolderException;
import dev.latent.interchange.AnkiText;
import dev.latent.interchange.AnkiTextException;
import dev.latent.interchange.ApkgException;
import dev.latent.interchange.ApkgImport;
import dev.latent.interchange.HistoryImport;
import dev.latent.interchange.ImportReport;
import dev.latent.collection.StudyCollection;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.FsrsParameters;
import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.store.Store;
import dev.latent.store.StoreException;
import dev.latent.store.StoreLockedException;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.platform.AppPaths;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code latent import (--anki-text FILE | --apkg FILE) [--data-dir DIR] [--deck-id ID] [--title TEXT]
 * [--subdecks decks|tags] [--with-history] [--replace]}: turns Anki notes in plain text or an Anki package into decks in the user
 * deck folder, prints where each went, then the import report (questions from notes, what was skipped and why,
 * fields no card shows, subdecks). Exit code 0 on success, 1 with a one-line message (file:line: what is wrong)
 * otherwise; nothing is written then.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Import Anki 'Notes in Plain Text' or an Anki package (.apkg, .colpkg) as decks in the user deck folder.",
        "Honours the headers #separator, #html, #columns, #deck, #notetype, #tags, #tags column, #guid column, #notetype column.",
        "Questions come from the note types' card templates; cloze deletions become one question each.",
        "HTML is reduced to text, media are not imported. The decks have no rubrics: answers are shown, not graded by keywords."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LatentCommand parent;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--anki-text", paramLabel = "FILE", description = "Anki notes in plain text (.txt/.csv).")
        Path ankiText;

        @Option(names = "--apkg", paramLabel = "FILE",
                description = "An Anki package (.apkg) or whole collection (.colpkg), from any Anki version. Media are not imported.")
        Path apkg;
    }

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder; the deck goes into its decks/ folder.")
    Path dataDir;

    @Option(names = "--deck-id", paramLabel = "ID", description = "Id of the new deck (subdecks get it as a prefix). "
            + "Default: from the Anki deck name, else the file name.")
    String deckId;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the new deck. Default: the Anki deck name, else the file name.")
    String title;

    @Option(names = "--subdecks", paramLabel = "decks|tags", defaultValue = "decks",
            description = "Anki subdecks (Parent::Child) become decks of their own (decks, the default) or tags in one deck (tags).")
    String subdecks;

    @Option(names = "--with-history", description = "With --apkg: bring Anki's review log along, replayed through FSRS, "
            + "so each card starts from what you already know (cards that already have reviews in Latent keep theirs).")
    boolean withHistory;

    @Option(names = "--replace", description = "Replace a user deck that has the same id (never a bundled deck).")
    boolean replace;

    private boolean decksWritten;

    @Override
    public Integer call() throws AnkiTextException, ApkgException, DeckFolderException {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ApkgImport.Subdecks mode = switch (subdecks.toLowerCase(Locale.ROOT)) {
                case "decks" -> ApkgImport.Subdecks.DECKS;
                case "tags" -> ApkgImport.Subdecks.TAGS;
                default -> null;
            };
            if (mode == null) {
                throw new CliErrors.UsageError(spec.commandLine(), "--subdecks must be decks or tags, not \"" + subdecks + "\"");
            }
            if (deckId != null && !deckId.isBlank() && !DeckValidator.isValidId(deckId.strip())) {
                throw new CliErrors.UsageError(spec.commandLine(), "--deck-id \"" + deckId.strip() + "\" must be " + DeckValidator.ID_RULE);
            }
            if (withHistory && source.apkg == null) {
                throw new CliErrors.UsageError(spec.commandLine(), "--with-history needs --apkg (plain text has no review log)");
            }
            AppPaths paths = AppPaths.of(DataDirOption.orRoot(dataDir, parent));
            Path folder = paths.deckDir();
            List<Deck> decks;
            ImportReport report;
            List<ApkgImport.PastReview> history = List.of();
            Map<String, byte[]> images = Map.of();
            // The learner's own decks: a file Latent exported from one of them keeps its ids, so history follows.
            List<Deck> known = DeckLibrary.loadFolder(folder).decks();
            if (source.ankiText != null) {
                AnkiText.Result result = AnkiText.importFile(source.ankiText, new AnkiText.ImportOptions(deckId, title), known);
                decks = List.of(result.deck());
                report = result.report();
            } else {
                ApkgImport.Result result = ApkgImport.importPackage(source.apkg,
                        new ApkgImport.Options(deckId, title, mode, known, withHistory));
                decks = result.decks();
                report = result.report();
                history = result.history();
                images = result.images();
            }
            DeckFolder deckFolder = new DeckFolder(folder);
            // Every clash is found before anything is written: an import of several decks is all or nothing.
            for (Deck deck : decks) {
                if (!replace && deckFolder.userFileOf(deck.id()).isPresent()) {
                    throw CommandFailure.of("a deck with id \"" + deck.id() + "\" is already in " + deckFolder.userFileOf(deck.id()).get()
                            + "; use --replace to replace it (its review history is kept for every question id it still has) "
                            + "or --deck-id to import it under another id");
                }
            }
            // The store is opened first: if Latent has the data folder open, nothing is written at all.
            try (Store store = withHistory ? Store.open(paths.dataDir()) : null) {
                // Images first: a deck never names an image that is not there yet.
                deckFolder.saveImages(images);
                for (Deck deck : decks) {
                    DeckFolder.Saved saved = deckFolder.save(deck, replace);
                    decksWritten = true;
                    out.printf("%s: %d %s imported as deck \"%s\"%s%n", saved.file(), deck.size(),
                            deck.size() == 1 ? "question" : "questions", deck.id(),
                            saved.replaced() ? " (replaced the previous one)" : "");
                }
                for (String line : report.lines()) out.println(line);
                if (store != null) {
                    Settings settings = new SettingsStore(paths.dataDir()).load().settings();
                    // The collection's parameters, as the app would schedule these cards (fitted ones, if any).
                    Scheduler scheduler = StudyCollection.scheduler(settings,
                            store.fsrs().fsrsParameters(null).orElse(FsrsParameters.DEFAULT));
                    out.println(HistoryImport.record(store, scheduler, decks, history, Instant.now()).line());
                }
            }
            out.flush();
            return CliErrors.OK;
        } catch (StoreLockedException e) {
            throw CommandFailure.of(e.getMessage() + "; close Latent to bring the review history along (nothing was written)");
        } catch (StoreException e) {
            // What was written matters to the learner: the decks may be in place even though the history is not.
            throw CommandFailure.of(decksWritten ? "the decks were imported, but the review history could not be recorded: "
                    + e.getMessage() : e.getMessage() + " (nothing was written)");
        }
    }
}

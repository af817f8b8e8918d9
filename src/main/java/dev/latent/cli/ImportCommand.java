package dev.latent.cli;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckFolder;
import dev.latent.deck.DeckFolderException;
import dev.latent.interchange.AnkiText;
import dev.latent.interchange.AnkiTextException;
import dev.latent.interchange.ApkgImport;
import dev.latent.platform.AppPaths;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code latent import (--anki-text FILE | --apkg FILE) [--data-dir DIR] [--deck-id ID] [--title TEXT] [--replace]}:
 * turns Anki notes in plain text or a legacy package into a deck in the user deck folder and prints where it went. Exit code 0 on success,
 * 1 with a one-line message (file:line: what is wrong) otherwise.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Import Anki 'Notes in Plain Text' or a legacy .apkg as a deck in the user deck folder.",
        "Honours the headers #separator, #html, #columns, #deck, #notetype, #tags, #tags column, #guid column.",
        "HTML is reduced to text. The deck has no rubrics: answers are shown, not graded by keywords."})
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
                description = "A legacy Anki package (.apkg; from Anki, tick \"Support older Anki versions\"). Media are not imported.")
        Path apkg;
    }

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder; the deck goes into its decks/ folder.")
    Path dataDir;

    @Option(names = "--deck-id", paramLabel = "ID", description = "Id of the new deck. Default: from #deck, else the file name.")
    String deckId;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the new deck. Default: #deck, else the file name.")
    String title;

    @Option(names = "--replace", description = "Replace a user deck that has the same id (never a bundled deck).")
    boolean replace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            AnkiText.ImportOptions options = new AnkiText.ImportOptions(deckId, title);
            Deck deck = source.ankiText != null ? AnkiText.read(source.ankiText, options) : ApkgImport.read(source.apkg, options);
            Path folder = AppPaths.of(DataDirOption.orRoot(dataDir, parent)).deckDir();
            DeckFolder.Saved saved = new DeckFolder(folder).save(deck, replace);
            out.printf("%s: %d questions imported as deck \"%s\"%s%n", saved.file(), deck.size(), deck.id(),
                    saved.replaced() ? " (replaced the previous one)" : "");
            return 0;
        } catch (AnkiTextException | ApkgImport.ApkgException e) {
            err.println(e.getMessage());
            return 1;
        } catch (DeckFolderException e) {
            err.println("import: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}

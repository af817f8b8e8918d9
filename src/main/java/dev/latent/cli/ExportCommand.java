package dev.latent.cli;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.json.DeckWriter;
import dev.latent.platform.AppPaths;
import dev.latent.platform.AtomicFiles;
import dev.latent.store.PersonalSample;
import dev.latent.store.Store;
import dev.latent.study.LearnerSamples;
import dev.latent.interchange.AnkiText;
import dev.latent.interchange.ApkgExport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code latent export --anki-text FILE | --apkg FILE | --samples FILE [--deck ID_OR_PATH] [--html]}: writes a deck
 * for Anki, or (with {@code --samples}) the deck with the learner's disputed grades added to its graded samples.
 * Exit code 0 on success, 1 with a one-line message for a missing deck or an unwritable file.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Export a deck for Anki: notes in plain text (File > Import in Anki) or a legacy .apkg package.",
        "Note guids are stable, so importing a later export updates the same notes.",
        "--samples writes the deck as JSON with the learner's disputed grades added to its graded samples",
        "(notes start \"Learner: \"), for an instructor to collect a class's disputes and check the rubrics."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LatentCommand parent;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--anki-text", paramLabel = "FILE",
                description = "Write Anki 'Notes in Plain Text' (tab-separated, with #headers); '-' for standard output.")
        Path ankiText;

        @Option(names = "--apkg", paramLabel = "FILE", description = "Write a legacy Anki package (.apkg).")
        Path apkg;

        @Option(names = "--samples", paramLabel = "FILE",
                description = "Write the deck (JSON) with the learner's disputed grades as graded samples; '-' for standard output.")
        Path samples;
    }

    @Option(names = "--deck", paramLabel = "ID_OR_PATH",
            description = "Deck id (bundled or in the user deck folder) or deck file. Default: " + DeckArgument.DEFAULT_DECK + ".")
    String deck;

    @Option(names = "--html", description = "Plain text export: write the Back field as HTML (escaped text, points as a list).")
    boolean html;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder whose decks/ holds user decks.")
    Path dataDir;

    @Override
    public Integer call() throws DeckException {
        PrintWriter out = spec.commandLine().getOut();
        if (html && target.ankiText == null) {
            throw new CliErrors.UsageError(spec.commandLine(), "--html goes with --anki-text only, not with "
                    + (target.apkg != null ? "--apkg" : "--samples"));
        }
        if (target.apkg != null && isStandardOutput(target.apkg)) {
            throw new CliErrors.UsageError(spec.commandLine(), "--apkg needs a file name: a package is binary, not for standard output");
        }
        Path file = target.ankiText != null ? target.ankiText : target.apkg != null ? target.apkg : target.samples;
        if (!isStandardOutput(file)) checkWritable(file);
        Deck chosen = DeckArgument.resolve(deck, DataDirOption.orRoot(dataDir, parent));
        if (target.samples != null) {
            List<PersonalSample> samples;
            try (Store store = Store.open(DataDirOption.existing(AppPaths.of(DataDirOption.orRoot(dataDir, parent))).dataDir())) {
                samples = store.personalSamples(chosen.id());
            }
            String json = DeckWriter.toJson(LearnerSamples.withSamples(chosen, samples));
            if (isStandardOutput(target.samples)) {
                out.print(json);
            } else {
                write(target.samples, () -> AtomicFiles.write(target.samples, json.getBytes(StandardCharsets.UTF_8)));
                out.printf("%s: deck \"%s\" with %d of the learner's graded answers as samples%n", target.samples,
                        chosen.id(), LearnerSamples.countFor(chosen, samples));
            }
        } else if (target.ankiText != null) {
            String text = AnkiText.write(chosen, html);
            if (isStandardOutput(target.ankiText)) {
                out.print(text);
            } else {
                write(target.ankiText, () -> AtomicFiles.write(target.ankiText, text.getBytes(StandardCharsets.UTF_8)));
                out.printf("%s: %d notes from deck \"%s\" (Anki notes in plain text)%n", target.ankiText, chosen.size(), chosen.id());
            }
        } else {
            write(target.apkg, () -> ApkgExport.write(chosen, target.apkg));
            out.printf("%s: %d notes from deck \"%s\" (Anki package)%n", target.apkg, chosen.size(), chosen.id());
        }
        out.flush();
        return CliErrors.OK;
    }

    private static boolean isStandardOutput(Path file) {
        return file.toString().equals("-");
    }

    /**
     * Refuses, before the deck is even read, a file that cannot be written as named: a folder, or a file in a
     * folder that is not there (a typo should not become a new folder tree).
     */
    private static void checkWritable(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) throw CommandFailure.verbatim(file + " is a folder; give a file name");
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw CommandFailure.verbatim(file + ": cannot write: the folder " + folder
                    + (Files.exists(folder) ? " is not a folder" : " does not exist"));
        }
    }

    private interface Writing {
        void run() throws IOException;
    }

    /** Writes {@code file}; a failure names the file: {@code FILE: cannot write: why}. */
    private static void write(Path file, Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw CommandFailure.verbatim(file + ": cannot write: " + e.getMessage());
        }
    }
}

package dev.latent.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app reads its own arguments without picocli (to start faster); whatever that quick reading accepts must
 * mean exactly what picocli would make of it, and everything else still goes through picocli.
 */
class AppOptionsTest {

    static Stream<List<String>> appArguments() {
        return Stream.of(
                List.of(),
                List.of("--data-dir", "/tmp/x"),
                List.of("--data-dir=/tmp/x"),
                List.of("--study", "autoencoders-gans"),
                List.of("--study=autoencoders-gans", "--data-dir", "some folder/with space"),
                List.of("--data-dir", "rel/dir", "--study", "deck"));
    }

    @ParameterizedTest
    @MethodSource("appArguments")
    void theQuickReadingAgreesWithPicocli(List<String> args) {
        Optional<LatentCommand.AppOptions> quick = LatentCommand.scanAppOptions(args.toArray(String[]::new));
        assertTrue(quick.isPresent(), "read without picocli: " + args);
        LatentCommand parsed = new LatentCommand();
        CommandLine.ParseResult result = new CommandLine(parsed).parseArgs(args.toArray(String[]::new));
        assertEquals(null, result.subcommand());
        assertEquals(new LatentCommand.AppOptions(parsed.dataDir, parsed.studyDeck), quick.get());
        assertEquals(quick, LatentCommand.appOptions(args.toArray(String[]::new)));
    }

    static Stream<List<String>> otherArguments() {
        return Stream.of(
                List.of("validate", "questions/autoencoders-gans.json"),
                List.of("--help"),
                List.of("--version"),
                List.of("--data-dir"),
                List.of("--study", "a", "--study", "b"),
                List.of("--data-dir", "/tmp/x", "stats"),
                List.of("--unknown", "value"));
    }

    @ParameterizedTest
    @MethodSource("otherArguments")
    void commandsHelpAndMistakesAreLeftToPicocli(List<String> args) {
        assertFalse(LatentCommand.scanAppOptions(args.toArray(String[]::new)).isPresent(), args.toString());
    }

    @ParameterizedTest
    @MethodSource("otherArguments")
    void noneOfThemOpensTheApp(List<String> args) {
        assertFalse(LatentCommand.appOptions(args.toArray(String[]::new)).isPresent(), args.toString());
    }

    @org.junit.jupiter.api.Test
    void aFormPicocliAcceptsButTheQuickReadingDoesNotStillOpensTheApp() {
        // "--data-dir" with an empty value is unusual enough to leave to picocli, which accepts it.
        assertEquals(Optional.of(new LatentCommand.AppOptions(Path.of(""), null)),
                LatentCommand.appOptions(new String[]{"--data-dir="}));
    }
}

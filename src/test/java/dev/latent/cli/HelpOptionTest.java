package dev.latent.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static dev.latent.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README promises that {@code latent COMMAND --help} explains each command: every one of them, none left out. */
class HelpOptionTest {

    @Test
    void everyCommandAnswersHelpWithItsUsageAndExitCodeZero() {
        var commands = LatentCommand.commandLine().getSubcommands();
        assertTrue(commands.size() >= 10, commands.keySet().toString());
        for (var entry : commands.entrySet()) {
            if (entry.getValue().getCommand() instanceof CommandLine.HelpCommand) continue;
            for (String option : new String[] {"--help", "-h"}) {
                CliRun result = run(entry.getKey(), option);
                assertEquals(0, result.exitCode(), entry.getKey() + " " + option + ": " + result.err());
                assertTrue(result.out().contains("Usage: latent " + entry.getKey()), entry.getKey() + ": " + result.out());
            }
        }
    }
}

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

    @Test
    void everyCommandPrintsTheSameVersionAsLatentItself() {
        CliRun root = run("-V");
        assertEquals(0, root.exitCode());
        assertTrue(root.out().startsWith("Latent "), root.out());
        for (var entry : LatentCommand.commandLine().getSubcommands().entrySet()) {
            if (entry.getValue().getCommand() instanceof CommandLine.HelpCommand) continue;
            CliRun result = run(entry.getKey(), "--version");
            assertEquals(0, result.exitCode(), entry.getKey() + ": " + result.err());
            assertEquals(root.out(), result.out(), entry.getKey());
        }
    }

    @Test
    void theCommandListGivesEachCommandAWholeSentence() {
        String help = run("--help").out();
        String list = help.substring(help.indexOf("Commands:") + "Commands:".length());
        // A summary is the command's first line and the more-indented lines that continue it.
        String summary = null;
        java.util.List<String> summaries = new java.util.ArrayList<>();
        for (String line : list.lines().toList()) {
            if (line.matches("  \\S.*")) {
                if (summary != null) summaries.add(summary);
                summary = line.strip();
            } else if (summary != null) {
                summary += " " + line.strip();
            }
        }
        summaries.add(summary);
        assertTrue(summaries.size() >= 10, summaries.toString());
        for (String each : summaries) assertTrue(each.endsWith("."), "cut mid-sentence: " + each);
    }
}

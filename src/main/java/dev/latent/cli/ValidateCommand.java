package dev.latent.cli;

import dev.latent.deck.DeckException;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckProblem;
import dev.latent.deck.folder.DeckFolder;
import dev.latent.deck.folder.DeckImages;
import dev.latent.scoring.RubricHarness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code latent validate FILE...}: every problem as file:line:col, exit code 0 when all decks are valid. Beyond the
 * file's structure, each question's model answer must reach grade 4 by its own rubric; rubric phrasings that can
 * never earn credit (only stop words, or the question's own words) are warnings.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, description = {"Check deck files. Prints each problem as file:line:col: field: message.",
        "A question whose model answer does not reach grade 4 by its own rubric is a problem; rubric phrasings",
        "that can never earn credit are warnings."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Deck JSON files to check.")
    List<Path> files;

    @Override
    public Integer call() {
        int invalid = 0;
        for (Path file : files) {
            if (DeckFolder.isSchemaFile(file)) {
                // "validate questions/*.json" names the deck schema too; deck folders never read it as a deck either
                spec.commandLine().getOut().printf("%s: skipped (a JSON Schema for decks, not a deck)%n", file);
                continue;
            }
            try {
                var deck = DeckLoader.load(file);
                List<RubricHarness.ModelAnswerGrade> rubrics = RubricHarness.modelAnswers(deck);
                List<DeckProblem> rubricProblems = rubricProblems(file, deck, rubrics);
                for (DeckProblem warning : rubricWarnings(file, deck, rubrics)) spec.commandLine().getErr().println(warning);
                Path folder = file.toAbsolutePath().getParent();
                for (DeckProblem warning : DeckLoader.locate(file, DeckImages.missing(deck, folder))) {
                    spec.commandLine().getErr().println(warning);
                }
                if (rubricProblems.isEmpty()) {
                    spec.commandLine().getOut().printf("%s: ok (%d %s)%n", file, deck.size(), deck.size() == 1 ? "question" : "questions");
                } else {
                    invalid++;
                    for (DeckProblem problem : rubricProblems) spec.commandLine().getErr().println(problem);
                }
            } catch (DeckException e) {
                invalid++;
                for (DeckProblem problem : e.problems()) spec.commandLine().getErr().println(problem);
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return invalid == 0 ? 0 : 1;
    }

    /** Model answers that do not reach grade 4 by their own rubric, at each question's "answer". */
    private static List<DeckProblem> rubricProblems(Path file, Deck deck, List<RubricHarness.ModelAnswerGrade> rubrics) {
        List<Map.Entry<String, String>> problems = new ArrayList<>();
        for (RubricHarness.ModelAnswerGrade model : rubrics) {
            if (!model.passes()) problems.add(Map.entry(field(deck, model.questionId(), "answer"), model.problem()));
        }
        return DeckLoader.locate(file, problems);
    }

    /** Phrasings that never earn credit, at each question's "rubric". */
    private static List<DeckProblem> rubricWarnings(Path file, Deck deck, List<RubricHarness.ModelAnswerGrade> rubrics) {
        List<Map.Entry<String, String>> warnings = new ArrayList<>();
        for (RubricHarness.ModelAnswerGrade rubric : rubrics) {
            for (String warning : rubric.warnings()) {
                warnings.add(Map.entry(field(deck, rubric.questionId(), "rubric"), "warning: " + warning));
            }
        }
        return DeckLoader.locate(file, warnings);
    }

    private static String field(Deck deck, String questionId, String name) {
        for (int i = 0; i < deck.size(); i++) {
            if (deck.questions().get(i).id().equals(questionId)) return "questions[" + i + "]." + name;
        }
        throw new IllegalArgumentException(questionId);
    }
}

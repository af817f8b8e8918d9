package dev.latent.cli;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.json.DeckLoader;
import dev.latent.interchange.AnswerSetFile;
import dev.latent.platform.AppPaths;
import dev.latent.store.PersonalSample;
import dev.latent.store.Store;
import dev.latent.study.LearnerSamples;
import dev.latent.scoring.RubricHarness;
import dev.latent.scoring.ScoringPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code latent rubric-test FILE [--answers TSV] [--figures-only]}: grades every instructor-graded sample answer of a deck with its
 * rubric (or, with {@code --answers}, a separate set of graded answers such as the blind set) and reports the
 * agreement; the last line is {@code overall QWK 0.xxx}.
 */
@Command(name = "rubric-test", mixinStandardHelpOptions = true,
        description = {"Grade a deck's sample answers with its rubrics and compare with the instructor's grades.",
                "Prints exact and within-one agreement, quadratic weighted kappa (QWK), Pearson r and the worst disagreements.",
                "With --answers, grade that set of graded answers instead (TSV: question, answer, grade).",
                "The last line is the overall QWK."})
final class RubricTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Deck JSON file with rubrics and graded samples.")
    Path file;

    @Option(names = "--answers", paramLabel = "TSV",
            description = "Graded answers to test instead of the deck's samples: a TSV with the columns question "
                    + "(id or 1-based position), answer and grade (0-4), e.g. eval/blind-set/answers.tsv.")
    Path answers;

    @Option(names = "--personal", description = "Also count the learner's disputed grades (personal samples) kept in "
            + "the data folder.")
    boolean personal;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder for --personal. Default: the platform's.")
    Path dataDir;

    @Option(names = "--figures-only", description = "Print the agreement figures only, never an answer's words: for"
            + " answer sets the grader must never be tuned on (the blind sets).")
    boolean figuresOnly;

    @Override
    public Integer call() throws DeckException, AnswerSetFile.AnswerSetException {
        PrintWriter out = spec.commandLine().getOut();
        Deck deck = DeckLoader.load(file);
        if (personal) {
            try (Store store = Store.open(DataDirOption.existing(AppPaths.of(dataDir)).dataDir())) {
                List<PersonalSample> mine = store.personalSamples(deck.id());
                deck = LearnerSamples.withSamples(deck, mine);
                out.println("With " + LearnerSamples.countFor(deck, mine) + " of the learner's graded answers");
            }
        }
        RubricHarness.Report report;
        try {
            report = answers == null ? RubricHarness.run(deck)
                    : RubricHarness.run(deck, AnswerSetFile.read(answers, deck), ScoringPolicy.DEFAULT);
        } catch (IOException e) {
            throw CommandFailure.of("cannot read " + answers + ": " + e.getMessage());
        } catch (IllegalArgumentException e) { // the deck has no graded answers, or the answers name unknown questions
            throw CommandFailure.of(e.getMessage());
        }
        if (answers != null) out.println("Answers: " + answers);
        out.println(report.format(!figuresOnly));
        out.flush();
        return CliErrors.OK;
    }
}

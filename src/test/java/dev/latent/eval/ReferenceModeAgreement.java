package dev.latent.eval;

import dev.latent.cli.LatentCommand;
import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.deck.json.DeckLoader;
import dev.latent.interchange.AnswerSetFile;
import dev.latent.interchange.TsvTable;
import dev.latent.scoring.AgreementMetrics;
import dev.latent.scoring.RubricHarness;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reference mode from outside: each answer of an answer set graded by {@code grade --batch} with its question's
 * model answer as the {@code reference} column and its prompt as {@code prompt} (no rubric), against the people's
 * grades. Prints one line a set: QWK, exact and within-one agreement. Not a test; run its main with the test class
 * path, e.g. {@code ReferenceModeAgreement eval/dev-set/answers.tsv}.
 */
public final class ReferenceModeAgreement {

    public static void main(String[] args) throws Exception {
        // -Ddeck=FILE for answer sets to another deck
        Deck deck = DeckLoader.load(Path.of(System.getProperty("deck", "questions/autoencoders-gans.json")));
        for (String set : args) {
            List<RubricHarness.GradedAnswer> answers = AnswerSetFile.read(Path.of(set), deck);
            StringBuilder tsv = new StringBuilder(TsvTable.line(List.of("prompt", "reference", "answer"))).append('\n');
            for (var answer : answers) {
                Question q = deck.question(answer.questionId()).orElseThrow();
                tsv.append(TsvTable.line(List.of(q.prompt(), q.answer().fullText(), answer.answer()))).append('\n');
            }
            Path in = Files.createTempFile("reference-mode", ".tsv");
            Files.writeString(in, tsv);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = LatentCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                    .execute("grade", "--batch", in.toString());
            Files.delete(in);
            if (exit != 0) throw new IllegalStateException(err.toString());
            TsvTable.Table graded = TsvTable.parse(out.toString());
            int gradeColumn = graded.column("grade");
            int[] human = new int[answers.size()];
            int[] engine = new int[answers.size()];
            List<TsvTable.Row> rows = new ArrayList<>(graded.rows());
            for (int i = 0; i < human.length; i++) {
                human[i] = answers.get(i).grade();
                engine[i] = Integer.parseInt(rows.get(i).cells().get(gradeColumn));
            }
            System.out.printf(Locale.ROOT, "%-40s %4d answers  QWK %.3f  exact %.0f %%  within one %.0f %%%n", set, human.length,
                    AgreementMetrics.quadraticWeightedKappa(human, engine, 0, 4),
                    100 * AgreementMetrics.agreement(human, engine, 0), 100 * AgreementMetrics.agreement(human, engine, 1));
        }
    }
}

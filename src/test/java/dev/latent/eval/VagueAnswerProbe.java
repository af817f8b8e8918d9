package dev.latent.eval;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.deck.json.DeckLoader;
import dev.latent.interchange.AnswerSetFile;
import dev.latent.scoring.Grader;
import dev.latent.scoring.RubricHarness;
import dev.latent.scoring.ScoreResult;
import dev.latent.scoring.ScoringPolicy;
import dev.latent.scoring.analysis.AnswerAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.nio.file.Path;
import java.util.*;

/** Tuning sets only: how answers the engine gives 0 differ between human 0 and human 1. */
public final class VagueAnswerProbe {
    static final AnswerAnalyzer ANALYZER = new AnswerAnalyzer();

    static Set<String> terms(String text) throws Exception {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Deck deck = DeckLoader.load(Path.of("questions/autoencoders-gans.json"));
        List<RubricHarness.GradedAnswer> all = new ArrayList<>();
        for (var q : deck.questions()) for (int i = 0; i < q.samples().size(); i++)
            all.add(new RubricHarness.GradedAnswer(q.id(), i, q.samples().get(i).answer(), q.samples().get(i).grade()));
        all.addAll(AnswerSetFile.read(Path.of("eval/dev-set/answers.tsv"), deck));
        all.addAll(AnswerSetFile.read(Path.of("eval/calibration-set/answers.tsv"), deck));
        int[][] byOverlap = new int[8][5];
        for (var a : all) {
            Question q = deck.question(a.questionId()).orElseThrow();
            ScoreResult r = Grader.compile(q, ScoringPolicy.DEFAULT).score(a.answer());
            if (r.grade() != 0) continue;
            Set<String> domain = new HashSet<>(terms(q.answer().fullText()));
            for (var c : q.rubric().concepts()) for (String p : c.phrasings()) domain.addAll(terms(p));
            domain.removeAll(terms(q.prompt()));
            domain.remove("not");
            Set<String> shared = new TreeSet<>(terms(a.answer()));
            shared.retainAll(domain);
            int n = Math.min(7, shared.size());
            byOverlap[n][a.grade()]++;
            if (args.length > 0) System.out.printf("%d h%d mis=%s %s | %s%n", shared.size(), a.grade(), !r.misconceptions().isEmpty(), shared,
                    a.answer().replaceAll("\\s+", " ").substring(0, Math.min(120, a.answer().length())));
        }
        System.out.println("overlap  human0 human1 human2 human3 human4");
        for (int n = 0; n < 8; n++) System.out.printf("%5d   %6d %6d %6d %6d %6d%n", n, byOverlap[n][0], byOverlap[n][1], byOverlap[n][2], byOverlap[n][3], byOverlap[n][4]);
    }
}

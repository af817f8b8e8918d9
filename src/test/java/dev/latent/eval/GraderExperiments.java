package dev.latent.eval;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.Misconception;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.deck.edit.DeckEdits;
import dev.latent.deck.json.DeckLoader;
import dev.latent.interchange.AnswerSetFile;
import dev.latent.scoring.CompiledRubric;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.Grader;
import dev.latent.scoring.RubricHarness;
import dev.latent.scoring.ScoringPolicy;
import dev.latent.scoring.draft.RubricDrafter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Side-by-side agreement of grading variants on the deck's samples, the dev set and (figures only, with
 * {@code -Dblind=true}) the first blind set: how the caps and other choices were measured. Not a test; run its
 * main with the test class path.
 */
public final class GraderExperiments {

    public static void main(String[] args) throws Exception {
        Deck deck = DeckLoader.load(Path.of(System.getProperty("deck", "questions/autoencoders-gans.json")));
        if (System.getProperty("sparse") != null) deck = sparse(deck, Integer.parseInt(System.getProperty("sparse")));
        if (Boolean.getBoolean("drafted")) deck = drafted(deck);
        if (Boolean.getBoolean("points")) deck = withRubrics(deck, q -> dev.latent.scoring.draft.PointDrafter.draft(q.answer().fullText(), q.prompt()));
        if (Boolean.getBoolean("labelsOnly")) deck = withRubrics(deck, q -> q.rubric() == null ? null : labelsOnly(q.rubric()));
        if (Boolean.getBoolean("plain")) deck = withRubrics(deck, q -> q.rubric() == null ? null : plain(q.rubric()));
        if (Boolean.getBoolean("labels")) deck = withRubrics(deck, q -> q.rubric() == null ? null : withLabelPhrasings(q.rubric()));
        List<RubricHarness.GradedAnswer> devSet = AnswerSetFile.read(Path.of(System.getProperty("tuning", "eval/dev-set/answers.tsv")), deck);
        // The blind column only on request (-Dblind=true), so that tuning never shows a measuring set's figures by
        // accident, and only for the bundled deck (its answers are to its questions); another deck has none.
        List<RubricHarness.GradedAnswer> blind = Boolean.getBoolean("blind") && deck.id().equals("autoencoders-gans")
                ? AnswerSetFile.read(Path.of("eval/blind-set/answers.tsv"), deck) : List.of();
        ScoringPolicy base = ScoringPolicy.DEFAULT;

        if (args.length > 1 && args[0].equals("--write-deck")) {
            // the deck as transformed above, for rubric-test (which prints only figures) on the blind sets
            dev.latent.deck.json.DeckWriter.write(deck, Path.of(args[1]));
            return;
        }
        if (args.length > 0 && args[0].equals("--misconceptions")) {
            ScoringPolicy policy = variant(base, args.length > 1 ? args[1] : "");
            List<RubricHarness.GradedAnswer> tuning = new ArrayList<>(samples(deck));
            tuning.addAll(devSet);
            for (RubricHarness.GradedAnswer a : tuning) {
                var r = Grader.compile(deck.question(a.questionId()).orElseThrow(), policy).score(a.answer());
                for (var m : r.misconceptions()) {
                    System.out.printf(Locale.ROOT, "%s human %d: %s [%s]%n   %s%n", a.questionId(), a.grade(), m.id(),
                            m.evidence().text(), a.answer().replaceAll("\\s+", " "));
                }
            }
            return;
        }
        if (args.length > 0 && args[0].equals("--dump")) {
            dump(deck, args[1].equals("samples") ? samples(deck) : devSet, variant(base, args.length > 2 ? args[2] : ""));
            return;
        }
        if (args.length > 0 && args[0].equals("--per-question")) {
            ScoringPolicy policy = variant(base, args.length > 1 ? args[1] : "");
            List<RubricHarness.Report> reports = new ArrayList<>(List.of(RubricHarness.run(deck, policy),
                    RubricHarness.run(deck, devSet, policy)));
            if (!blind.isEmpty()) reports.add(RubricHarness.run(deck, blind, policy));
            for (var report : reports) {
                for (var q : report.questions()) System.out.printf(Locale.ROOT, "  %-20s %s%n", q.questionId(), figures(q.agreement()));
                System.out.println();
            }
            return;
        }
        if (args.length > 0 && args[0].equals("--confusion")) {
            ScoringPolicy policy = variant(base, args.length > 1 ? args[1] : "");
            for (var set : blind.isEmpty() ? List.of(devSet) : List.of(devSet, blind)) {
                int[][] m = new int[5][5];
                for (var a : set) m[a.grade()][Grader.compile(deck.question(a.questionId()).orElseThrow(), policy).score(a.answer()).grade()]++;
                System.out.println("human \\ engine   0   1   2   3   4");
                for (int h = 0; h < 5; h++) System.out.printf(Locale.ROOT, "       %d      %3d %3d %3d %3d %3d%n", h, m[h][0], m[h][1], m[h][2], m[h][3], m[h][4]);
                System.out.println();
            }
            return;
        }
        if (args.length > 0 && args[0].equals("--grid")) {
            List<RubricHarness.GradedAnswer> tuning = new ArrayList<>(samples(deck));
            tuning.addAll(devSet);
            record Row(String spec, double tune, double devQwk, double samplesQwk) {
            }
            List<Row> rows = new ArrayList<>();
            for (String required : List.of("2", "3", "4")) {
                for (String misconception : List.of("1", "2", "3")) {
                    for (String contradiction : List.of("2", "3", "4")) {
                        for (String share : List.of("0.65", "0.75", "0.85", "1.0")) {
                            for (String list : List.of("1", "2", "4")) {
                                String spec = "required=" + required + ",misconception=" + misconception + ",contradiction="
                                        + contradiction + ",share=" + share + ",list=" + list;
                                ScoringPolicy policy = variant(base, spec);
                                rows.add(new Row(spec, RubricHarness.run(deck, tuning, policy).overall().qwk(),
                                        RubricHarness.run(deck, devSet, policy).overall().qwk(),
                                        RubricHarness.run(deck, policy).overall().qwk()));
                            }
                        }
                    }
                }
            }
            rows.sort((a, b) -> Double.compare(b.tune(), a.tune()));
            for (Row row : rows.subList(0, Math.min(15, rows.size()))) {
                System.out.printf(Locale.ROOT, "%-70s tuning %.3f (samples %.3f, dev %.3f)%n", row.spec(), row.tune(),
                        row.samplesQwk(), row.devQwk());
            }
            return;
        }
        Map<String, ScoringPolicy> variants = new LinkedHashMap<>();
        variants.put("default", base);
        for (String spec : args) variants.put(spec, variant(base, spec));
        System.out.printf(Locale.ROOT, "%-40s %-22s %-22s %-22s%n", "variant", "samples", "dev", "blind");
        for (var entry : variants.entrySet()) {
            ScoringPolicy policy = entry.getValue();
            System.out.printf(Locale.ROOT, "%-40s %-22s %-22s %-22s%n", entry.getKey(),
                    hasSamples(deck) ? figures(RubricHarness.run(deck, policy).overall()) : "-",
                    figures(RubricHarness.run(deck, devSet, policy).overall()),
                    blind.isEmpty() ? "-" : figures(RubricHarness.run(deck, blind, policy).overall()));
        }
    }

    /**
     * The deck with each concept and misconception cut to its first {@code n} phrasings (and opposites): a rubric as
     * written at first, before any answer was read, to judge what the engine does beyond a tuned rubric's phrasings.
     */
    /** One phrasing a concept, its label as written ("Anomaly / outlier detection (high reconstruction error)"). */
    static Rubric labelsOnly(Rubric rubric) {
        List<Concept> concepts = new ArrayList<>();
        for (Concept c : rubric.concepts()) concepts.add(DeckEdits.withPhrasings(c, List.of(c.label())));
        return new Rubric(concepts, rubric.misconceptions());
    }

    /** The rubric as a teacher in a hurry might write it: every concept of weight 1, none required. */
    static Rubric plain(Rubric rubric) {
        List<Concept> concepts = new ArrayList<>();
        for (Concept c : rubric.concepts()) {
            concepts.add(new Concept(c.id(), c.label(), Concept.DEFAULT_WEIGHT, false, c.phrasings(), c.anyOrder(), c.opposites()));
        }
        return new Rubric(concepts, rubric.misconceptions());
    }

    /** Each concept's label split at "/", ":", ",", ";" and brackets; fragments of one to four words become phrasings. */
    static Rubric withLabelPhrasings(Rubric rubric) {
        List<Concept> concepts = new ArrayList<>();
        for (Concept c : rubric.concepts()) {
            List<String> phrasings = new ArrayList<>(c.phrasings());
            for (String fragment : c.label().split("[/:,;()\\[\\]]")) {
                String f = fragment.trim();
                int words = f.isEmpty() ? 0 : f.split("\\s+").length;
                if (words >= 1 && words <= Integer.getInteger("labelWords", 4) && !phrasings.contains(f)) phrasings.add(f);
            }
            concepts.add(DeckEdits.withPhrasings(c, phrasings));
        }
        return new Rubric(concepts, rubric.misconceptions());
    }

    static Deck sparse(Deck deck, int n) {
        return withRubrics(deck, q -> q.rubric() == null ? null : cut(q.rubric(), n));
    }

    private static Rubric cut(Rubric rubric, int n) {
        List<Concept> concepts = new ArrayList<>();
        for (Concept c : rubric.concepts()) {
            Concept cut = DeckEdits.withOpposites(DeckEdits.withPhrasings(c, first(c.phrasings(), n)), first(c.opposites(), n));
            // -DanyOrder=true|false: every concept's word order as given, to see what the flag is worth
            concepts.add(System.getProperty("anyOrder") == null ? cut : DeckEdits.withAnyOrder(cut, Boolean.getBoolean("anyOrder")));
        }
        List<Misconception> misconceptions = new ArrayList<>();
        for (Misconception m : rubric.misconceptions()) misconceptions.add(DeckEdits.withPhrasings(m, first(m.phrasings(), n)));
        return new Rubric(concepts, misconceptions);
    }

    /** The deck with each rubric replaced by the one {@code RubricDrafter} drafts from the model answer. */
    static Deck drafted(Deck deck) {
        return withRubrics(deck, q -> RubricDrafter.draft(q.answer().fullText(), q.prompt()));
    }

    private static Deck withRubrics(Deck deck, Function<Question, Rubric> rubric) {
        List<Question> questions = new ArrayList<>();
        for (Question q : deck.questions()) questions.add(DeckEdits.withRubric(q, rubric.apply(q)));
        return DeckEdits.withQuestions(deck, questions);
    }

    private static List<String> first(List<String> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    private static List<RubricHarness.GradedAnswer> samples(Deck deck) {
        List<RubricHarness.GradedAnswer> out = new ArrayList<>();
        for (var q : deck.questions()) {
            for (int i = 0; i < q.samples().size(); i++) {
                out.add(new RubricHarness.GradedAnswer(q.id(), i, q.samples().get(i).answer(), q.samples().get(i).grade()));
            }
        }
        return out;
    }

    /** Every disagreement (every answer with -DdumpAll=true) of a tuning set with what the engine found: for reading, never for the blind set. */
    private static void dump(Deck deck, List<RubricHarness.GradedAnswer> answers, ScoringPolicy policy) {
        Map<String, CompiledRubric> rubrics = new LinkedHashMap<>();
        for (RubricHarness.GradedAnswer a : answers) {
            var rubric = rubrics.computeIfAbsent(a.questionId(),
                    id -> Grader.compile(deck.question(id).orElseThrow(), policy));
            var r = rubric.score(a.answer());
            if (r.grade() == a.grade() && !Boolean.getBoolean("dumpAll")) continue;
            System.out.printf(Locale.ROOT, "%s human %d engine %d (score %d, uncapped %d) %s%n  %s%n", a.questionId(), a.grade(),
                    r.grade(), r.score(), r.uncappedScore(), r.flags(), a.answer().replaceAll("\\s+", " "));
            for (var c : r.concepts()) {
                System.out.printf(Locale.ROOT, "    %s %-24s w%.0f%s %s%n", c.status() == ConceptStatus.HIT ? "+"
                        : c.status() == ConceptStatus.NEGATED ? "~" : "-", c.id(), c.weight(),
                        c.required() ? "R" : " ", c.evidence() == null ? "" : "[" + c.evidence().text() + "]");
            }
            for (var m : r.misconceptions()) System.out.printf(Locale.ROOT, "    ! %s [%s]%n", m.id(), m.evidence().text());
        }
    }

    private static boolean hasSamples(Deck deck) {
        return deck.questions().stream().anyMatch(q -> !q.samples().isEmpty());
    }

    private static String figures(RubricHarness.Agreement a) {
        return String.format(Locale.ROOT, "%.3f %3.0f%% %3.0f%%", a.qwk(), 100 * a.exact(), 100 * a.withinOne());
    }

    /** "required=4,list=4": the default policy with those fields changed. */
    public static ScoringPolicy variant(ScoringPolicy p, String spec) {
        int required = p.requiredMissingMaxGrade(), list = p.keywordListMaxGrade(), contradiction = p.contradictionMaxGrade(),
                misconception = p.misconceptionMaxGrade(), gap = p.phraseGap(), scope = p.negationScope();
        double share = p.fullCreditShare(), curve = p.curve(), sparseShare = p.sparseRubricShare();
        dev.latent.scoring.GradeBands bands = p.gradeBands();
        for (String part : spec.isEmpty() ? new String[0] : spec.split(",")) {
            String[] kv = part.split("=");
            switch (kv[0]) {
                case "required" -> required = Integer.parseInt(kv[1]);
                case "list" -> list = Integer.parseInt(kv[1]);
                case "contradiction" -> contradiction = Integer.parseInt(kv[1]);
                case "misconception" -> misconception = Integer.parseInt(kv[1]);
                case "gap" -> gap = Integer.parseInt(kv[1]);
                case "scope" -> scope = Integer.parseInt(kv[1]);
                case "share" -> share = Double.parseDouble(kv[1]);
                case "curve" -> curve = Double.parseDouble(kv[1]);
                case "sparseShare" -> sparseShare = Double.parseDouble(kv[1]);
                case "bands" -> {
                    String[] b = kv[1].split("/");
                    bands = new dev.latent.scoring.GradeBands(Integer.parseInt(b[0]), Integer.parseInt(b[1]),
                            Integer.parseInt(b[2]), Integer.parseInt(b[3]));
                }
                default -> throw new IllegalArgumentException(part);
            }
        }
        return new ScoringPolicy(bands, required, list, contradiction, misconception, gap,
                scope, share, curve, p.stemming(), sparseShare);
    }
}

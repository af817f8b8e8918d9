package dev.latent.eval;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.interchange.AnswerSetFile;
import dev.latent.scoring.RubricHarness.GradedAnswer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answer sets the README's figures come from stay readable by {@code rubric-test --answers}, whole, with every
 * question represented and every grade on the 0-4 scale.
 */
class AnswerSetsTest {

    private static void check(String file, int expected) throws Exception {
        check("questions/autoencoders-gans.json", file, expected);
    }

    private static void check(String deckFile, String file, int expected) throws Exception {
        check(deckFile, file, expected, true);
    }

    private static void check(String deckFile, String file, int expected, boolean twoGraders) throws Exception {
        Deck deck = DeckLoader.load(Path.of(deckFile));
        List<GradedAnswer> answers = AnswerSetFile.read(Path.of(file), deck);
        assertEquals(expected, answers.size(), file);
        Map<String, Long> perQuestion = answers.stream().collect(Collectors.groupingBy(GradedAnswer::questionId, Collectors.counting()));
        assertEquals(deck.size(), perQuestion.size(), file + ": every question has answers");
        String header = Files.readAllLines(Path.of(file)).get(0);
        if (twoGraders) assertTrue(header.contains("grade_a") && header.contains("grade_b"), file + ": both graders' grades kept");
        for (GradedAnswer answer : answers) assertTrue(answer.grade() >= 0 && answer.grade() <= 4);
    }

    @Test
    void theMeasuredSetsAreWholeAndReadable() throws Exception {
        check("eval/blind-set/answers.tsv", 224);
        check("eval/blind-set-2/answers.tsv", 192);
        check("eval/blind-set-3/answers.tsv", 192);
        check("eval/blind-set-4/answers.tsv", 192);
        check("eval/blind-set-5/answers.tsv", 192);
        check("eval/blind-set-6/answers.tsv", 192);
        check("eval/blind-set-7/answers.tsv", 192);
        check("eval/blind-set-8/answers.tsv", 192);
        check("eval/blind-set-9/answers.tsv", 192);
        check("eval/blind-set-10/answers.tsv", 192);
        check("eval/blind-set-11/answers.tsv", 192);
        check("eval/blind-set-12/answers.tsv", 192);
        check("eval/blind-set-13/answers.tsv", 192);
        check("eval/blind-set-14/answers.tsv", 192);
        check("eval/blind-set-15/answers.tsv", 192);
        check("eval/blind-set-16/answers.tsv", 192);
        check("eval/blind-set-17/answers.tsv", 192);
        check("eval/blind-set-18/answers.tsv", 192);
        check("eval/blind-set-19/answers.tsv", 192);
        check("eval/blind-set-20/answers.tsv", 192);
        check("eval/blind-set-21/answers.tsv", 192);
        check("eval/blind-set-22/answers.tsv", 192);
        check("eval/blind-set-23/answers.tsv", 192);
        check("eval/blind-set-24/answers.tsv", 192);
        check("eval/blind-set-25/answers.tsv", 192);
        check("eval/blind-set-26/answers.tsv", 192);
        check("eval/blind-set-27/answers.tsv", 192);
        check("eval/blind-set-28/answers.tsv", 192);
        check("eval/blind-set-29/answers.tsv", 192);
        check("eval/blind-set-30/answers.tsv", 192);
        check("eval/blind-set-31/answers.tsv", 192);
        check("eval/blind-set-32/answers.tsv", 192);
        check("eval/blind-set-33/answers.tsv", 192);
        check("eval/blind-set-34/answers.tsv", 192);
        check("eval/blind-set-35/answers.tsv", 192);
        check("eval/blind-set-36/answers.tsv", 192);
        check("eval/blind-set-37/answers.tsv", 192);
        check("eval/blind-set-38/answers.tsv", 192);
        check("eval/blind-set-39/answers.tsv", 192);
        check("eval/blind-set-40/answers.tsv", 192);
        check("eval/blind-set-41/answers.tsv", 192);
        check("eval/blind-set-42/answers.tsv", 192);
        check("eval/blind-set-43/answers.tsv", 192);
        check("eval/blind-set-44/answers.tsv", 192);
        check("eval/blind-set-45/answers.tsv", 192);
        check("eval/blind-set-46/answers.tsv", 192);
        check("eval/blind-set-47/answers.tsv", 192);
        check("eval/blind-set-48/answers.tsv", 192);
        check("eval/blind-set-49/answers.tsv", 192);
        check("eval/blind-set-50/answers.tsv", 192);
        check("eval/blind-set-51/answers.tsv", 192);
        check("eval/blind-set-52/answers.tsv", 192);
        check("eval/blind-set-53/answers.tsv", 192);
        check("eval/blind-set-54/answers.tsv", 192);
        check("eval/dev-set/answers.tsv", 544);
        check("eval/dev-set-2/answers.tsv", 192);
        check("eval/dev-set-3/answers.tsv", 192);
        check("eval/dev-set-4/answers.tsv", 192);
        check("eval/dev-set-5/answers.tsv", 192);
        check("eval/dev-set-6/answers.tsv", 192);
        check("eval/dev-set-7/answers.tsv", 192);
        check("eval/dev-set-8/answers.tsv", 192);
        check("eval/dev-set-9/answers.tsv", 192);
        check("eval/dev-set-10/answers.tsv", 192);
        check("eval/dev-set-11/answers.tsv", 192);
        check("eval/dev-set-12/answers.tsv", 192);
        check("eval/dev-set-13/answers.tsv", 192);
        check("eval/dev-set-14/answers.tsv", 192);
        check("eval/dev-set-15/answers.tsv", 192);
        check("eval/dev-set-16/answers.tsv", 192);
        check("eval/dev-set-17/answers.tsv", 192);
        check("eval/dev-set-18/answers.tsv", 192);
        check("eval/dev-set-19/answers.tsv", 192);
        check("eval/dev-set-20/answers.tsv", 192);
        check("eval/dev-set-21/answers.tsv", 192);
        check("eval/dev-set-22/answers.tsv", 192);
        check("eval/dev-set-23/answers.tsv", 192);
        check("eval/dev-set-24/answers.tsv", 192);
        check("eval/dev-set-25/answers.tsv", 192);
        check("eval/dev-set-26/answers.tsv", 192);
        check("eval/dev-set-27/answers.tsv", 192);
        check("eval/dev-set-28/answers.tsv", 192);
        check("eval/dev-set-29/answers.tsv", 192);
        check("eval/dev-set-30/answers.tsv", 192);
        check("eval/dev-set-31/answers.tsv", 192);
        check("eval/dev-set-32/answers.tsv", 192);
        check("eval/dev-set-33/answers.tsv", 192);
        check("eval/calibration-set/answers.tsv", 256);
    }

    @Test
    void theOtherDecksSetsAreWholeAndReadableAgainstTheirOwnDecks() throws Exception {
        for (String set : List.of("transfer-set", "transfer-set-2", "transfer-set-3", "transfer-set-4", "transfer-set-5",
                "transfer-set-6", "transfer-set-7", "transfer-set-8")) {
            check("eval/" + set + "/deck.json", "eval/" + set + "/answers.tsv", 192);
        }
        // One tester wrote each of the tenth to thirteenth decks, its answers and their grades: one grade a line.
        check("eval/transfer-set-9/deck.json", "eval/transfer-set-9/answers.tsv", 112, false);
        check("eval/transfer-set-10/deck.json", "eval/transfer-set-10/answers.tsv", 112, false);
        check("eval/transfer-set-11/deck.json", "eval/transfer-set-11/answers.tsv", 112, false);
        check("eval/transfer-set-12/deck.json", "eval/transfer-set-12/answers.tsv", 112, false);
        // The fourteenth: deck, answers and grades by three kinds of helper who never saw each other's work.
        check("eval/transfer-set-13/deck.json", "eval/transfer-set-13/answers.tsv", 120);
        // The fifteenth (astronomy), made the same way.
        check("eval/transfer-set-14/deck.json", "eval/transfer-set-14/answers.tsv", 120);
        // The sixteenth (operating systems), made the same way.
        check("eval/transfer-set-15/deck.json", "eval/transfer-set-15/answers.tsv", 120);
        // The seventeenth (databases), made the same way.
        check("eval/transfer-set-16/deck.json", "eval/transfer-set-16/answers.tsv", 120);
        // The eighteenth (Python programming), made the same way.
        check("eval/transfer-set-17/deck.json", "eval/transfer-set-17/answers.tsv", 120);
        // The nineteenth (philosophy), made the same way; its answers quote, so fields are quoted as spreadsheets do.
        check("eval/transfer-set-18/deck.json", "eval/transfer-set-18/answers.tsv", 120);
        // The twentieth (linear algebra, much of it in notation), made the same way.
        check("eval/transfer-set-19/deck.json", "eval/transfer-set-19/answers.tsv", 120);
        // The twenty-first to twenty-sixth (computer security, algorithms, nutrition, software engineering, ecology,
        // sociology), made the same way.
        // The twenty-seventh to twenty-ninth (genetics, computer architecture, climate science), made the same way at the
        // end of that round and kept for measuring only.
        // And the thirtieth to thirty-second (accounting, microbiology, linguistics), made after those; the
        // thirty-third to thirty-fifth (pharmacology, electric circuits, political science) in the next round, and
        // the thirty-sixth to thirty-eighth (neuroscience, thermodynamics, marketing) after its rules; the thirty-ninth
        // and fortieth (epidemiology, compilers) at the start of the round after; the forty-first and forty-second
        // (immunology, distributed systems) at the start of the next; the forty-third and forty-fourth (computer
        // graphics, plant biology) at the start of the one after; the forty-fifth to forty-ninth (introductory law, music
        // theory, human geography, art history, cultural anthropology) in the twenty-ninth round; the fiftieth
        // (reinforcement learning) at the start of the thirtieth and the fifty-first (oceanography) later in it; the
        // fifty-second and fifty-third (biochemistry, natural language processing) at the start of the thirty-first, the
        // fifty-fourth and fifty-fifth (probability, cryptography) later in it; the fifty-sixth and fifty-seventh
        // (computer vision, materials science) at the start of the thirty-second, the fifty-eighth to sixty-first
        // (developmental psychology, robotics, ethics, web development) later in it; the sixty-second to sixty-fifth
        // (personal finance, first aid, memory and learning, cloud computing) at the start of the thirty-third, the
        // sixty-sixth to sixty-ninth (exercise science, data structures, criminology, project management) later in it,
        // the seventieth to seventy-third (organic chemistry, media studies, photography, supply chains) after those;
        // the seventy-fourth to seventy-ninth (urban planning to archaeology) in the thirty-fourth, the eightieth to
        // eighty-third (marine biology, journalism, food science, meteorology) late in it; the eighty-fourth and
        // eighty-fifth (optics, agriculture) at the start of the thirty-fifth; the eighty-sixth and eighty-seventh
        // (evolutionary biology, UX design) in the thirty-sixth; the eighty-eighth and eighty-ninth (social psychology,
        // introductory calculus) in the thirty-seventh; the ninetieth and ninety-first (information retrieval, signal
        // processing) in the thirty-eighth; the ninety-second and ninety-third (fluid mechanics, forensic science) at the
        // start of the thirty-ninth; the ninety-fourth and ninety-fifth (game theory, typography) at the start of the
        // fortieth, the ninety-sixth to ninety-ninth (principles of flight, sleep science, cartography, volcanoes) later
        // in it; the hundredth to hundred-and-third (structural engineering, behavioural economics, glaciers, batteries)
        // in the forty-first; the hundred-and-fourth to hundred-and-seventh (entomology, quantum computing, hydrology,
        // nuclear physics) in the forty-second; the hundred-and-eighth to hundred-and-eleventh (paleontology,
        // spaceflight, winemaking, intellectual property) in the forty-third.
        for (int set = 20; set <= 110; set++) {
            check("eval/transfer-set-" + set + "/deck.json", "eval/transfer-set-" + set + "/answers.tsv", 120);
        }
    }
}

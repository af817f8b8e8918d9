package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnkiTextTest {

    static final Path BUNDLED = Path.of(System.getProperty("latent.questions", "questions")).resolve("autoencoders-gans.json");

    @TempDir
    Path dir;

    private static Deck read(String text) throws AnkiTextException {
        return AnkiText.read(text.getBytes(StandardCharsets.UTF_8), "notes.txt", "notes", AnkiText.ImportOptions.DEFAULT);
    }

    private static AnkiTextException failure(String text) {
        return assertThrows(AnkiTextException.class, () -> read(text));
    }

    private static void assertSameContent(Deck expected, Deck actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Question want = expected.questions().get(i);
            Question got = actual.questions().get(i);
            assertEquals(want.prompt(), got.prompt());
            assertEquals(want.answer(), got.answer(), want.id());
            assertEquals(want.tags(), got.tags(), want.id());
        }
    }

    @Test
    void roundTripsTheBundledDeckThroughHtmlText() throws Exception {
        Deck deck = DeckLoader.load(BUNDLED);
        String text = AnkiText.write(deck, true);
        Deck back = AnkiText.read(text.getBytes(StandardCharsets.UTF_8), "export.txt", "export",
                new AnkiText.ImportOptions("autoencoders-gans-copy", null));
        assertSameContent(deck, back);
        assertEquals("autoencoders-gans-copy", back.id());
        assertEquals(deck.title(), back.title(), "#deck carries the title");
        assertTrue(back.questions().stream().allMatch(q -> q.rubric() == null));
    }

    @Test
    void roundTripsTheBundledDeckThroughPlainText() throws Exception {
        Deck deck = DeckLoader.load(BUNDLED);
        String text = AnkiText.write(deck, false);
        assertTrue(text.startsWith("#separator:tab\n#html:false\n"), text);
        assertSameContent(deck, read(text));
    }

    @Test
    void roundTripsTextThatLooksLikeMarkupOrNeedsQuoting() throws Exception {
        String json = Files.readString(Path.of("src/test/resources/dev/latent/interchange/awkward.json"));
        Deck deck = DeckLoader.parse(json.getBytes(StandardCharsets.UTF_8), "awkward.json");
        for (boolean html : new boolean[]{true, false}) {
            Deck back = read(AnkiText.write(deck, html));
            assertEquals(deck.questions().get(0).prompt(), back.questions().get(0).prompt());
            assertEquals(deck.questions().get(0).answer(), back.questions().get(0).answer());
            assertEquals(List.of("with_space", "x"), back.questions().get(0).tags(), "Anki tags cannot hold spaces");
            assertEquals(deck.questions().get(1).prompt(), back.questions().get(1).prompt(), "quoted, not a comment");
            assertEquals(deck.questions().get(1).answer(), back.questions().get(1).answer());
            assertEquals("Awkward text", back.title(), "a header value stays on its line");
        }
    }

    @Test
    void anOutroWithoutPointsStaysOnItsOwnLine() throws Exception {
        Deck deck = new Deck("d", "D", "", List.of(new Question("q", "Q?",
                new dev.latent.deck.ModelAnswer("Intro.", List.of(), "Outro."), List.of(), null, List.of())), "memory");
        for (boolean html : new boolean[]{true, false}) {
            // Without points there is no list to tell intro from outro: both lines survive, the second as a point.
            var answer = read(AnkiText.write(deck, html)).questions().get(0).answer();
            assertEquals("Intro.", answer.intro());
            assertEquals(List.of("Outro."), answer.points());
        }
    }

    @Test
    void writesTheHeadersAndStableGuids() throws Exception {
        Deck deck = DeckLoader.load(BUNDLED);
        List<String> lines = AnkiText.write(deck, true).lines().toList();
        assertEquals(List.of("#separator:tab", "#html:true", "#notetype:Basic", "#deck:Autoencoders and GANs",
                "#columns:Front\tBack\tTags\tGUID", "#tags column:3", "#guid column:4"), lines.subList(0, 7));
        String first = lines.get(7);
        // genanki's guid_for("autoencoders-gans", "ae-tasks"), computed with genanki's own algorithm.
        assertTrue(first.endsWith("\tq{B/5(NEmS"), first);
        assertTrue(first.startsWith("What are the main tasks that autoencoders are used for?\t"
                + "Autoencoders are neural network models used for various tasks, including:<ul><li>Dimensionality"), first);
        assertEquals(7 + deck.size(), lines.size());
    }

    @Test
    void readsAnkisOwnExportWithGuidNotetypeAndDeckColumns() throws Exception {
        // The layout Anki's "Notes in Plain Text" export writes with every "include" box ticked.
        Deck deck = read("""
                #separator:tab
                #html:true
                #guid column:1
                #notetype column:2
                #deck column:3
                #tags column:6
                Pn4zL`:H0y\tBasic\tBiology::Cells\tWhat is the <i>mitochondrion</i>?\tThe powerhouse of the cell<br>It makes ATP\tbiology cells
                abc-def\tBasic\tBiology::Cells\tOsmosis?\t"Water moving across a membrane;
                from low to high solute concentration"\t
                """);
        assertEquals(2, deck.size());
        Question first = deck.questions().get(0);
        assertEquals("What is the mitochondrion?", first.prompt());
        assertEquals("The powerhouse of the cell", first.answer().intro());
        assertEquals(List.of("It makes ATP"), first.answer().points());
        assertEquals(List.of("biology", "cells"), first.tags());
        assertTrue(first.id().startsWith("g-"), "a guid that is not a valid id is hashed: " + first.id());
        assertEquals("abc-def", deck.questions().get(1).id(), "a guid that is a valid id is kept");
        assertEquals("Water moving across a membrane; from low to high solute concentration",
                deck.questions().get(1).answer().intro(), "a quoted field spans lines; HTML whitespace collapses");
        assertEquals("notes", deck.id());
    }

    @Test
    void honoursSeparatorNamesColumnsDeckAndGlobalTags() throws Exception {
        Deck deck = read("""
                #separator:Pipe
                #html:false
                #columns:Tags|Back|Front
                #tags column:1
                #tags:imported extra
                #deck:Machine Learning::GANs
                #notetype:Basic
                gan|"A generator | a discriminator, with ""quotes""\"|What are a GAN's parts?
                """);
        Question question = deck.questions().get(0);
        assertEquals("What are a GAN's parts?", question.prompt());
        assertEquals("A generator | a discriminator, with \"quotes\"", question.answer().intro());
        assertEquals(List.of("gan", "imported", "extra"), question.tags());
        assertEquals("machine-learning-gans", deck.id());
        assertEquals("Machine Learning::GANs", deck.title());
    }

    @Test
    void acceptsLiteralSeparatorsCrlfAndABom() throws Exception {
        Deck deck = read("\uFEFF#separator:;\r\n#html:false\r\nFront one;Back one\r\nFront two;Back two\r\n");
        assertEquals(List.of("Front one", "Front two"), deck.questions().stream().map(Question::prompt).toList());
        Deck comma = read("#separator:comma\n\"a, b\",c\n");
        assertEquals("a, b", comma.questions().get(0).prompt());
    }

    @Test
    void withoutHtmlTheTextIsKeptLiterally() throws Exception {
        Deck deck = read("#separator:tab\n#html:false\n<b>bold?</b>\t&amp; <script>x</script>\n");
        assertEquals("<b>bold?</b>", deck.questions().get(0).prompt());
        assertEquals("&amp; <script>x</script>", deck.questions().get(0).answer().intro());
    }

    @Test
    void stripsScriptsStylesAndEntitiesFromHtml() throws Exception {
        Deck deck = read("#separator:tab\n#html:true\n"
                + "<script>alert('front')</script>Why &lt;GANs&gt; &amp; VAEs?\t"
                + "<style>.x{}</style>Because&nbsp;&quot;both&quot; generate<script src=evil.js></script>"
                + "<ol><li>&#x41;dversarial</li><li>Variational</li></ol>\n");
        Question question = deck.questions().get(0);
        assertEquals("Why <GANs> & VAEs?", question.prompt());
        assertEquals("Because \"both\" generate", question.answer().intro());
        assertEquals(List.of("Adversarial", "Variational"), question.answer().points());
    }

    @Test
    void idsWithoutGuidsAreStableAndUnique() throws Exception {
        String text = "#separator:tab\nSame front\tA\nSame front\tB\nOther\tC\n";
        Deck once = read(text);
        Deck twice = read(text);
        assertEquals(once.questions().stream().map(Question::id).toList(), twice.questions().stream().map(Question::id).toList());
        assertEquals(once.questions().get(0).id() + "-2", once.questions().get(1).id());
        assertNotEquals(once.questions().get(0).id(), once.questions().get(2).id());
    }

    @Test
    void guessesTheSeparatorWithoutAHeader() throws Exception {
        assertEquals("Front", read("Front;Back\n").questions().get(0).prompt());
        assertEquals("Front", read("Front\tBack, with comma\n").questions().get(0).prompt());
    }

    // ------------------------------------------------------------- malformed input

    @Test
    void rejectsBadHeaderValues() {
        AnkiTextException html = failure("#separator:tab\n#html:yes\nF\tB\n");
        assertEquals(2, html.line());
        assertTrue(html.getMessage().contains("#html must be true or false"), html.getMessage());
        AnkiTextException column = failure("#tags column:first\nF\tB\n");
        assertTrue(column.getMessage().contains("#tags column needs a column number"), column.getMessage());
        AnkiTextException beyond = failure("#separator:tab\n#guid column:9\nF\tB\n");
        assertEquals(2, beyond.line());
        assertTrue(beyond.getMessage().contains("only 2 fields"), beyond.getMessage());
        assertTrue(failure("#notetype:Cloze\nF\tB\n").getMessage().contains("cloze with no deletion"));
        assertTrue(failure("#separator:tab\n#columns:Front\nF\n").getMessage().contains("need a Front and a Back"));
    }

    @Test
    void rejectsAnUnknownSeparator() {
        AnkiTextException error = failure("#html:true\n#separator:Hash\nF#B\n");
        assertEquals("notes.txt:2: unknown separator \"Hash\"; use tab, comma, semicolon, pipe, colon or space",
                error.getMessage());
        assertTrue(failure("#separator:x\nFxB\n").getMessage().contains("unknown separator"));
    }

    @Test
    void rejectsUnbalancedQuotes() {
        AnkiTextException error = failure("#separator:tab\nok\tfine\n\"never closed\tback\nmore\n");
        assertEquals(3, error.line());
        assertTrue(error.getMessage().contains("never closed"), error.getMessage());
        AnkiTextException after = failure("#separator:tab\n\"closed\"junk\tback\n");
        assertTrue(after.getMessage().contains("after a closing quote"), after.getMessage());
    }

    @Test
    void skipsARowOfTheWrongWidthAndSaysWhere() throws Exception {
        AnkiText.Result result = AnkiText.importBytes("#separator:tab\n#columns:Front\tBack\tTags\nF\tB\tt\nonly\ttwo\nG\tH\t\n"
                .getBytes(StandardCharsets.UTF_8), "notes.txt", "notes", null);
        assertEquals(List.of("F", "G"), result.deck().questions().stream().map(Question::prompt).toList());
        assertEquals(Map.of(ImportReport.Reason.RAGGED, 1), result.report().skipped());
        List<String> lines = result.report().lines();
        assertEquals("Imported 2 questions from 3 notes (Anki notes in plain text).", lines.get(0));
        assertTrue(lines.contains("Skipped 1: 1 wrong number of fields (first on line 4)."), lines.toString());
        assertTrue(lines.contains("Line 4: 2 fields, but #columns names 3; quote fields that contain the separator."), lines.toString());
        // Without #columns the width most notes have is the right one.
        assertEquals(List.of("a", "f"), read("#separator:comma\na,b\nc,d,e\nf,g\n").questions().stream().map(Question::prompt).toList());
        AnkiTextException none = failure("#separator:tab\n#columns:Front\tBack\tTags\nonly\ttwo\n");
        assertTrue(none.getMessage().contains("Line 3: 2 fields, but #columns names 3"), none.getMessage());
    }

    @Test
    void aDeckExportedByLatentComesBackWithItsIds() throws Exception {
        Deck original = DeckLoader.load(BUNDLED);
        byte[] text = AnkiText.write(original, true).getBytes(StandardCharsets.UTF_8);
        AnkiText.Result back = AnkiText.importBytes(text, "export.txt", "export", null, List.of(original));
        assertEquals(original.id(), back.deck().id());
        assertEquals(original.questionIds(), back.deck().questionIds());
        assertTrue(back.report().lines().stream().anyMatch(l -> l.contains("ids kept")), back.report().lines().toString());
        assertEquals("autoencoders-and-gans", read(new String(text, StandardCharsets.UTF_8)).id(), "without the deck at hand: from #deck");
    }

    @Test
    void guessesHtmlWithoutAHeaderAsAnkiDoesAndDropsSounds() throws Exception {
        AnkiText.Result html = AnkiText.importBytes("<b>bold</b> front [sound:a.mp3]\tA&nbsp;B<br>C\nplain\tx &amp; y\n"
                .getBytes(StandardCharsets.UTF_8), "old-anki.txt", "old", null);
        assertEquals("bold front", html.deck().questions().get(0).prompt());
        assertEquals(new ModelAnswer("A B", List.of("C"), ""), html.deck().questions().get(0).answer());
        assertEquals("x & y", html.deck().questions().get(1).answer().intro(), "one field with a tag makes the whole file HTML");
        assertTrue(html.report().lines().contains("No #html header, but the fields hold HTML tags: read as HTML (as Anki does)."));
        Deck plain = read("What animal? [sound:dog.mp3]\ta < b & c\n");
        assertEquals("What animal?", plain.questions().get(0).prompt());
        assertEquals("a < b & c", plain.questions().get(0).answer().intro(), "no tag: the text is kept literally");
    }

    @Test
    void clozeNotesBecomeOneQuestionPerDeletion() throws Exception {
        Deck cloze = read("#separator:tab\n#html:true\n#notetype:Cloze\n{{c1::Paris}} is the capital of {{c2::France::country}}\t<i>since 508</i>\n");
        assertEquals(List.of("[...] is the capital of France", "Paris is the capital of [country]"),
                cloze.questions().stream().map(Question::prompt).toList());
        assertEquals(new ModelAnswer("Paris", List.of(), "since 508"), cloze.questions().get(0).answer());
        assertEquals("France", cloze.questions().get(1).answer().intro());
        // Anki's export with a note type column mixes Basic and Cloze rows.
        Deck mixed = read("#separator:tab\n#html:true\n#notetype column:1\n#guid column:2\n"
                + "Basic\tb1\tFront text\tBack text\nCloze\tc1\tThe {{c1::sun}} rises\t\nCloze\tc2\tno deletion\t\n");
        assertEquals(List.of("Front text", "The [...] rises"), mixed.questions().stream().map(Question::prompt).toList());
        assertEquals("c1-c1", mixed.questions().get(1).id());
        assertEquals("sun", mixed.questions().get(1).answer().intro());
    }

    @Test
    void rejectsEmptyFilesAndFilesWithoutNotes() throws Exception {
        assertEquals("notes.txt: the file is empty", failure("").getMessage());
        assertEquals("notes.txt: the file is empty", failure(" \n\n").getMessage());
        assertTrue(failure("#separator:tab\n#html:true\n").getMessage().contains("no notes"));
        assertTrue(failure("#separator:tab\n\tBack\n").getMessage().contains("1 empty front (first on line 2)"));
        assertTrue(failure("#separator:tab\n#html:true\nFront\t<script>x</script>\n").getMessage().contains("1 empty answer"));
        assertTrue(failure("#separator:tab\n#html:true\n<img src=a.png>\tBack\n").getMessage().contains("1 only an image or sound"));
        // One empty note among good ones is skipped and reported, not the whole file refused.
        AnkiText.Result result = AnkiText.importBytes("#separator:tab\nQ\tA\n\tlonely back\n".getBytes(StandardCharsets.UTF_8),
                "notes.txt", "notes", null);
        assertEquals(1, result.deck().size());
        assertEquals(Map.of(ImportReport.Reason.EMPTY_FRONT, 1), result.report().skipped());
    }

    @Test
    void rejectsBinaryGarbage() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        AnkiTextException notUtf8 = assertThrows(AnkiTextException.class,
                () -> AnkiText.read(garbage, "garbage.bin", "garbage", null));
        assertTrue(notUtf8.getMessage().contains("not UTF-8"), notUtf8.getMessage());
        byte[] withNul = "Front\tBack\u0000\u0001\n".getBytes(StandardCharsets.UTF_8);
        AnkiTextException binary = assertThrows(AnkiTextException.class,
                () -> AnkiText.read(withNul, "nul.bin", "nul", null));
        assertTrue(binary.getMessage().contains("binary"), binary.getMessage());
    }

    @Test
    void rejectsOversizeFilesWithoutReadingThemWhole() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(AnkiText.MAX_FILE_BYTES + 1); // sparse: cheap to make
        }
        AnkiTextException error = assertThrows(AnkiTextException.class, () -> AnkiText.read(big, AnkiText.ImportOptions.DEFAULT));
        assertTrue(error.getMessage().contains("larger than 16 MB"), error.getMessage());
        String manyLines = "F\tB\n".repeat(AnkiText.MAX_LINES + 1);
        assertTrue(failure(manyLines).getMessage().contains("more than " + AnkiText.MAX_LINES + " lines"));
        assertTrue(assertThrows(AnkiTextException.class, () -> AnkiText.read(dir.resolve("missing.txt"), null))
                .getMessage().endsWith("missing.txt: no such file"));
    }

    @Test
    void rejectsADeckIdThatCannotBeOne() {
        AnkiTextException error = assertThrows(AnkiTextException.class, () -> AnkiText.read(
                "F\tB\n".getBytes(StandardCharsets.UTF_8), "n.txt", "n", new AnkiText.ImportOptions("../escape", null)));
        assertTrue(error.getMessage().contains("deck id \"../escape\" must be 1-100 letters"), error.getMessage());
    }
}

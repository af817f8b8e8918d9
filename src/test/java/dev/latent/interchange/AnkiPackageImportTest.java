package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.store.CardKey;
import dev.latent.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.latent.interchange.AnkiPackageBuilder.BASIC_CARD;
import static dev.latent.interchange.AnkiPackageBuilder.CLOZE_CARD;
import static dev.latent.interchange.AnkiPackageBuilder.REVERSE_CARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Packages as current Anki, older Anki and shared decks make them, built here in their real formats. */
class AnkiPackageImportTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private ApkgImport.Result importFile(Path file) throws Exception {
        return ApkgImport.importPackage(file, ApkgImport.Options.DEFAULT);
    }

    private static Question byPrompt(Deck deck, String prompt) {
        return deck.questions().stream().filter(q -> q.prompt().equals(prompt)).findFirst()
                .orElseThrow(() -> new AssertionError("no question \"" + prompt + "\" in " + deck.questions()));
    }

    @Test
    void readsTheZstdSchema18CollectionOfCurrentAnkiNotThePlaceholder() throws Exception {
        AnkiPackageBuilder anki = new AnkiPackageBuilder().basic().deck(2001, "Capitals")
                .note(1001, 2001, "abcDEF123", "geo europe", List.of(0), "Capital of <b>France</b>?", "Paris")
                .note(1001, 2001, "xyz", "", List.of(0), "Capital of Italy?", "Rome<br>on the Tiber");
        Path file = write("capitals.apkg", anki.current(dir));
        ApkgImport.Result result = importFile(file);
        assertEquals(1, result.decks().size());
        Deck deck = result.decks().get(0);
        assertEquals("Capitals", deck.title());
        assertEquals("capitals", deck.id());
        assertEquals(2, deck.size(), "the real notes, not the 'please update Anki' placeholder");
        Question france = byPrompt(deck, "Capital of France?");
        assertEquals(new ModelAnswer("Paris", List.of(), ""), france.answer());
        assertEquals(List.of("geo", "europe"), france.tags());
        assertEquals("abcDEF123", france.id());
        assertEquals(new ModelAnswer("Rome", List.of("on the Tiber"), ""), byPrompt(deck, "Capital of Italy?").answer());
        assertTrue(result.report().kind().contains("2.1.50+"), result.report().kind());
        assertEquals("Imported 2 questions from 2 notes (Anki package, Anki 2.1.50+ format).", result.report().lines().get(0));
    }

    @Test
    void aPackageNewerThanTheImporterKnowsIsRefusedWithAReason() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(AnkiPackageBuilder.unzip(new AnkiPackageBuilder().basic()
                .note(1001, 1, "g", "", List.of(0), "Q", "A").current(dir)));
        entries.put("meta", new byte[]{0x08, 0x09});
        ApkgException error = assertThrows(ApkgException.class,
                () -> importFile(write("future.apkg", AnkiPackageBuilder.zip(entries))));
        assertTrue(error.getMessage().contains("newer Anki"), error.getMessage());
        entries.put("meta", new byte[]{0x08, 0x03});
        entries.put("collection.anki21b", new byte[]{1, 2, 3, 4, 5});
        ApkgException broken = assertThrows(ApkgException.class,
                () -> importFile(write("broken.apkg", AnkiPackageBuilder.zip(entries))));
        assertTrue(broken.getMessage().contains("zstd"), broken.getMessage());
    }

    @Test
    void aWholeCollectionSaysSo() throws Exception {
        Path file = write("collection.colpkg", new AnkiPackageBuilder().basic().note(1001, 1, "g", "", List.of(0), "Q", "A").current(dir));
        ApkgImport.Result result = importFile(file);
        assertTrue(result.report().kind().startsWith("a whole Anki collection"), result.report().kind());
        assertTrue(String.join("\n", result.report().lines()).contains("whole Anki collection (.colpkg)"));
    }

    @Test
    void promptsComeFromTheFrontTemplateNotTheFirstField() throws Exception {
        // A shared deck's note type: a sort key first, the card shows Word on the front and Meaning + Example on the back.
        AnkiPackageBuilder anki = new AnkiPackageBuilder()
                .noteType(77, "Vocab", false, List.of("Sort", "Word", "Meaning", "Example", "Notes"),
                        new AnkiPackageBuilder.Template("Recognition", "<div class=word>{{Word}}</div>{{#Notes}}{{/Notes}}",
                                "{{FrontSide}}<hr id=\"answer\">{{Meaning}}{{#Example}}<br><i>{{Example}}</i>{{/Example}}"))
                .note(77, 1, "n1", "", List.of(0), "07-02-01", "perro", "dog", "El perro ladra.", "irregular plural? no")
                .note(77, 1, "n2", "", List.of(0), "07-02-02", "gato", "cat", "", "");
        for (boolean current : List.of(true, false)) {
            Path file = write(current ? "vocab.apkg" : "vocab-legacy.apkg", current ? anki.current(dir) : anki.legacy(dir));
            ApkgImport.Result result = importFile(file);
            Deck deck = result.decks().get(0);
            assertEquals(List.of("perro", "gato"), deck.questions().stream().map(Question::prompt).toList(), "current: " + current);
            assertEquals(new ModelAnswer("dog", List.of("El perro ladra."), ""), deck.questions().get(0).answer());
            assertEquals(new ModelAnswer("cat", List.of(), ""), deck.questions().get(1).answer(), "an empty section is left out");
            assertTrue(result.report().lines().contains("Fields no card shows, not imported: \"Sort\", \"Notes\" (note type \"Vocab\")."),
                    result.report().lines().toString());
        }
    }

    @Test
    void eachCardTemplateIsAQuestion() throws Exception {
        AnkiPackageBuilder anki = new AnkiPackageBuilder()
                .noteType(5, "Basic (and reversed card)", false, List.of("Front", "Back"), BASIC_CARD, REVERSE_CARD)
                .noteType(6, "Basic (type in the answer)", false, List.of("Front", "Back"),
                        new AnkiPackageBuilder.Template("Card 1", "{{Front}}\n\n{{type:Back}}", "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}"))
                .note(5, 1, "both", "", List.of(0, 1), "hund", "dog")
                .note(5, 1, "oneway", "", List.of(0), "katze", "cat")
                .note(6, 1, "typed", "", List.of(0), "Bonjour means?", "Hello");
        Deck deck = importFile(write("reversed.apkg", anki.current(dir))).decks().get(0);
        assertEquals(List.of("hund", "dog", "katze", "Bonjour means?"), deck.questions().stream().map(Question::prompt).toList());
        assertEquals("cat", byPrompt(deck, "katze").answer().intro());
        assertEquals("hund", byPrompt(deck, "dog").answer().intro(), "the reverse card asks the back");
        assertEquals("both", byPrompt(deck, "hund").id());
        assertEquals("both-card2", byPrompt(deck, "dog").id());
        assertEquals("Hello", byPrompt(deck, "Bonjour means?").answer().intro(), "the typed answer is the expected one");
    }

    @Test
    void clozeDeletionsBecomeOneQuestionEach() throws Exception {
        AnkiPackageBuilder anki = new AnkiPackageBuilder()
                .noteType(9, "Cloze", true, List.of("Text", "Back Extra"), CLOZE_CARD)
                .note(9, 1, "clz", "bio", List.of(0, 1, 2),
                        "{{c1::Mitochondria}} are the {{c2::powerhouse::metaphor}} of the {{c3::cell}}.", "Biology 101")
                .note(9, 1, "same", "", List.of(0), "{{c1::H}}{{c1::2}}O is water", "");
        for (boolean current : List.of(true, false)) {
            Deck deck = importFile(write("cloze" + current + ".apkg", current ? anki.current(dir) : anki.legacy(dir))).decks().get(0);
            assertEquals(4, deck.size(), deck.questions().toString());
            Question first = deck.questions().get(0);
            assertEquals("[...] are the powerhouse of the cell.", first.prompt());
            assertEquals(new ModelAnswer("Mitochondria", List.of(), "Biology 101"), first.answer());
            assertEquals("clz-c1", first.id());
            assertEquals(List.of("bio"), first.tags());
            assertEquals("Mitochondria are the [metaphor] of the cell.", deck.questions().get(1).prompt(), "the hint is shown");
            assertEquals("powerhouse", deck.questions().get(1).answer().intro());
            assertEquals("Mitochondria are the powerhouse of the [...].", deck.questions().get(2).prompt());
            Question both = deck.questions().get(3);
            assertEquals("[...][...]O is water", both.prompt());
            assertEquals(List.of("H", "2"), both.answer().points(), "two deletions of one number: both are the answer");
        }
    }

    @Test
    void aTypedClozeShowsItsDeletionOnceAndANoteWithoutAnyCardIsReported() throws Exception {
        AnkiPackageBuilder anki = new AnkiPackageBuilder()
                .noteType(9, "Cloze (type in)", true, List.of("Text", "Extra"),
                        new AnkiPackageBuilder.Template("Cloze", "{{cloze:Text}}\n{{type:cloze:Text}}", "{{cloze:Text}}\n{{type:cloze:Text}}<br>{{Extra}}"))
                .noteType(5, "Optional reverse", false, List.of("Front", "Back", "Add Reverse"),
                        new AnkiPackageBuilder.Template("Card 2", "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", "{{Front}}"))
                .note(9, 1, "typed", "", List.of(0), "The {{c1::heart}} pumps blood", "an organ")
                .note(5, 1, "nocard", "", List.of(), "front", "back", "");
        ApkgImport.Result result = importFile(write("typed.apkg", anki.legacy(dir)));
        Question typed = result.decks().get(0).questions().get(0);
        assertEquals("The [...] pumps blood", typed.prompt());
        assertEquals(new ModelAnswer("heart", List.of(), "an organ"), typed.answer());
        assertEquals(1, result.decks().get(0).size());
        assertEquals(Map.of(ImportReport.Reason.EMPTY_FRONT, 1), result.report().skipped(), "the note with no card is counted");
    }

    @Test
    void nestedClozesAndAnUnclosedOneRenderAsAnkiShowsThem() {
        String text = "{{c1::outer {{c2::inner}} part}} end {{c3::never closed";
        assertEquals("[...] end {{c3::never closed", AnkiTemplate.Cloze.render(text, 1, AnkiTemplate.Side.FRONT));
        assertEquals("outer [...] part end {{c3::never closed", AnkiTemplate.Cloze.render(text, 2, AnkiTemplate.Side.FRONT));
        assertEquals(List.of("outer inner part"), AnkiTemplate.Cloze.deletions(text, 1));
    }

    @Test
    void skipsWhatCannotBeAQuestionAndSaysWhy() throws Exception {
        AnkiPackageBuilder anki = new AnkiPackageBuilder().basic()
                .noteType(9, "Cloze", true, List.of("Text", "Back Extra"), CLOZE_CARD)
                .note(1001, 1, "ok", "", List.of(0), "Real question", "Real answer")
                .note(1001, 1, "img", "", List.of(0), "<img src=\"heart.png\">", "The heart")
                .note(1001, 1, "snd", "", List.of(0), "Which sound? [sound:bark.mp3]", "[sound:bark.mp3]")
                .note(1001, 1, "noans", "", List.of(0), "Lonely front", "<div><br></div>")
                .note(9, 1, "nocloze", "", List.of(0), "no deletions here", "")
                .media("heart.png", new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        ApkgImport.Result result = importFile(write("mixed.apkg", anki.current(dir)));
        Deck deck = result.decks().get(0);
        assertEquals(List.of("Real question"), deck.questions().stream().map(Question::prompt).toList());
        ImportReport report = result.report();
        assertEquals(5, report.notes());
        assertEquals(1, report.questions());
        assertEquals(Map.of(ImportReport.Reason.MEDIA_ONLY, 2, ImportReport.Reason.EMPTY_ANSWER, 1,
                ImportReport.Reason.EMPTY_CLOZE, 1), report.skipped());
        String lines = String.join("\n", report.lines());
        assertTrue(lines.contains("Skipped 4: 2 only an image or sound, no text, 1 empty answer, 1 cloze with no deletion."), lines);
        assertTrue(lines.contains("2 notes refer to images or sounds, which were not imported (1 media files in the package)"), lines);
    }

    @Test
    void subdecksBecomeDecksOrTagsAsTheLearnerChooses() throws Exception {
        AnkiPackageBuilder anki = new AnkiPackageBuilder().basic()
                .deck(10, "Spanish").deck(11, "Spanish::Verbs").deck(12, "Spanish::Verbs::Irregular")
                .note(1001, 10, "a", "", List.of(0), "hola", "hello")
                .note(1001, 11, "b", "", List.of(0), "comer", "to eat")
                .note(1001, 12, "c", "", List.of(0), "ser", "to be");
        Path file = write("spanish.apkg", anki.current(dir));
        ApkgImport.Result decks = importFile(file);
        assertEquals(List.of("spanish", "spanish-verbs", "spanish-verbs-irregular"), decks.decks().stream().map(Deck::id).toList());
        assertEquals(List.of("Spanish", "Spanish::Verbs", "Spanish::Verbs::Irregular"), decks.decks().stream().map(Deck::title).toList());
        assertEquals("comer", decks.decks().get(1).questions().get(0).prompt());
        assertTrue(decks.report().lines().stream().anyMatch(l -> l.startsWith("Subdecks became decks of their own: \"Spanish::Verbs\" as deck \"spanish-verbs\"")),
                decks.report().lines().toString());

        ApkgImport.Result tags = ApkgImport.importPackage(file, new ApkgImport.Options("es", null, ApkgImport.Subdecks.TAGS, List.of()));
        assertEquals(1, tags.decks().size());
        Deck one = tags.decks().get(0);
        assertEquals("es", one.id());
        assertEquals(List.of(), byPrompt(one, "hola").tags());
        assertEquals(List.of("Verbs::Irregular"), byPrompt(one, "ser").tags());
        assertTrue(tags.report().lines().contains("Subdecks became tags: Verbs, Verbs::Irregular."), tags.report().lines().toString());
    }

    @Test
    void aDeckExportedByLatentComesBackWithItsIds() throws Exception {
        Deck original = DeckLoader.load(ApkgExportTest.BUNDLED);
        Path file = write("roundtrip.apkg", ApkgExport.toBytes(original, Instant.now()));
        ApkgImport.Result result = ApkgImport.importPackage(file,
                new ApkgImport.Options(null, null, ApkgImport.Subdecks.DECKS, List.of(original)));
        Deck back = result.decks().get(0);
        assertEquals(original.id(), back.id());
        assertEquals(original.questionIds(), back.questionIds());
        assertTrue(result.report().lines().stream().anyMatch(l -> l.contains("ids kept")), result.report().lines().toString());
        // Without the deck at hand the ids come from the guids, as for any Anki deck.
        Deck unknown = importFile(file).decks().get(0);
        assertNotEquals(original.questionIds(), unknown.questionIds());
    }

    @Test
    void ankisReviewLogComesAlongAndStartsTheCardWhereTheLearnerIs() throws Exception {
        Instant start = Instant.parse("2026-01-10T09:00:00Z");
        AnkiPackageBuilder anki = new AnkiPackageBuilder().basic()
                .note(1001, 1, "known", "", List.of(0), "Known card", "answer")
                .note(1001, 1, "fresh", "", List.of(0), "New card", "answer")
                .review("known", 0, start, 3, 0)
                .review("known", 0, start.plusSeconds(600), 3, 0)
                .review("known", 0, start.plusSeconds(3 * 86_400), 3, 1)
                .review("known", 0, start.plusSeconds(4 * 86_400), 0, 4) // "set due date": no answer
                .review("known", 0, start.plusSeconds(10 * 86_400), 4, 1);
        Path file = write("history.apkg", anki.current(dir));
        ApkgImport.Result result = ApkgImport.importPackage(file,
                new ApkgImport.Options(null, null, ApkgImport.Subdecks.DECKS, List.of(), true));
        assertEquals(List.of(3, 3, 3, 4), result.history().stream().map(ApkgImport.PastReview::rating).toList());
        assertEquals(List.of("known"), result.history().stream().map(ApkgImport.PastReview::questionId).distinct().toList());
        assertTrue(result.report().lines().contains("Anki's review log: 4 reviews of 1 card read."), result.report().lines().toString());
        assertEquals(List.of(), importFile(file).history(), "only when asked for");

        Path data = dir.resolve("data");
        Instant now = start.plusSeconds(20 * 86_400);
        Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
        try (Store store = Store.open(data)) {
            HistoryImport.Summary summary = HistoryImport.record(store, scheduler, result.decks(), result.history(), now);
            assertEquals(new HistoryImport.Summary(4, 1, 0), summary);
            assertEquals("Review history from Anki: 4 reviews of 1 card recorded.", summary.line());
            CardKey known = new CardKey(result.decks().get(0).id(), "known");
            assertEquals(4, store.reviewsOf(known).size());
            CardState state = store.cardState(known).orElseThrow();
            assertEquals(CardState.State.REVIEW, state.state());
            assertEquals(start.plusSeconds(10 * 86_400), state.lastReview());
            assertTrue(state.due().isAfter(start.plusSeconds(20 * 86_400)), "an Easy after good reviews: due weeks later, " + state.due());
            assertTrue(store.cardState(new CardKey(result.decks().get(0).id(), "fresh")).orElseThrow().isNew());
            // Importing again never doubles a history.
            assertEquals(new HistoryImport.Summary(0, 0, 1), HistoryImport.record(store, scheduler, result.decks(), result.history(), now));
            assertEquals(4, store.reviewsOf(known).size());
        }
    }

    @Test
    void deckNamesInOtherScriptsGetDistinctIds() {
        String russian = AnkiText.deckIdFor("Русский");
        String japanese = AnkiText.deckIdFor("日本語");
        assertNotEquals(russian, japanese);
        assertTrue(russian.matches("deck-[0-9a-f]{8}"), russian);
        assertEquals("cafe-creme", AnkiText.deckIdFor("Café Crème"));
        assertNotEquals(AnkiText.deckIdFor("Kanji 漢字"), AnkiText.deckIdFor("Kanji 仮名"));
    }

    @Test
    void aFieldTheCollectionComputesHugeIsRefusedNotRead() throws Exception {
        // A crafted notes table whose flds column is computed: 2 x 20 million hex digits on every read.
        Path db = dir.resolve("hostile.anki21");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    create table notes (id integer primary key, guid text not null, mid integer not null,
                      mod integer not null, usn integer not null, tags text not null,
                      flds text generated always as (hex(zeroblob(20000000)) || char(31) || 'back') virtual,
                      sfld integer not null, csum integer not null, flags integer not null, data text not null)""");
            for (String ddl : ApkgExport.SCHEMA_11) {
                if (!ddl.contains("table notes")) statement.execute(ddl);
            }
            statement.execute("insert into col values (1, 0, 0, 0, 11, 0, 0, 0, '{}', "
                    + "'{\"1\": {\"id\": 1, \"name\": \"Basic\", \"flds\": [{\"name\": \"Front\"}, {\"name\": \"Back\"}], "
                    + "\"tmpls\": [{\"qfmt\": \"{{Front}}\", \"afmt\": \"{{Back}}\"}]}}', '{}', '{}', '{}')");
            statement.execute("insert into notes (id, guid, mid, mod, usn, tags, sfld, csum, flags, data) values (1, 'g', 1, 0, 0, '', 0, 0, 0, '')");
        }
        Path file = write("hostile.apkg", AnkiPackageBuilder.zip(Map.of("collection.anki21", Files.readAllBytes(db))));
        ApkgException error = assertThrows(ApkgException.class, () -> importFile(file));
        assertTrue(error.getMessage().contains("notes table has a computed column (flds)"), error.getMessage());
    }

    @Test
    void aStoredValueOverTheLimitIsRefusedBySqliteItself() throws Exception {
        AnkiPackageBuilder anki = new AnkiPackageBuilder().basic()
                .note(1001, 1, "huge", "", List.of(0), "y".repeat(33 * 1024 * 1024), "answer");
        ApkgException error = assertThrows(ApkgException.class,
                () -> importFile(write("huge.apkg", anki.legacy(dir))));
        assertTrue(error.getMessage().endsWith("the collection holds a value larger than 32 MB; refusing the package"), error.getMessage());
    }

    @Test
    void decksSideBySideInAWholeCollectionKeepTheirOwnNames() throws Exception {
        AnkiPackageBuilder anki = new AnkiPackageBuilder().basic().deck(10, "Spanish").deck(20, "Русский")
                .note(1001, 10, "a", "", List.of(0), "hola", "hello")
                .note(1001, 20, "b", "", List.of(0), "привет", "hello");
        List<Deck> decks = importFile(write("all.colpkg", anki.current(dir))).decks();
        assertEquals(List.of("Spanish", "Русский"), decks.stream().map(Deck::title).toList());
        assertEquals("spanish", decks.get(0).id());
        assertEquals(AnkiText.deckIdFor("Русский"), decks.get(1).id());
    }

    @Test
    void aNoteLongerThanTheLimitIsSkippedWithItsReason() throws Exception {
        String longField = "x".repeat(ApkgCards.MAX_NOTE_CHARS + 1);
        AnkiPackageBuilder anki = new AnkiPackageBuilder().basic()
                .note(1001, 1, "long", "", List.of(0), longField, "answer")
                .note(1001, 1, "fine", "", List.of(0), "short", "answer");
        ApkgImport.Result result = importFile(write("long.apkg", anki.legacy(dir)));
        assertEquals(List.of("short"), result.decks().get(0).questions().stream().map(Question::prompt).toList());
        assertEquals(Map.of(ImportReport.Reason.TOO_LONG, 1), result.report().skipped());
        assertFalse(String.join("", result.report().lines()).contains("xxxx"));
    }
}

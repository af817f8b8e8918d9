package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckProblem;
import dev.latent.deck.DeckValidator;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The second stage of reading Anki's notes in plain text ({@link AnkiText}): each record {@link AnkiTextParser} read
 * becomes questions (Front and Back, or one per cloze number), rows that cannot are skipped into the report, and the
 * questions make one deck the validator accepts.
 */
final class AnkiTextNotes {

    private static final Pattern BULLET = Pattern.compile("^(?:[-*\u2022\u2023\u25E6]|\\d+[.)])\\s+");

    private AnkiTextNotes() {
    }

    /**
     * The deck of the parsed notes, with the report of what was imported and skipped.
     *
     * @param knownGuids guids of notes Latent exported, to the deck and question ids they came from
     */
    /**
     * Fields of an imported note that no question shows (a third column beside Front and Back), named in the report
     * as a package's are, so nothing is dropped silently. Empty fields lose nothing and are not named.
     */
    private static void reportUnshown(List<String> record, List<Integer> fieldColumns, int shown, int alsoShown,
                                      List<String> names, String noteType, ImportReport report) {
        for (int column : fieldColumns) {
            if (column == shown || column == alsoShown || record.get(column - 1).isBlank()) continue;
            report.unshownField(noteType, column <= names.size() ? names.get(column - 1) : "column " + column);
        }
    }

    static AnkiText.Result toDeck(AnkiTextParser.Parsed parsed, String source, String fallbackName,
                                  AnkiText.ImportOptions options, Map<String, String[]> knownGuids)
            throws AnkiTextException {
        ImportReport report = new ImportReport("Anki notes in plain text");
        int width = parsed.width();
        Set<Integer> special = new HashSet<>(List.of(parsed.tagsColumn(), parsed.guidColumn(), parsed.deckColumn(),
                parsed.notetypeColumn()));
        List<Integer> fieldColumns = new ArrayList<>(); // 1-based
        for (int c = 1; c <= width; c++) if (!special.contains(c)) fieldColumns.add(c);
        int frontColumn = labelled(parsed.columns(), "front", fieldColumns, 0);
        int backColumn = labelled(parsed.columns(), "back", fieldColumns, fieldColumns.indexOf(frontColumn) + 1);
        // A cloze note's fields: Text, then Back Extra.
        int clozeText = labelled(parsed.columns(), "text", fieldColumns, 0);
        int clozeExtra = labelled(parsed.columns(), "back extra", fieldColumns, fieldColumns.indexOf(clozeText) + 1);
        if (clozeExtra == clozeText) clozeExtra = 0;
        boolean html;
        if (parsed.html() != null) {
            html = parsed.html();
        } else { // Anki's maybe_set_fallback_is_html: any field with a tag makes the whole file HTML
            html = parsed.records().stream().flatMap(List::stream).anyMatch(AnkiTextNotes::looksLikeHtml);
            if (html) report.notice("No #html header, but the fields hold HTML tags: read as HTML (as Anki does).");
        }

        String title = firstNonBlank(options.title(), parsed.deckName(), fallbackName, "Imported deck");
        if (options.deckId() != null && !options.deckId().isBlank() && !DeckValidator.isValidId(options.deckId().strip())) {
            throw new AnkiTextException(source, 0, "deck id \"" + options.deckId().strip() + "\" must be " + DeckValidator.ID_RULE);
        }
        Map<String, Integer> knownDeckVotes = new HashMap<>();

        List<Question> questions = new ArrayList<>();
        Set<String> usedIds = new LinkedHashSet<>();
        String firstRagged = null;
        boolean basicRows = false;
        for (int r = 0; r < parsed.records().size(); r++) {
            List<String> record = parsed.records().get(r);
            int line = parsed.recordLines().get(r);
            report.note();
            if (record.size() != width) {
                report.skip(ImportReport.Reason.RAGGED, line);
                if (firstRagged == null) {
                    firstRagged = "Line " + line + ": " + record.size() + " fields, but " + (parsed.columns().isEmpty()
                            ? "most notes have " : "#columns names ") + width + "; quote fields that contain the separator.";
                }
                continue;
            }
            Set<String> tags = new LinkedHashSet<>();
            if (parsed.tagsColumn() > 0) tags.addAll(AnkiTextParser.splitTags(record.get(parsed.tagsColumn() - 1)));
            tags.addAll(parsed.globalTags());
            String guid = parsed.guidColumn() > 0 ? record.get(parsed.guidColumn() - 1).strip() : "";
            String noteType = parsed.notetypeColumn() > 0 ? record.get(parsed.notetypeColumn() - 1) : parsed.notetype();
            if (noteType != null && noteType.toLowerCase(Locale.ROOT).contains("cloze")) {
                if (clozeText == 0) {
                    report.skip(ImportReport.Reason.EMPTY_CLOZE, line);
                    continue;
                }
                reportUnshown(record, fieldColumns, clozeText, clozeExtra, parsed.columns(), noteType, report);
                clozeQuestions(record.get(clozeText - 1), clozeExtra == 0 ? "" : record.get(clozeExtra - 1), html, guid,
                        tags, line, usedIds, questions, report);
                continue;
            }
            basicRows = true;
            if (frontColumn == 0 || backColumn == 0 || frontColumn == backColumn) {
                throw new AnkiTextException(source, 0, "need a Front and a Back field; found " + fieldColumns.size()
                        + " note field(s)" + (parsed.columns().isEmpty() ? "" : " in #columns:" + String.join(",", parsed.columns())));
            }
            String frontField = record.get(frontColumn - 1);
            String backField = record.get(backColumn - 1);
            String prompt = fieldText(frontField, html);
            if (prompt.isBlank()) {
                report.skip(ApkgCards.mentionsMedia(frontField) ? ImportReport.Reason.MEDIA_ONLY : ImportReport.Reason.EMPTY_FRONT, line);
                continue;
            }
            ModelAnswer answer = AnkiText.answer(fieldBlocks(backField, html));
            if (answer.intro().isEmpty() && answer.points().isEmpty()) {
                report.skip(ApkgCards.mentionsMedia(backField) ? ImportReport.Reason.MEDIA_ONLY : ImportReport.Reason.EMPTY_ANSWER, line);
                continue;
            }
            String[] known = knownGuids.get(guid);
            if (known != null) knownDeckVotes.merge(known[0], 1, Integer::sum);
            String id = known != null ? known[1] : AnkiText.questionId(guid, prompt);
            String unique = id;
            for (int n = 2; !usedIds.add(unique); n++) unique = id + "-" + n;
            reportUnshown(record, fieldColumns, frontColumn, backColumn, parsed.columns(), noteType == null ? "Basic" : noteType, report);
            questions.add(new Question(unique, prompt, answer, List.copyOf(tags), null, List.of()));
            report.question();
        }
        if (firstRagged != null) report.notice(firstRagged);
        if (questions.isEmpty()) {
            String why = report.lines().size() > 1 ? report.lines().get(1) : "";
            if (!basicRows && firstRagged != null) why = firstRagged;
            throw new AnkiTextException(source, 0, "no notes with a front and a back to import" + (why.isEmpty() ? "" : " (" + why + ")"));
        }
        String knownDeck = knownDeckVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (knownDeck != null && (options.deckId() == null || options.deckId().isBlank())) {
            report.notice("Exported by Latent from deck \"" + knownDeck + "\": deck and question ids kept, so the review history follows.");
        }
        String deckId = firstNonBlank(options.deckId(), knownDeck, AnkiText.deckIdFor(firstNonBlank(parsed.deckName(), fallbackName, "")), "imported");
        Deck deck = new Deck(deckId, title, "Imported from Anki notes in plain text ("
                + Path.of(source).getFileName() + ").", questions, source);
        // Whatever the file held, the deck must be one the loader accepts.
        List<DeckProblem> problems = DeckValidator.problems(deck);
        if (!problems.isEmpty()) {
            throw new AnkiTextException(source, 0, "the imported deck is not valid: " + problems.get(0).withoutFile());
        }
        return new AnkiText.Result(deck, report);
    }

    /** One question per cloze number of a cloze note's Text field, the deletion as the answer, Back Extra after it. */
    private static void clozeQuestions(String text, String extra, boolean html, String guid, Set<String> tags, int line,
                                       Set<String> usedIds, List<Question> questions, ImportReport report) {
        java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
        var open = Pattern.compile("\\{\\{c(\\d{1,4})::").matcher(text);
        while (open.find() && numbers.size() < AnkiTemplate.MAX_CLOZE) numbers.add(Math.max(1, Integer.parseInt(open.group(1))));
        if (numbers.isEmpty()) {
            report.skip(ImportReport.Reason.EMPTY_CLOZE, line);
            return;
        }
        String outro = fieldText(extra, html);
        for (int number : numbers) {
            String prompt = fieldText(AnkiTemplate.Cloze.render(text, number, AnkiTemplate.Side.FRONT), html);
            List<String> deletions = new ArrayList<>();
            for (String deletion : AnkiTemplate.Cloze.deletions(text, number)) {
                String shown = fieldText(deletion, html);
                if (!shown.isBlank()) deletions.add(shown);
            }
            if (prompt.isBlank() || deletions.isEmpty()) {
                report.skip(ApkgCards.mentionsMedia(text) ? ImportReport.Reason.MEDIA_ONLY : ImportReport.Reason.EMPTY_CLOZE, line);
                continue;
            }
            ModelAnswer answer = deletions.size() == 1 ? new ModelAnswer(deletions.get(0), List.of(), outro)
                    : new ModelAnswer("", deletions, outro);
            String id = AnkiText.questionId(guid, prompt) + "-c" + number;
            String unique = id;
            for (int n = 2; !usedIds.add(unique); n++) unique = id + "-" + n;
            questions.add(new Question(unique, prompt, answer, List.copyOf(tags), null, List.of()));
            report.question();
        }
    }

    /** Anki's HTML test (rslib text.rs is_html): a tag anywhere, {@code <…>}. */
    static boolean looksLikeHtml(String field) {
        int open = field.indexOf('<');
        return open >= 0 && field.indexOf('>', open + 1) > open;
    }

    private static String fieldText(String field, boolean html) {
        String withoutSounds = ApkgCards.withoutSounds(field);
        return html ? HtmlText.toText(withoutSounds) : withoutSounds.strip();
    }

    private static List<HtmlText.Block> fieldBlocks(String field, boolean html) {
        String withoutSounds = ApkgCards.withoutSounds(field);
        return html ? HtmlText.toBlocks(withoutSounds) : plainBlocks(withoutSounds);
    }

    /** The 1-based column labelled {@code label} in #columns, else the {@code fallbackIndex}-th note field (0 if none). */
    private static int labelled(List<String> columns, String label, List<Integer> fieldColumns, int fallbackIndex) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).equalsIgnoreCase(label) && fieldColumns.contains(c + 1)) return c + 1;
        }
        return fallbackIndex >= 0 && fallbackIndex < fieldColumns.size() ? fieldColumns.get(fallbackIndex) : 0;
    }

    /** Lines of a plain-text field; lines starting with a bullet ("- ", "* ", "1. ") are list items. */
    private static List<HtmlText.Block> plainBlocks(String field) {
        List<HtmlText.Block> blocks = new ArrayList<>();
        for (String raw : field.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            var bullet = BULLET.matcher(line);
            if (bullet.find()) blocks.add(new HtmlText.Block(line.substring(bullet.end()).strip(), true));
            else blocks.add(new HtmlText.Block(line, false));
        }
        return blocks;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) if (value != null && !value.isBlank()) return value.strip();
        return "";
    }
}

package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.interchange.ApkgNoteTypes.NoteType;
import dev.latent.interchange.ApkgNoteTypes.Template;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The notes of an Anki collection made into questions: every card a note's type makes becomes one (each cloze
 * number of a cloze note), its front template's fields the prompt, its back's after {@code <hr id=answer>} the answer,
 * with the first image of each side. Notes that make no card are skipped into the report, with the reason.
 */
final class ApkgCards {

    /** Notes whose fields together are longer are skipped, not read: no real card holds this much text. */
    static final int MAX_NOTE_CHARS = 2_000_000;

    private static final int MAX_NOTES_READ = 200_000;
    static final int MAX_CARDS_READ = 500_000;
    /** More questions than this is not a deck someone studies; refusing bounds the work an import can cause. */
    private static final int MAX_QUESTIONS = 50_000;

    private ApkgCards() {
    }

    /** A question and the Anki deck its card is in. */
    record Made(Question question, String deckName, long noteId, int ord, int extraImages) {
    }

    /**
     * What the notes made: the questions in note order, the known deck most notes came from (null when none did), and
     * how many notes showed images or sounds that were left out.
     */
    record Notes(List<Made> made, String knownDeck, int withMedia) {
    }

    /**
     * Reads every note of the collection into questions.
     *
     * @param knownDecks decks the learner has: notes a Latent export of one of them made keep their question ids
     */
    static Notes read(Connection db, String source, Map<Long, NoteType> noteTypes, Map<Long, String> deckNames,
                      Collection<Deck> knownDecks, ImportReport report) throws SQLException, ApkgException {
        Map<Long, Map<Integer, Long>> cardDecks = cardDecks(db, source);
        Map<String, String[]> knownGuids = AnkiIds.knownGuids(knownDecks);
        Map<String, Integer> knownDeckVotes = new HashMap<>();
        List<Made> made = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        int notesWithMedia = 0;
        int read = 0;
        try (PreparedStatement statement = db.prepareStatement("select id, substr(guid, 1, 200), mid, "
                + "substr(tags, 1, 20000), length(flds) > ?, case when length(flds) <= ? then flds end from notes order by id")) {
            statement.setInt(1, MAX_NOTE_CHARS);
            statement.setInt(2, MAX_NOTE_CHARS);
            try (ResultSet notes = statement.executeQuery()) {
                while (notes.next()) {
                    if (++read > MAX_NOTES_READ) throw new ApkgException(source + ": more than " + MAX_NOTES_READ + " notes");
                    report.note();
                    long noteId = notes.getLong(1);
                    NoteType type = noteTypes.get(notes.getLong(3));
                    if (type == null) {
                        report.skip(ImportReport.Reason.UNKNOWN_NOTE_TYPE);
                        continue;
                    }
                    if (notes.getBoolean(5)) {
                        report.skip(ImportReport.Reason.TOO_LONG);
                        continue;
                    }
                    String[] values = String.valueOf(notes.getString(6)).split("\u001f", -1);
                    Map<String, String> fields = new HashMap<>();
                    for (int f = 0; f < type.fields().size(); f++) fields.put(type.fields().get(f), f < values.length ? values[f] : "");
                    Set<String> shown = type.shownFields();
                    for (String field : type.fields()) {
                        if (!shown.contains(field) && !AnkiTemplate.isEmpty(fields.get(field))) report.unshownField(type.name(), field);
                    }
                    String guid = String.valueOf(notes.getString(2)).strip();
                    List<String> tags = new ArrayList<>(new LinkedHashSet<>(List.of(String.valueOf(notes.getString(4)).strip().split("\\s+"))));
                    tags.removeIf(String::isEmpty);
                    Map<Integer, Long> cards = cardDecks.getOrDefault(noteId, Map.of());
                    String[] known = knownGuids.get(guid);
                    if (known != null) knownDeckVotes.merge(known[0], 1, Integer::sum);
                    int before = made.size() + report.skippedTotal();
                    int madeBefore = made.size();
                    noteQuestions(noteId, type, fields, guid, tags, cards, deckNames, known, usedIds, made, report);
                    // Images of imported questions are kept; sounds, and images of skipped notes, are not.
                    if (mentionsSoundOrVideo(values) || mentionsMedia(values) && made.size() == madeBefore) notesWithMedia++;
                    if (made.size() > MAX_QUESTIONS) throw new ApkgException(source + ": more than " + MAX_QUESTIONS + " cards to import");
                    // A note none of whose templates makes a card (all fronts empty) is skipped, not lost silently.
                    if (made.size() + report.skippedTotal() == before) report.skip(ImportReport.Reason.EMPTY_FRONT);
                }
            }
        }
        String knownDeck = knownDeckVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new Notes(made, knownDeck, notesWithMedia);
    }

    /** The questions of one note: one per card its note type makes (one per cloze number for cloze notes). */
    private static void noteQuestions(long noteId, NoteType type, Map<String, String> fields, String guid, List<String> tags,
                                      Map<Integer, Long> cards, Map<Long, String> deckNames, String[] known,
                                      Set<String> usedIds, List<Made> made, ImportReport report) {
        Map<String, String> special = new HashMap<>();
        special.put("Tags", String.join(" ", tags));
        special.put("Type", type.name());
        if (type.cloze()) {
            if (type.templates().isEmpty()) {
                report.skip(ImportReport.Reason.EMPTY_CLOZE);
                return;
            }
            Template template = type.templates().get(0);
            Set<Integer> numbers = template.front().clozeNumbers(fields);
            if (numbers.isEmpty()) {
                report.skip(ImportReport.Reason.EMPTY_CLOZE);
                return;
            }
            for (int number : numbers) {
                special.put("Card", "Cloze " + number);
                String front = template.front().render(fields, special, AnkiTemplate.Side.FRONT, "", number, true);
                String prompt = HtmlText.toText(withoutSounds(front));
                List<String> deletions = new ArrayList<>();
                for (String field : template.front().clozeFields()) {
                    for (String deletion : AnkiTemplate.Cloze.deletions(fields.getOrDefault(field, ""), number)) {
                        String text = HtmlText.toText(withoutSounds(deletion));
                        if (!text.isBlank()) deletions.add(text);
                    }
                }
                String extra = template.answer().render(fields, special, AnkiTemplate.Side.BACK, "", number, false);
                String outro = HtmlText.toText(withoutSounds(extra));
                if (prompt.isBlank() || deletions.isEmpty()) {
                    report.skip(mentionsMedia(front) || deletions.isEmpty() && !AnkiTemplate.Cloze.deletions(
                            String.join("", fields.values()), number).isEmpty() ? ImportReport.Reason.MEDIA_ONLY
                            : ImportReport.Reason.EMPTY_CLOZE);
                    continue;
                }
                ModelAnswer answer = deletions.size() == 1 ? new ModelAnswer(deletions.get(0), List.of(), outro)
                        : new ModelAnswer("", deletions, outro);
                String id = uniqueId(AnkiText.questionId(guid, prompt) + "-c" + number, usedIds);
                int[] extraImages = {0};
                Question question = withImagesOf(new Question(id, prompt, answer, tags, null, List.of()), front, extra, extraImages);
                add(made, report, question, deckNames, cards, noteId, number - 1, extraImages[0]);
            }
            return;
        }
        boolean anyCards = !cards.isEmpty();
        for (Template template : type.templates()) {
            if (anyCards && !cards.containsKey(template.ord())) continue; // Anki made no card from this template
            special.put("Card", template.name());
            String front = template.front().render(fields, special, AnkiTemplate.Side.FRONT, "", 0, true);
            String prompt = HtmlText.toText(withoutSounds(front));
            if (prompt.isBlank()) {
                if (mentionsMedia(front)) report.skip(ImportReport.Reason.MEDIA_ONLY);
                else if (anyCards) report.skip(ImportReport.Reason.EMPTY_FRONT);
                continue; // without cards: Anki makes no card whose front is empty either
            }
            String back = template.answer().render(fields, special, AnkiTemplate.Side.BACK, "", 0, true);
            ModelAnswer answer = AnkiText.answer(HtmlText.toBlocks(withoutSounds(back)));
            if (answer.intro().isEmpty() && answer.points().isEmpty()) {
                report.skip(mentionsMedia(back) ? ImportReport.Reason.MEDIA_ONLY : ImportReport.Reason.EMPTY_ANSWER);
                continue;
            }
            String base = known != null && template.ord() == 0 ? known[1] : AnkiText.questionId(guid, prompt);
            String id = uniqueId(template.ord() == 0 ? base : base + "-card" + (template.ord() + 1), usedIds);
            int[] extraImages = {0};
            Question question = withImagesOf(new Question(id, prompt, answer, tags, null, List.of()), front, back, extraImages);
            add(made, report, question, deckNames, cards, noteId, template.ord(), extraImages[0]);
        }
    }

    /** The question with the first image of its front as the prompt's, the first image only its back shows as the answer's. */
    private static Question withImagesOf(Question question, String frontHtml, String backHtml, int[] extra) {
        List<String> front = ApkgMedia.imageSources(frontHtml);
        List<String> back = new ArrayList<>(ApkgMedia.imageSources(backHtml));
        back.removeAll(front);
        extra[0] = Math.max(0, front.size() - 1) + Math.max(0, back.size() - 1);
        return question.withImages(front.isEmpty() ? null : front.get(0), back.isEmpty() ? null : back.get(0));
    }

    private static void add(List<Made> made, ImportReport report, Question question, Map<Long, String> deckNames,
                            Map<Integer, Long> cards, long noteId, int ord, int extraImages) {
        Long deck = cards.get(ord);
        if (deck == null && !cards.isEmpty()) deck = cards.values().iterator().next();
        String deckName = deck == null ? null : deckNames.get(deck);
        made.add(new Made(question, deckName == null || deckName.isBlank() ? null : deckName, noteId, ord, extraImages));
        report.question();
    }

    /** A question id not used yet: too long ones become a hash, repeats get a number. */
    private static String uniqueId(String id, Set<String> usedIds) {
        String valid = id.length() <= 100 ? id : "g-" + HexFormat.of().formatHex(AnkiIds.digest("SHA-1", id), 0, 8);
        String unique = valid;
        for (int n = 2; !usedIds.add(unique); n++) unique = valid + "-" + n;
        return unique;
    }

    /** For each note, the deck of each of its cards by template ordinal (a filtered deck's card counts in its home deck). */
    private static Map<Long, Map<Integer, Long>> cardDecks(Connection db, String source) throws SQLException, ApkgException {
        Map<Long, Map<Integer, Long>> decks = new HashMap<>();
        int count = 0;
        try (Statement statement = db.createStatement();
             ResultSet cards = statement.executeQuery("select nid, ord, case when odid != 0 then odid else did end from cards order by id")) {
            while (cards.next()) {
                if (++count > MAX_CARDS_READ) throw new ApkgException(source + ": more than " + MAX_CARDS_READ + " cards");
                decks.computeIfAbsent(cards.getLong(1), k -> new HashMap<>()).putIfAbsent(cards.getInt(2), cards.getLong(3));
            }
        }
        return decks;
    }

    /** Anki's {@code [sound:file.mp3]} tags: played by Anki, nothing to read here. */
    static String withoutSounds(String html) {
        if (!html.contains("[sound:")) return html;
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            int start = html.indexOf("[sound:", i);
            int end = start < 0 ? -1 : html.indexOf(']', start);
            if (start < 0 || end < 0) {
                out.append(html, i, html.length());
                break;
            }
            out.append(html, i, start);
            i = end + 1;
        }
        return out.toString();
    }

    static boolean mentionsSoundOrVideo(String... htmls) {
        for (String html : htmls) {
            String lower = html.toLowerCase(Locale.ROOT);
            if (lower.contains("[sound:") || lower.contains("<audio") || lower.contains("<video")) return true;
        }
        return false;
    }

    /** An image, sound or video in any of the fields (Anki text notes and package notes alike). */
    static boolean mentionsMedia(String... htmls) {
        if (mentionsSoundOrVideo(htmls)) return true;
        for (String html : htmls) {
            if (html.toLowerCase(Locale.ROOT).contains("<img")) return true;
        }
        return false;
    }
}

package dev.latent.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an import did, so that nothing is dropped silently: how many questions came from how many notes, what
 * was skipped and why, which fields no card showed, and anything else worth knowing (subdecks, media left
 * behind, a whole collection). Shown the same on the command line and in the import dialog.
 */
public final class ImportReport {

    /** Why a note or card did not become a question. */
    public enum Reason {
        EMPTY_FRONT("empty front"),
        EMPTY_ANSWER("empty answer"),
        MEDIA_ONLY("only an image or sound, no text"),
        EMPTY_CLOZE("cloze with no deletion"),
        RAGGED("wrong number of fields"),
        TOO_LONG("note longer than " + ApkgCards.MAX_NOTE_CHARS / 1_000_000 + " million characters"),
        UNKNOWN_NOTE_TYPE("unknown note type");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final String kind;
    private int notes;
    private int questions;
    private final Map<Reason, Integer> skipped = new LinkedHashMap<>();
    private final Map<Reason, Integer> firstLine = new LinkedHashMap<>();
    private final Map<String, Set<String>> unshownFields = new LinkedHashMap<>();
    private final List<String> notices = new ArrayList<>();
    private int imagesKept;
    private final Map<String, Integer> imagesDropped = new LinkedHashMap<>();

    public ImportReport(String kind) {
        this.kind = kind;
    }

    void note() {
        notes++;
    }

    void question() {
        questions++;
    }

    void skip(Reason reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    /** A skipped text-file record: its line is remembered for the first of each reason. */
    void skip(Reason reason, int line) {
        skip(reason);
        firstLine.putIfAbsent(reason, line);
    }

    void unshownField(String noteType, String field) {
        unshownFields.computeIfAbsent(noteType, k -> new LinkedHashSet<>()).add(field);
    }

    void images(int kept, Map<String, Integer> droppedByReason) {
        imagesKept = kept;
        imagesDropped.putAll(droppedByReason);
    }

    /** Images kept as files beside the deck. */
    public int imagesKept() {
        return imagesKept;
    }

    /** Images notes showed that were not kept, by reason (as the report says it). */
    public Map<String, Integer> imagesDropped() {
        return Map.copyOf(imagesDropped);
    }

    void notice(String text) {
        notices.add(text);
    }

    public String kind() {
        return kind;
    }

    public int notes() {
        return notes;
    }

    public int questions() {
        return questions;
    }

    public Map<Reason, Integer> skipped() {
        return Map.copyOf(skipped);
    }

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Map<String, Set<String>> unshownFields() {
        return Map.copyOf(unshownFields);
    }

    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** The report as lines: the counts, skips by reason, fields no card showed, then the notices. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Imported " + questions + (questions == 1 ? " question" : " questions") + " from " + notes
                + (notes == 1 ? " note" : " notes") + " (" + kind + ").");
        if (!skipped.isEmpty()) {
            lines.add("Skipped " + skippedTotal() + ": " + skipped.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().text()
                            + (firstLine.containsKey(e.getKey()) ? " (first on line " + firstLine.get(e.getKey()) + ")" : ""))
                    .collect(Collectors.joining(", ")) + ".");
        }
        for (var entry : unshownFields.entrySet()) {
            lines.add("Fields no card shows, not imported: " + entry.getValue().stream().map(f -> "\"" + f + "\"")
                    .collect(Collectors.joining(", ")) + " (note type \"" + entry.getKey() + "\").");
        }
        if (imagesKept > 0 || !imagesDropped.isEmpty()) {
            int dropped = imagesDropped.values().stream().mapToInt(Integer::intValue).sum();
            lines.add("Images: " + imagesKept + " kept beside the deck" + (dropped == 0 ? "." : ", " + dropped + " dropped ("
                    + imagesDropped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")) + ")."));
        }
        lines.addAll(notices);
        return lines;
    }
}

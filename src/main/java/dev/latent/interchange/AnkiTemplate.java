package dev.latent.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anki's card templates, rendered as Anki renders them (rslib template.rs and cloze.rs) but to HTML that is
 * only ever reduced to text: {@code {{Field}}}, filters such as {@code {{text:Field}}}, {@code {{type:Field}}}
 * and {@code {{cloze:Text}}}, conditional sections {@code {{#Field}}…{{/Field}}} and {@code {{^Field}}…},
 * and {@code {{FrontSide}}} on the back. A template is parsed once per note type; rendering is linear in the
 * template and the fields.
 */
final class AnkiTemplate {

    /** Where Anki's answer starts on the back of a card: everything after it is the answer. */
    private static final Pattern ANSWER_RULE = Pattern.compile("<hr[^>]{0,200}?id\\s*=\\s*[\"']?answer[\"']?[^>]{0,200}>",
            Pattern.CASE_INSENSITIVE);
    /** The tags an empty field may hold (a scan, not one regex over the field: that recurses per character). */
    private static final Pattern EMPTY_TAG = Pattern.compile("</?(?:br|div)\\s?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOZE_OPEN = Pattern.compile("\\{\\{c(\\d{1,4})::");
    /** Sections may nest, but a template deeper than this is not one a person wrote. */
    private static final int MAX_DEPTH = 50;
    /** Anki allows cloze numbers up to 500 or so; more is refused as not a real note. */
    static final int MAX_CLOZE = 1000;

    private sealed interface Part permits Text, Replace, Section {
    }

    private record Text(String text) implements Part {
    }

    /** {@code {{filters:key}}}; filters in the order written (the last is applied first). */
    private record Replace(String key, List<String> filters) implements Part {
    }

    private record Section(String key, boolean negated, List<Part> parts) implements Part {
    }

    /** How the renderer treats {@code {{cloze:…}}} and {@code {{type:…}}}. */
    enum Side { FRONT, BACK }

    /** What a template refers to, for the report of fields that no card shows. */
    private final List<Part> parts;

    private AnkiTemplate(List<Part> parts) {
        this.parts = parts;
    }

    static AnkiTemplate parse(String template) {
        List<List<Part>> stack = new ArrayList<>();
        List<Section> open = new ArrayList<>();
        List<Part> current = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int start = template.indexOf("{{", i);
            if (start < 0) {
                current.add(new Text(template.substring(i)));
                break;
            }
            int end = template.indexOf("}}", start + 2);
            if (end < 0) {
                current.add(new Text(template.substring(i)));
                break;
            }
            if (start > i) current.add(new Text(template.substring(i, start)));
            String tag = template.substring(start + 2, end).strip();
            i = end + 2;
            if ((tag.startsWith("#") || tag.startsWith("^")) && open.size() < MAX_DEPTH) {
                Section section = new Section(tag.substring(1).strip(), tag.startsWith("^"), new ArrayList<>());
                current.add(section);
                stack.add(current);
                open.add(section);
                current = section.parts();
            } else if (tag.startsWith("/")) {
                if (!open.isEmpty()) { // a stray close is ignored, as Anki renders it as nothing useful
                    open.remove(open.size() - 1);
                    current = stack.remove(stack.size() - 1);
                }
            } else if (!tag.startsWith("!") && !tag.startsWith("=")) {
                List<String> names = new ArrayList<>(List.of(tag.split(":", -1)));
                String key = names.remove(names.size() - 1).strip();
                current.add(new Replace(key, names.stream().map(String::strip).toList()));
            }
        }
        while (!stack.isEmpty()) current = stack.remove(stack.size() - 1);
        return new AnkiTemplate(current);
    }

    /** The back template's answer part: what follows {@code <hr id=answer>}, or the whole template without one. */
    static String answerPart(String backTemplate) {
        Matcher rule = ANSWER_RULE.matcher(backTemplate);
        return rule.find() ? backTemplate.substring(rule.end()) : backTemplate;
    }

    /** The field names this template shows (in replacements, not in section conditions). */
    Set<String> shownFields() {
        Set<String> names = new TreeSet<>();
        collect(parts, names);
        return names;
    }

    private static void collect(List<Part> parts, Set<String> names) {
        for (Part part : parts) {
            if (part instanceof Replace replace) names.add(replace.key());
            else if (part instanceof Section section) collect(section.parts(), names);
        }
    }

    /** The fields this template shows through {@code {{cloze:…}}}. */
    List<String> clozeFields() {
        List<String> names = new ArrayList<>();
        clozeFields(parts, names);
        return names;
    }

    private static void clozeFields(List<Part> parts, List<String> names) {
        for (Part part : parts) {
            if (part instanceof Replace replace && replace.filters().contains("cloze") && !names.contains(replace.key())) {
                names.add(replace.key());
            } else if (part instanceof Section section) {
                clozeFields(section.parts(), names);
            }
        }
    }

    /** The cloze numbers of the fields this template shows through {@code {{cloze:…}}}. */
    Set<Integer> clozeNumbers(Map<String, String> fields) {
        Set<Integer> numbers = new TreeSet<>();
        clozeNumbers(parts, fields, numbers);
        return numbers;
    }

    private static void clozeNumbers(List<Part> parts, Map<String, String> fields, Set<Integer> numbers) {
        for (Part part : parts) {
            if (part instanceof Replace replace && replace.filters().stream().anyMatch(f -> f.equals("cloze"))) {
                Matcher open = CLOZE_OPEN.matcher(field(fields, replace.key()));
                while (open.find() && numbers.size() < MAX_CLOZE) numbers.add(Math.max(1, Integer.parseInt(open.group(1))));
            } else if (part instanceof Section section) {
                clozeNumbers(section.parts(), fields, numbers);
            }
        }
    }

    /**
     * Renders to HTML.
     *
     * @param frontSide what {@code {{FrontSide}}} stands for (the rendered front, or "" to leave it out)
     * @param cloze the card's cloze number (1 for {@code c1}); 0 outside cloze note types
     * @param clozeShown whether {@code {{cloze:…}}} renders at all (false: the back's extra fields only)
     */
    String render(Map<String, String> fields, Map<String, String> special, Side side, String frontSide, int cloze,
                  boolean clozeShown) {
        StringBuilder out = new StringBuilder();
        render(parts, fields, special, side, frontSide, cloze, clozeShown, out);
        return out.toString();
    }

    private static void render(List<Part> parts, Map<String, String> fields, Map<String, String> special, Side side,
                               String frontSide, int cloze, boolean clozeShown, StringBuilder out) {
        for (Part part : parts) {
            if (part instanceof Text text) {
                out.append(text.text());
            } else if (part instanceof Section section) {
                boolean empty = isEmpty(value(section.key(), fields, special, frontSide));
                if (empty == section.negated()) render(section.parts(), fields, special, side, frontSide, cloze, clozeShown, out);
            } else if (part instanceof Replace replace) {
                out.append(replacement(replace, fields, special, side, frontSide, cloze, clozeShown));
            }
        }
    }

    private static String replacement(Replace replace, Map<String, String> fields, Map<String, String> special,
                                      Side side, String frontSide, int cloze, boolean clozeShown) {
        // The extra fields under a cloze answer: the deletions themselves are the answer already.
        if (!clozeShown && replace.filters().contains("cloze")) return "";
        String text = value(replace.key(), fields, special, frontSide);
        for (int f = replace.filters().size() - 1; f >= 0; f--) {
            String filter = replace.filters().get(f);
            String name = filter.contains(" ") ? filter.substring(0, filter.indexOf(' ')) : filter;
            switch (name) {
                case "cloze" -> text = clozeShown ? Cloze.render(text, cloze, side) : "";
                case "cloze-only" -> text = clozeShown && side == Side.BACK ? String.join(", ", Cloze.deletions(text, cloze)) : "";
                // The type-in box: nothing on the front; on the back Anki compares, we show the expected answer.
                case "type" -> {
                    if (side == Side.FRONT) return "";
                    if (f > 0 && replace.filters().get(f - 1).equals("cloze")) {
                        text = String.join(", ", Cloze.deletions(text, cloze));
                        f--;
                    }
                }
                case "tts" -> {
                    return ""; // read aloud, not shown
                }
                case "kanji" -> text = Ruby.kanji(text);
                case "kana" -> text = Ruby.kana(text);
                case "furigana" -> text = Ruby.furigana(text);
                default -> {
                    // text, hint and unknown (add-on) filters: the field's text as it is
                }
            }
        }
        return text;
    }

    private static String value(String key, Map<String, String> fields, Map<String, String> special, String frontSide) {
        if (key.equals("FrontSide")) return frontSide;
        String value = fields.get(key);
        if (value != null) return value;
        value = special.get(key);
        return value != null ? value : "";
    }

    private static String field(Map<String, String> fields, String key) {
        String value = fields.get(key);
        return value == null ? "" : value;
    }

    /** Anki's "is this field empty" test: only whitespace, {@code &nbsp;}, {@code <br>} and {@code <div>} tags. */
    static boolean isEmpty(String fieldHtml) {
        int i = 0;
        while (i < fieldHtml.length()) {
            char c = fieldHtml.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
            } else if (fieldHtml.startsWith("&nbsp;", i)) {
                i += 6;
            } else if (c == '<') {
                Matcher tag = EMPTY_TAG.matcher(fieldHtml).region(i, Math.min(fieldHtml.length(), i + 10));
                if (!tag.lookingAt()) return false;
                i = tag.end();
            } else {
                return false;
            }
        }
        return true;
    }

    /** Cloze deletions {@code {{c1::text}}} and {@code {{c1::text::hint}}}, which may nest. */
    static final class Cloze {

        private sealed interface Node permits Plain, Deletion {
        }

        private record Plain(String text) implements Node {
        }

        private record Deletion(int number, List<Node> content, String hint) implements Node {
        }

        private Cloze() {
        }

        /** The text with deletion {@code number} hidden ({@code [...]} or {@code [hint]}) on the front, shown on the back. */
        static String render(String text, int number, Side side) {
            StringBuilder out = new StringBuilder();
            render(parse(text), number, side, out);
            return out.toString();
        }

        /** The contents of every deletion with this number, other deletions in them shown as text. */
        static List<String> deletions(String text, int number) {
            List<String> found = new ArrayList<>();
            collect(parse(text), number, found);
            return found;
        }

        private static void collect(List<Node> nodes, int number, List<String> found) {
            for (Node node : nodes) {
                if (node instanceof Deletion deletion) {
                    if (deletion.number() == number) {
                        StringBuilder text = new StringBuilder();
                        render(deletion.content(), -1, Side.BACK, text);
                        found.add(text.toString());
                    } else {
                        collect(deletion.content(), number, found);
                    }
                }
            }
        }

        private static void render(List<Node> nodes, int number, Side side, StringBuilder out) {
            for (Node node : nodes) {
                if (node instanceof Plain plain) {
                    out.append(plain.text());
                } else if (node instanceof Deletion deletion) {
                    if (deletion.number() == number && side == Side.FRONT) {
                        out.append('[').append(deletion.hint() == null ? "..." : deletion.hint()).append(']');
                    } else {
                        render(deletion.content(), number, side, out);
                    }
                }
            }
        }

        /** One pass with a stack of open deletions; an unclosed one is kept as the text it was. */
        private static List<Node> parse(String text) {
            List<List<Node>> stack = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            List<String> openings = new ArrayList<>();
            List<Node> current = new ArrayList<>();
            Matcher open = CLOZE_OPEN.matcher(text);
            int i = 0;
            // Both searches are remembered until passed, so the whole parse is one scan of the text.
            int foundOpen = -2;
            int foundClose = -2;
            while (i < text.length()) {
                if (foundOpen != -1 && foundOpen < i) foundOpen = open.find(i) ? open.start() : -1;
                if (foundClose != -1 && foundClose < i) foundClose = text.indexOf("}}", i);
                int nextOpen = foundOpen;
                int nextClose = stack.isEmpty() ? -1 : foundClose;
                if (nextOpen < 0 && nextClose < 0) {
                    current.add(new Plain(text.substring(i)));
                    break;
                }
                if (nextOpen >= 0 && (nextClose < 0 || nextOpen < nextClose) && stack.size() < MAX_DEPTH) {
                    if (nextOpen > i) current.add(new Plain(text.substring(i, nextOpen)));
                    stack.add(current);
                    numbers.add(Math.max(1, Integer.parseInt(open.group(1))));
                    openings.add(open.group());
                    current = new ArrayList<>();
                    i = open.end();
                } else if (nextClose >= 0) {
                    if (nextClose > i) current.add(new Plain(text.substring(i, nextClose)));
                    String hint = null;
                    if (!current.isEmpty() && current.get(current.size() - 1) instanceof Plain last) {
                        int separator = last.text().indexOf("::");
                        if (separator >= 0) {
                            hint = last.text().substring(separator + 2);
                            current.set(current.size() - 1, new Plain(last.text().substring(0, separator)));
                        }
                    }
                    Deletion deletion = new Deletion(numbers.remove(numbers.size() - 1), current, hint);
                    openings.remove(openings.size() - 1);
                    current = stack.remove(stack.size() - 1);
                    current.add(deletion);
                    i = nextClose + 2;
                } else { // nesting too deep: the rest is text
                    current.add(new Plain(text.substring(i)));
                    break;
                }
            }
            while (!stack.isEmpty()) { // never closed: the opening and its content stay text
                List<Node> content = current;
                current = stack.remove(stack.size() - 1);
                current.add(new Plain(openings.remove(openings.size() - 1)));
                current.addAll(content);
            }
            return current;
        }
    }

    /** Anki's Japanese reading syntax {@code 漢字[かんじ]}. */
    static final class Ruby {
        private static final Pattern READING = Pattern.compile(" ?([^ >\\[]{1,200})\\[([^\\]]{0,200})\\]");

        private Ruby() {
        }

        static String kanji(String text) {
            return READING.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }

        static String kana(String text) {
            return READING.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        }

        static String furigana(String text) {
            return READING.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "(" + m.group(2) + ")"));
        }
    }
}

package dev.latent.exam;

import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ScoreResult;
import dev.latent.store.CardKey;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The end of a practice exam: every question with the answer given, its score and grade, the concepts it missed
 * and the model answer, and the total. Built once as a Markdown document (commonmark's node tree), written out as
 * Markdown or rendered into a standalone, printable HTML page; commonmark escapes all deck and answer text in both,
 * so nothing a learner types or a deck says can become markup or script.
 *
 * @param title what was asked, for people ("Deck: Autoencoders and GANs")
 * @param selection what was asked, for the store ("deck:autoencoders-gans")
 * @param timeLimit the time allowed, or null when untimed
 * @param timedOut the time ran out and the answers were submitted as they stood
 */
public record ExamReport(String title, String selection, Instant startedAt, Instant finishedAt, Duration timeLimit,
                         boolean timedOut, List<Item> items) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    public ExamReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(selection, "selection");
        items = List.copyOf(items);
    }

    /**
     * One question of the exam.
     *
     * @param position 0-based
     * @param score the grade, or empty for a question without a rubric
     * @param modelAnswer the model answer as plain text
     * @param checkedDuringExam the learner turned feedback on for this question during the exam
     */
    public record Item(int position, String deckTitle, CardKey card, String prompt, String answer,
                       Optional<ScoreResult> score, String modelAnswer, boolean checkedDuringExam) {

        public Item {
            answer = answer == null ? "" : answer;
        }

        /** Labels of the rubric concepts the answer missed or negated, in rubric order. */
        public List<String> conceptsMissed() {
            return score.map(s -> s.concepts().stream().filter(ConceptResult::isMissing)
                    .map(ConceptResult::label).toList()).orElse(List.of());
        }

        public boolean answered() {
            return !answer.isBlank();
        }
    }

    /** The mean score of the graded questions (unanswered ones count as 0), or empty when none had a rubric. */
    public OptionalDouble totalScore() {
        return items.stream().flatMap(i -> i.score().stream()).mapToInt(ScoreResult::score).average();
    }

    public int gradedCount() {
        return (int) items.stream().filter(i -> i.score().isPresent()).count();
    }

    public int answeredCount() {
        return (int) items.stream().filter(Item::answered).count();
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }

    /** "72 / 100", or "not graded". */
    public String totalText() {
        OptionalDouble total = totalScore();
        return total.isPresent() ? String.format(Locale.ROOT, "%.0f / 100", total.getAsDouble()) : "not graded";
    }

    /** One line on when and how long: "2 Mar 2026, 09:00 · 12 min of 15 min · time ran out". */
    public String timingText(ZoneId zone) {
        StringBuilder text = new StringBuilder(WHEN.format(startedAt.atZone(zone)));
        text.append(" \u00b7 ").append(minutes(duration()));
        if (timeLimit != null) text.append(" of ").append(minutes(timeLimit));
        if (timedOut) text.append(" \u00b7 time ran out; answers submitted as they stood");
        return text.toString();
    }

    static String minutes(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) return seconds + " s";
        long min = seconds / 60;
        long sec = seconds % 60;
        return sec == 0 ? min + " min" : min + " min " + sec + " s";
    }

    // ---------------------------------------------------------------- one document, two forms

    /**
     * The report as Markdown: the document {@link #toHtml} renders too, written out by commonmark, which escapes
     * whatever in deck or answer text Markdown would read as markup.
     */
    public String toMarkdown(ZoneId zone) {
        return MARKDOWN.render(document(zone).root());
    }

    /**
     * A standalone page: inline styles with a print stylesheet, no scripts, nothing loaded from elsewhere. The body
     * is the Markdown document rendered by commonmark (text escaped by the library); each question is a section.
     */
    public String toHtml(ZoneId zone) {
        Built built = document(zone);
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    String cssClass = built.classes().get(node);
                    if (cssClass != null) attributes.put("class", cssClass);
                }).build();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        h.append("<title>").append(renderer.render(text(heading()))).append("</title>\n<style>\n").append(STYLE).append("</style>\n");
        h.append("</head>\n<body>\n<header>\n");
        boolean inSection = false;
        for (Node block = built.root().getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof TableBlock) h.append("</header>\n");
            if (block instanceof Heading heading && heading.getLevel() == 2) {
                if (inSection) h.append("</section>\n");
                h.append("<section class=\"question\">\n");
                inSection = true;
            }
            h.append(renderer.render(block));
        }
        if (inSection) h.append("</section>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().extensions(EXTENSIONS).build();

    /** The report's document, and the CSS class of the nodes the page styles (Markdown has no classes). */
    private record Built(Document root, Map<Node, String> classes) {
    }

    private String heading() {
        return "Practice exam: " + oneLine(title);
    }

    private Built document(ZoneId zone) {
        Document doc = new Document();
        Map<Node, String> classes = new IdentityHashMap<>();
        doc.appendChild(heading(1, text(heading())));
        doc.appendChild(classed(classes, "meta", paragraph(text(timingText(zone)))));
        doc.appendChild(classed(classes, "total", paragraph(strong("Total: " + totalText()),
                text(" (" + answeredCount() + " of " + items.size() + " answered, " + gradedCount() + " graded)"))));

        TableBlock table = classed(classes, "overview", new TableBlock());
        TableHead head = new TableHead();
        head.appendChild(row(true, "#", "Question", "Score", "Grade"));
        table.appendChild(head);
        TableBody body = new TableBody();
        for (Item item : items) {
            body.appendChild(row(false, String.valueOf(item.position() + 1), oneLine(item.prompt()),
                    item.score().map(s -> s.score() + " / 100").orElse("not graded"),
                    item.score().map(s -> s.grade() + " of 4").orElse("\u2013")));
        }
        table.appendChild(body);
        doc.appendChild(table);

        for (Item item : items) {
            doc.appendChild(heading(2, text((item.position() + 1) + ". " + oneLine(item.prompt()))));
            Paragraph deck = classed(classes, "meta", paragraph(emphasis(oneLine(item.deckTitle()))));
            if (item.checkedDuringExam()) deck.appendChild(text(" \u00b7 feedback shown during the exam"));
            doc.appendChild(deck);
            doc.appendChild(classed(classes, "score", item.score()
                    .map(s -> paragraph(strong("Score:"), text(" " + s.score() + " / 100, grade " + s.grade() + " of 4")))
                    .orElseGet(() -> paragraph(strong("Score:"), text(" not graded (no rubric)")))));
            doc.appendChild(heading(3, text("Your answer")));
            doc.appendChild(lines(item.answered() ? item.answer() : "(no answer)"));
            List<String> missed = item.conceptsMissed();
            if (!missed.isEmpty()) {
                doc.appendChild(heading(3, text("Concepts missed")));
                BulletList list = classed(classes, "missed", new BulletList());
                for (String concept : missed) {
                    ListItem entry = new ListItem();
                    entry.appendChild(paragraph(text(oneLine(concept))));
                    list.appendChild(entry);
                }
                doc.appendChild(list);
            }
            doc.appendChild(heading(3, text("Model answer")));
            doc.appendChild(classed(classes, "model", lines(item.modelAnswer())));
        }
        return new Built(doc, classes);
    }

    private static <N extends Node> N classed(Map<Node, String> classes, String cssClass, N node) {
        classes.put(node, cssClass);
        return node;
    }

    private static Heading heading(int level, Node... content) {
        Heading heading = new Heading();
        heading.setLevel(level);
        for (Node node : content) heading.appendChild(node);
        return heading;
    }

    private static Paragraph paragraph(Node... content) {
        Paragraph paragraph = new Paragraph();
        for (Node node : content) paragraph.appendChild(node);
        return paragraph;
    }

    private static Text text(String literal) {
        return new Text(literal);
    }

    private static StrongEmphasis strong(String literal) {
        StrongEmphasis strong = new StrongEmphasis("**");
        strong.appendChild(text(literal));
        return strong;
    }

    private static Emphasis emphasis(String literal) {
        Emphasis emphasis = new Emphasis("*");
        emphasis.appendChild(text(literal));
        return emphasis;
    }

    private static TableRow row(boolean header, String... cells) {
        TableRow row = new TableRow();
        for (String cell : cells) {
            TableCell tableCell = new TableCell();
            tableCell.setHeader(header);
            tableCell.appendChild(text(cell));
            row.appendChild(tableCell);
        }
        return row;
    }

    /** Typed text as a quote, each line a paragraph of its own, so the answer's lines stay lines. */
    private static BlockQuote lines(String text) {
        BlockQuote quote = new BlockQuote();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            if (!line.isBlank()) quote.appendChild(paragraph(text(line.strip())));
        }
        return quote;
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", "\n").replace('\n', ' ');
    }

    private static final String STYLE = """
            body { font: 15px/1.5 system-ui, sans-serif; color: #1f2328; max-width: 52em; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { font-size: 1.15em; margin: 0 0 0.2em; }
            h3 { font-size: 0.95em; margin: 1em 0 0.3em; color: #57606a; }
            .meta { color: #57606a; font-size: 0.9em; margin: 0.2em 0; }
            .meta em { font-style: normal; }
            .total { font-size: 1.2em; }
            table.overview { border-collapse: collapse; width: 100%; margin: 1em 0 2em; }
            table.overview th, table.overview td { border-bottom: 1px solid #d0d7de; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
            section.question { border: 1px solid #d0d7de; border-radius: 8px; padding: 1em 1.2em; margin: 1.2em 0; }
            blockquote { margin: 0; padding: 0.2em 0.9em; border-left: 3px solid #d0d7de; white-space: pre-wrap; }
            blockquote.model { border-left: none; padding: 0; }
            blockquote p { margin: 0.3em 0; }
            ul.missed li { color: #cf222e; }
            @media print {
              body { margin: 0; max-width: none; font-size: 11pt; color: #000; }
              section.question { break-inside: avoid; page-break-inside: avoid; border-color: #999; }
              table.overview { page-break-after: always; }
              ul.missed li { color: #000; }
              a { color: #000; text-decoration: none; }
            }
            """;
}

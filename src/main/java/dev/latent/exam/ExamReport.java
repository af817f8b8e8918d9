package dev.latent.exam;

import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.ScoreResult;
import dev.latent.store.CardKey;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The end of a practice exam: every question with the answer given, its score and grade, the concepts it missed
 * and the model answer, and the total. Renders to Markdown and to a standalone, printable HTML page; all deck and
 * answer text is escaped in both, so nothing a learner types or a deck says can become markup or script.
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

    // ---------------------------------------------------------------- Markdown

    public String toMarkdown(ZoneId zone) {
        StringBuilder md = new StringBuilder();
        md.append("# Practice exam: ").append(mdInline(title)).append("\n\n");
        md.append(mdInline(timingText(zone))).append("\n\n");
        md.append("**Total: ").append(totalText()).append("**");
        md.append(" (").append(answeredCount()).append(" of ").append(items.size()).append(" answered, ")
                .append(gradedCount()).append(" graded)\n\n");
        md.append("| # | Question | Score | Grade |\n|---|---|---|---|\n");
        for (Item item : items) {
            md.append("| ").append(item.position() + 1).append(" | ").append(mdCell(item.prompt())).append(" | ")
                    .append(item.score().map(s -> s.score() + " / 100").orElse("not graded")).append(" | ")
                    .append(item.score().map(s -> s.grade() + " of 4").orElse("\u2013")).append(" |\n");
        }
        for (Item item : items) {
            md.append("\n## ").append(item.position() + 1).append(". ").append(mdInline(item.prompt())).append("\n\n");
            md.append("*").append(mdInline(item.deckTitle())).append("*");
            if (item.checkedDuringExam()) md.append(" \u00b7 feedback shown during the exam");
            md.append("\n\n");
            item.score().ifPresentOrElse(
                    s -> md.append("**Score:** ").append(s.score()).append(" / 100, grade ").append(s.grade()).append(" of 4\n\n"),
                    () -> md.append("**Score:** not graded (no rubric)\n\n"));
            md.append("**Your answer**\n\n").append(mdQuote(item.answered() ? item.answer() : "(no answer)")).append("\n\n");
            List<String> missed = item.conceptsMissed();
            if (!missed.isEmpty()) {
                md.append("**Concepts missed**\n\n");
                for (String concept : missed) md.append("- ").append(mdInline(concept)).append('\n');
                md.append('\n');
            }
            md.append("**Model answer**\n\n").append(mdQuote(item.modelAnswer())).append('\n');
        }
        return md.toString();
    }

    /**
     * Markdown passes HTML through, so &lt; &gt; &amp; become entities; Markdown's own punctuation is
     * backslash-escaped so deck text shows as written.
     */
    static String mdInline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char ch : text.replace("\r\n", "\n").replace('\n', ' ').toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!' -> out.append('\\').append(ch);
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static String mdCell(String text) {
        return mdInline(text);
    }

    private static String mdQuote(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (!out.isEmpty()) out.append("\n>\n");
            out.append("> ").append(mdInline(line));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- HTML

    /** A standalone page: inline styles with a print stylesheet, no scripts, nothing loaded from elsewhere. */
    public String toHtml(ZoneId zone) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        h.append("<title>Practice exam: ").append(html(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n");
        h.append("</head>\n<body>\n<header>\n<h1>Practice exam: ").append(html(title)).append("</h1>\n");
        h.append("<p class=\"meta\">").append(html(timingText(zone))).append("</p>\n");
        h.append("<p class=\"total\">Total: <strong>").append(html(totalText())).append("</strong> <span class=\"meta\">(")
                .append(answeredCount()).append(" of ").append(items.size()).append(" answered, ").append(gradedCount())
                .append(" graded)</span></p>\n</header>\n");
        h.append("<table class=\"overview\">\n<thead><tr><th>#</th><th>Question</th><th>Score</th><th>Grade</th></tr></thead>\n<tbody>\n");
        for (Item item : items) {
            h.append("<tr><td>").append(item.position() + 1).append("</td><td>").append(html(item.prompt())).append("</td><td>")
                    .append(item.score().map(s -> s.score() + " / 100").orElse("not graded")).append("</td><td>")
                    .append(item.score().map(s -> s.grade() + " of 4").orElse("&ndash;")).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        for (Item item : items) {
            h.append("<section class=\"question\">\n<h2>").append(item.position() + 1).append(". ").append(html(item.prompt()))
                    .append("</h2>\n<p class=\"meta\">").append(html(item.deckTitle()));
            if (item.checkedDuringExam()) h.append(" &middot; feedback shown during the exam");
            h.append("</p>\n");
            h.append("<p class=\"score\">").append(item.score()
                    .map(s -> "Score <strong>" + s.score() + " / 100</strong>, grade " + s.grade() + " of 4")
                    .orElse("Not graded (no rubric)")).append("</p>\n");
            h.append("<h3>Your answer</h3>\n<blockquote>").append(paragraphs(item.answered() ? item.answer() : "(no answer)"))
                    .append("</blockquote>\n");
            List<String> missed = item.conceptsMissed();
            if (!missed.isEmpty()) {
                h.append("<h3>Concepts missed</h3>\n<ul class=\"missed\">\n");
                for (String concept : missed) h.append("<li>").append(html(concept)).append("</li>\n");
                h.append("</ul>\n");
            }
            h.append("<h3>Model answer</h3>\n<div class=\"model\">").append(paragraphs(item.modelAnswer())).append("</div>\n");
            h.append("</section>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static final String STYLE = """
            body { font: 15px/1.5 system-ui, sans-serif; color: #1f2328; max-width: 52em; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { font-size: 1.15em; margin: 0 0 0.2em; }
            h3 { font-size: 0.95em; margin: 1em 0 0.3em; color: #57606a; }
            .meta { color: #57606a; font-size: 0.9em; margin: 0.2em 0; }
            .total { font-size: 1.2em; }
            table.overview { border-collapse: collapse; width: 100%; margin: 1em 0 2em; }
            table.overview th, table.overview td { border-bottom: 1px solid #d0d7de; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
            section.question { border: 1px solid #d0d7de; border-radius: 8px; padding: 1em 1.2em; margin: 1.2em 0; }
            blockquote { margin: 0; padding: 0.2em 0.9em; border-left: 3px solid #d0d7de; white-space: pre-wrap; }
            blockquote p, .model p { margin: 0.3em 0; }
            ul.missed li { color: #cf222e; }
            @media print {
              body { margin: 0; max-width: none; font-size: 11pt; color: #000; }
              section.question { break-inside: avoid; page-break-inside: avoid; border-color: #999; }
              table.overview { page-break-after: always; }
              ul.missed li { color: #000; }
              a { color: #000; text-decoration: none; }
            }
            """;

    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            out.append("<p>").append(html(line)).append("</p>");
        }
        return out.toString();
    }

    /** Text as HTML that shows exactly that text (jsoup's escaping, the one the importer's HTML handling uses). */
    public static String html(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }
}

package dev.latent.exam;

import dev.latent.store.CardKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExamReportTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)>";

    @TempDir
    Path dir;

    private static ExamReport hostileReport() {
        ExamReport.Item item = new ExamReport.Item(0, "Deck " + HOSTILE, new CardKey("d", "q"), "Prompt " + HOSTILE,
                "Answer " + HOSTILE + "\nsecond line", Optional.empty(), "Model " + HOSTILE, false);
        return new ExamReport("Tag: " + HOSTILE, "tag:x", Instant.parse("2026-03-02T09:00:00Z"),
                Instant.parse("2026-03-02T09:12:00Z"), Duration.ofMinutes(15), false, List.of(item));
    }

    @Test
    void htmlEscapesAllDeckAndAnswerTextAndHasNoScript() {
        String html = hostileReport().toHtml(ZoneOffset.UTC);
        assertFalse(html.toLowerCase().contains("<script"), "no script element, not even from the answer");
        assertFalse(html.contains("<img"), "no markup from deck or answer text");
        assertFalse(html.contains("onerror=alert(1)>"), html);
        assertTrue(html.contains("Answer &lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;quoted&quot;"), html);
        assertTrue(html.contains("Prompt &lt;script&gt;"));
        assertTrue(html.contains("Deck &lt;script&gt;"));
        assertTrue(html.contains("Model &lt;script&gt;"));
        assertTrue(html.contains("<title>Practice exam: Tag: &lt;script&gt;"));
        assertTrue(html.contains("@media print"), "a print stylesheet");
        assertTrue(html.contains("Content-Security-Policy"), "and nothing may load or run even if opened in a browser");
        assertTrue(html.contains("<p>second line</p>"), "answer lines stay lines");
        assertTrue(html.contains("not graded"));
    }

    @Test
    void markdownEscapesHtmlAndMarkdownPunctuation() {
        String md = hostileReport().toMarkdown(ZoneOffset.UTC);
        String rendered = markdownToHtml(md);
        assertFalse(rendered.contains("<script"), "a Markdown viewer shows the text, it does not run it: " + rendered);
        assertFalse(rendered.contains("<img"), rendered);
        assertTrue(rendered.contains("Answer &lt;script&gt;"), rendered);
        assertTrue(md.startsWith("# Practice exam: Tag: \\<script\\>"), md);
        assertTrue(md.contains("**Total: not graded**"));
        assertTrue(md.contains("> Answer \\<script\\>"), "the answer is quoted");
        assertTrue(md.contains("> second line"));
    }

    @Test
    void markdownPunctuationInAnswersShowsAsWritten() {
        String tricky = "a *b* _c_ [d](http://e) `f` \\ g | h <i> &amp; ![j](k) ~~l~~";
        ExamReport.Item item = new ExamReport.Item(0, "Deck " + tricky, new CardKey("d", "q"), "Prompt " + tricky,
                String.join("\n", tricky, "# not a heading", "1. not a list", "- not a list", "> not a quote", "---", "***"),
                Optional.empty(), "Model " + tricky, false);
        ExamReport report = new ExamReport("Tag " + tricky, "tag:x", Instant.parse("2026-03-02T09:00:00Z"),
                Instant.parse("2026-03-02T09:12:00Z"), null, false, List.of(item));
        String html = report.toHtml(ZoneOffset.UTC);
        String escaped = "a *b* _c_ [d](http://e) `f` \\ g | h &lt;i&gt; &amp;amp; ![j](k) ~~l~~";
        assertTrue(html.contains("<p>" + escaped + "</p>"), "the answer's own words, no emphasis, link or image: " + html);
        for (String line : List.of("# not a heading", "1. not a list", "- not a list", "&gt; not a quote", "---", "***")) {
            assertTrue(html.contains("<p>" + line + "</p>"), line + " stays a line of text: " + html);
        }
        assertTrue(html.contains("<td>Prompt " + escaped + "</td>"), "a | does not split the table's cell");
        assertFalse(html.contains("<a ") || html.contains("<img") || html.contains("<em>b") || html.contains("<code>"), html);

        // The Markdown file is the same document: read back by a Markdown reader it gives the page's body, classes aside.
        String body = html.substring(html.indexOf("<body>\n") + 7, html.indexOf("</body>"))
                .replaceAll("(?m)^</?(header|section)[^>]*>\n", "").replaceAll(" class=\"[^\"]*\"", "");
        assertEquals(body, markdownToHtml(report.toMarkdown(ZoneOffset.UTC)));
    }

    private static String markdownToHtml(String markdown) {
        List<org.commonmark.Extension> tables = List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
        return org.commonmark.renderer.html.HtmlRenderer.builder().extensions(tables).build()
                .render(org.commonmark.parser.Parser.builder().extensions(tables).build().parse(markdown));
    }

    @Test
    void savesHtmlOrMarkdownByExtensionAtomically() throws Exception {
        ExamReport report = hostileReport();
        Path html = ExamReportFiles.defaultFile(dir, report.finishedAt(), ZoneId.of("Europe/Paris"));
        assertEquals(dir.resolve("exams").resolve("exam-20260302-1012.html"), html, "local time in the name");
        Path saved = ExamReportFiles.save(report, html, ZoneOffset.UTC);
        assertEquals(report.toHtml(ZoneOffset.UTC), Files.readString(saved));
        Path md = dir.resolve("exams").resolve("mine.md");
        ExamReportFiles.save(report, md, ZoneOffset.UTC);
        assertEquals(report.toMarkdown(ZoneOffset.UTC), Files.readString(md));
        Files.writeString(md, "old content that is much longer than nothing at all ".repeat(200));
        ExamReportFiles.save(report, md, ZoneOffset.UTC);
        assertEquals(report.toMarkdown(ZoneOffset.UTC), Files.readString(md), "replaces an existing file whole");
        try (Stream<Path> files = Files.list(dir.resolve("exams"))) {
            assertEquals(List.of("exam-20260302-1012.html", "mine.md"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left");
        }
    }

    @Test
    void reportsFinishedInTheSameMinuteEachKeepTheirOwnFile() throws Exception {
        ExamReport first = hostileReport();
        ExamReport second = new ExamReport("Second", "tag:y", first.startedAt(), first.finishedAt().plusSeconds(20),
                Duration.ofMinutes(15), false, first.items());
        Path a = ExamReportFiles.saveNew(first, dir, ZoneOffset.UTC);
        Path b = ExamReportFiles.saveNew(second, dir, ZoneOffset.UTC);
        assertEquals(dir.resolve("exams").resolve("exam-20260302-0912.html").toAbsolutePath(), a);
        assertEquals(dir.resolve("exams").resolve("exam-20260302-0912-2.html").toAbsolutePath(), b);
        assertTrue(Files.readString(a).contains("Practice exam: Tag: "), "the first report was not overwritten");
        assertTrue(Files.readString(b).contains("Practice exam: Second"));
    }

    @Test
    void reportsSavedAtOnceFromManyThreadsNeverShareAFile() throws Exception {
        ExamReport report = hostileReport();
        int writers = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Path>> saved = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                saved.add(pool.submit(() -> {
                    start.await();
                    return ExamReportFiles.saveNew(report, dir, ZoneOffset.UTC);
                }));
            }
            start.countDown();
            java.util.Set<Path> files = new java.util.HashSet<>();
            for (var f : saved) files.add(f.get());
            assertEquals(writers, files.size(), "every save got a file of its own: " + files);
            try (Stream<Path> inFolder = Files.list(dir.resolve("exams"))) {
                assertEquals(writers, inFolder.count());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

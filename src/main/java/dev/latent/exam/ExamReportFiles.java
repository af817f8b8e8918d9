package dev.latent.exam;

import dev.latent.platform.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Saving exam reports: Markdown for a {@code .md} file, HTML otherwise; written whole or not at all. */
public final class ExamReportFiles {

    public static final String FOLDER = "exams";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);

    private ExamReportFiles() {
    }

    /** {@code <dataDir>/exams/exam-YYYYMMDD-HHMM.html}, in local time. */
    public static Path defaultFile(Path dataDir, Instant finishedAt, ZoneId zone) {
        return dataDir.resolve(FOLDER).resolve("exam-" + STAMP.format(finishedAt.atZone(zone)) + ".html");
    }

    /**
     * Saves the report as HTML under a name no other file in {@code <dataDir>/exams} has:
     * {@code exam-YYYYMMDD-HHMM.html}, else {@code exam-YYYYMMDD-HHMM-2.html} and so on. The name is claimed by
     * creating the file (which fails if another report, even from another process, took it first), then filled
     * atomically.
     */
    public static Path saveNew(ExamReport report, Path dataDir, ZoneId zone) throws IOException {
        Path first = defaultFile(dataDir, report.finishedAt(), zone).toAbsolutePath();
        Files.createDirectories(first.getParent());
        String base = first.getFileName().toString().replaceFirst("\\.html$", "");
        for (int n = 1; ; n++) {
            Path candidate = n == 1 ? first : first.resolveSibling(base + "-" + n + ".html");
            try {
                Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            try {
                return save(report, candidate, zone);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(candidate);
                throw e;
            }
        }
    }

    public static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /**
     * Writes the report to {@code file} through a temporary file in the same folder and an atomic rename, so a
     * crash never leaves half a report under the chosen name. Creates the folder if needed.
     */
    public static Path save(ExamReport report, Path file, ZoneId zone) throws IOException {
        Path target = file.toAbsolutePath();
        String content = isMarkdown(target) ? report.toMarkdown(zone) : report.toHtml(zone);
        AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8));
        return target;
    }
}

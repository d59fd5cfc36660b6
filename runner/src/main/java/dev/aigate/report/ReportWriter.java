package dev.aigate.report;

import dev.aigate.config.ConfigException;
import dev.aigate.history.Trend;
import dev.aigate.report.html.HtmlReport;
import dev.aigate.secrets.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Writes a {@link Report} to an output directory as result.json, summary.md, junit.xml and report.html. Every
 * file passes through the {@link Redactor} and is replaced atomically, so a reader never sees half a file.
 */
public final class ReportWriter {

    public static final List<String> FILES = List.of("result.json", "summary.md", "junit.xml", "report.html");

    private final Redactor redactor;

    public ReportWriter(Redactor redactor) {
        this.redactor = redactor;
    }

    public void write(Report report, Path directory) {
        write(report, null, directory);
    }

    /** @param trend the trend across builds that summary.md and report.html chart, or null without a history */
    public void write(Report report, Trend trend, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new ConfigException("--out " + directory + ": cannot create the directory (" + e.getMessage() + ")");
        }
        writeFile(directory.resolve("result.json"), ResultJson.render(report));
        writeFile(directory.resolve("summary.md"), SummaryMarkdown.render(report, trend));
        writeFile(directory.resolve("junit.xml"), JunitXml.render(report));
        writeFile(directory.resolve("report.html"), HtmlReport.render(report, trend));
    }

    private void writeFile(Path file, String content) {
        try {
            Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            Files.writeString(temporary, redactor.redact(content), StandardCharsets.UTF_8);
            shareable(temporary);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Temporary files are created private (0600); reports are for everyone who reads the build (a CI step that
     * uploads them may run as another user than the container that wrote them), and hold nothing secret.
     */
    private static void shareable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and other non-POSIX file systems keep their default permissions.
        }
    }
}

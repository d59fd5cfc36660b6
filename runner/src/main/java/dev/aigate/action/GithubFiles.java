package dev.aigate.action;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;

/**
 * The files GitHub hands a step: {@code $GITHUB_OUTPUT} for outputs and {@code $GITHUB_STEP_SUMMARY} for the job
 * summary. Both are appended to, as other steps' writes may already be there. A variable that is not set (a run
 * outside GitHub) means that part is skipped.
 */
final class GithubFiles {

    private final Path output;
    private final Path stepSummary;

    GithubFiles(Path output, Path stepSummary) {
        this.output = output;
        this.stepSummary = stepSummary;
    }

    static GithubFiles from(Map<String, String> environment) {
        return new GithubFiles(path(environment.get("GITHUB_OUTPUT")), path(environment.get("GITHUB_STEP_SUMMARY")));
    }

    /**
     * Appends outputs, one {@code name=value} line each; a value spanning lines uses GitHub's
     * {@code name<<DELIMITER} form with a delimiter that cannot occur in it.
     */
    void writeOutputs(Map<String, String> outputs) {
        if (output == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        outputs.forEach((name, value) -> {
            if (value.contains("\n") || value.contains("\r")) {
                String delimiter = "aigate_" + UUID.randomUUID();
                text.append(name).append("<<").append(delimiter).append('\n').append(value).append('\n')
                        .append(delimiter).append('\n');
            } else {
                text.append(name).append('=').append(value).append('\n');
            }
        });
        append(output, text.toString());
    }

    /** Appends Markdown to the job summary. */
    void appendSummary(String markdown) {
        if (stepSummary != null) {
            append(stepSummary, markdown.endsWith("\n") ? markdown : markdown + "\n");
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}

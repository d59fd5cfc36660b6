package dev.aigate.action;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.report.ResultJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a finished aigate command left in its output directory: result.json (parsed) and summary.md. The action
 * reads these files, as any pipeline would, rather than reaching into the engine.
 */
record ResultFile(JsonNode json, String summaryMarkdown) {

    static final String RESULT_JSON = "result.json";
    static final String SUMMARY_MD = "summary.md";

    /** Removes a result left by an earlier step, so a command that writes none is never judged by a stale one. */
    static void clear(Path outDir) {
        try {
            Files.deleteIfExists(outDir.resolve(RESULT_JSON));
            Files.deleteIfExists(outDir.resolve(SUMMARY_MD));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + outDir, e);
        }
    }

    /** The result in {@code outDir}, or empty when the command wrote none (bad input, a crash). */
    static Optional<ResultFile> read(Path outDir) {
        Path json = outDir.resolve(RESULT_JSON);
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        try {
            Path summary = outDir.resolve(SUMMARY_MD);
            String markdown = Files.isRegularFile(summary) ? Files.readString(summary, StandardCharsets.UTF_8) : "";
            return Optional.of(new ResultFile(ResultJson.MAPPER.readTree(json.toFile()), markdown));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json, e);
        }
    }

    String verdict() {
        return json.path("verdict").asText("");
    }
}

package dev.aigate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.secrets.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Streams one JSON object per request to a file (JSON Lines), so raw data is kept without holding it in memory.
 * A write error stops the log, not the benchmark: it is reported by {@link #close()}.
 */
public final class JsonlRequestLog implements RequestLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer writer;
    private IOException firstError;
    private boolean closed;

    JsonlRequestLog(Writer writer) {
        this.writer = writer;
    }

    /** Creates (or replaces) {@code file}. */
    public static JsonlRequestLog open(Path file) throws IOException {
        return new JsonlRequestLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    @Override
    public void append(PlannedRequest request, RequestMeasurement measurement) {
        String line = toLine(request, measurement);
        synchronized (this) {
            if (closed || firstError != null) {
                return;
            }
            try {
                writer.write(line);
                writer.write('\n');
            } catch (IOException e) {
                firstError = e;
            }
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.close();
        } catch (IOException e) {
            if (firstError == null) {
                firstError = e;
            }
        }
        if (firstError != null) {
            throw new UncheckedIOException("could not write the per-request log", firstError);
        }
    }

    private static String toLine(PlannedRequest request, RequestMeasurement measurement) {
        ObjectNode line = JSON.createObjectNode();
        line.put("index", request.index());
        line.put("warmup", request.warmup());
        line.put("cooldown", request.cooldown());
        line.put("waited_for_slot", request.waitedForSlot());
        line.put("ok", measurement.completed());
        putMillis(line, "client_queue_ms",
                measurement.queueNanos() < 0 ? OptionalLong.empty() : OptionalLong.of(measurement.queueNanos()));
        putMillis(line, "ttft_ms", measurement.ttftNanos());
        putMillis(line, "tpot_ms", measurement.tpotNanos());
        putMillis(line, "itl_max_ms", measurement.maxInterTokenGapNanos());
        putMillis(line, "e2el_ms", measurement.e2elNanos());
        line.put("input_tokens", measurement.inputTokens());
        if (measurement.completed()) {
            line.put("output_tokens", measurement.outputTokens());
            line.put("output_tokens_source", measurement.outputTokensSource().label());
        }
        line.put("retries", measurement.retries());
        if (!measurement.completed()) {
            line.put("error", measurement.failure().kind().key());
            line.put("http_status", measurement.failure().httpStatus());
            // Failure messages are redacted at the source; redacting again costs little and guards the file.
            line.put("message", Redactor.global().redact(measurement.failure().message()));
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putMillis(ObjectNode line, String key, OptionalLong nanos) {
        if (nanos.isPresent()) {
            line.put(key, nanos.getAsLong() / 1e6);
        } else {
            line.putNull(key);
        }
    }
}

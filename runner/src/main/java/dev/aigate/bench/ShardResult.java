package dev.aigate.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.json.JsonErrors;
import dev.aigate.provider.ErrorKind;
import dev.aigate.result.ResultSections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One shard's result as {@code aigate merge} reads it back from its result.json: the spec it ran, its exact
 * tally (histograms and sums), and its wall-clock window. Accepts the result of {@code aigate bench} and that of
 * {@code aigate run} (its {@code stages.bench}).
 *
 * @param file   where it was read from, for messages
 * @param config the {@code config} object as written, to check that shards belong together
 */
record ShardResult(Path file, BenchSpec spec, ObjectNode config, BenchTally tally, BenchResult.Window window,
        int peakConcurrency, StopReason stoppedBy) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESULT_FILE = "result.json";

    /**
     * Reads {@code given}: a result.json, or the {@code --out} directory a shard wrote one to. A
     * {@link MergeException} names the file and what is wrong with it.
     */
    static ShardResult read(Path given) {
        Path file = resultFile(given);
        return of(file, readJson(file));
    }

    /** The shard result {@code root}, already read from {@code file}; a {@link MergeException} names the file. */
    static ShardResult of(Path file, JsonNode root) {
        JsonNode bench = ResultSections.section(root, "bench")
                .orElseThrow(() -> new MergeException(file + ": " + ResultSections.notFound(root, "bench")));
        if (bench.has("merged_shards")) {
            throw new MergeException(file + ": already a merged result; merge the shard results themselves");
        }
        if (!bench.path("histograms").isObject() || !bench.path("config").isObject()) {
            throw new MergeException(file + ": carries no histograms (written by an aigate version that cannot merge)");
        }
        ShardResult shard;
        try {
            shard = new ShardResult(file, BenchSpecJson.read(bench.get("config")), (ObjectNode) bench.get("config"),
                    tally(bench), window(bench.path("window")), bench.path("peak_concurrency").asInt(),
                    stoppedBy(bench.path("stopped_by").asText()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MergeException(file + ": malformed bench result: " + e.getMessage());
        }
        // Results count the requests that waited for a slot since 2026-11-23. A closed loop has none, so an older
        // closed-loop result merges with 0; an older open-loop result cannot say how many of its requests waited.
        if (shard.spec().openLoop() && !bench.path("requests").has("waited_for_slot")) {
            throw new MergeException(file + ": written before aigate counted the open-loop requests that waited for "
                    + "a slot (no requests.waited_for_slot); run this shard again");
        }
        return shard;
    }

    static Path resultFile(Path given) {
        if (Files.isDirectory(given)) {
            Path inside = given.resolve(RESULT_FILE);
            if (!Files.isRegularFile(inside)) {
                throw new MergeException(given + ": a directory without a " + RESULT_FILE + "; give each shard's "
                        + RESULT_FILE + " or the --out directory it was written to");
            }
            return inside;
        }
        if (!Files.isRegularFile(given)) {
            throw new MergeException(given + ": no such file");
        }
        return given;
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new MergeException(file + ": not a readable JSON result (" + JsonErrors.describe(e) + ")");
        } catch (IOException e) {
            throw new MergeException(file + ": not a readable JSON result (" + e.getMessage() + ")");
        }
    }

    private static BenchTally tally(JsonNode bench) {
        JsonNode requests = bench.path("requests");
        JsonNode tokens = bench.path("tokens");
        BenchTally.Counts counts = new BenchTally.Counts(count(requests, "sent"), count(requests, "completed"),
                count(requests, "failed"), count(requests, "retries"), count(requests, "abandoned"),
                requests.has("waited_for_slot") ? count(requests, "waited_for_slot") : 0,
                bench.path("goodput").path("requests").asLong(0), count(tokens, "input"), count(tokens, "output"),
                count(tokens, "counted_by_usage"), count(tokens, "counted_by_tokenizer"));
        Map<ErrorKind, Long> errors = new EnumMap<>(ErrorKind.class);
        Map<ErrorKind, String> examples = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) {
            errors.put(kind, count(bench.path("errors"), kind.key()));
            JsonNode example = bench.path("error_examples").get(kind.key());
            if (example != null && example.isTextual()) {
                examples.put(kind, example.asText());
            }
        }
        Map<String, LatencyHistogram> histograms = new LinkedHashMap<>();
        for (String key : BenchTally.HISTOGRAM_KEYS) {
            JsonNode encoded = bench.path("histograms").get(key);
            JsonNode moments = bench.path("moments").get(key);
            if (encoded == null || !encoded.isTextual() || moments == null) {
                throw new IllegalArgumentException("histograms." + key + " or moments." + key + " is missing");
            }
            try {
                histograms.put(key, HistogramCodec.decode(encoded.asText(), moments));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("histograms." + key + ": " + e.getMessage());
            }
        }
        return BenchTally.restore(counts, errors, examples, histograms);
    }

    private static long count(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        if (value == null || !value.isIntegralNumber() || value.asLong() < 0) {
            throw new IllegalArgumentException("'" + field + "' must be a count");
        }
        return value.asLong();
    }

    private static BenchResult.Window window(JsonNode window) {
        JsonNode first = window.get("first_send_epoch_ms");
        JsonNode last = window.get("last_completion_epoch_ms");
        if (first == null || last == null || !first.isNumber() || !last.isNumber()) {
            return null;
        }
        return new BenchResult.Window(first.asDouble(), last.asDouble());
    }

    private static StopReason stoppedBy(String label) {
        for (StopReason reason : StopReason.values()) {
            if (reason.label().equals(label)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown stopped_by '" + label + "'");
    }
}

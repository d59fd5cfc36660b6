package dev.aigate.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.provider.ErrorKind;

/** Writes a {@link BenchResult} as JSON with the fixed keys of SPEC §4; absent values are JSON nulls. */
final class BenchResultJson {

    static final String SCHEMA = "aigate/bench/v1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BenchResultJson() {
    }

    static ObjectNode write(BenchResult result) {
        ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        root.set("config", BenchSpecJson.write(result.spec()));
        root.put("duration_s", result.durationSeconds());
        root.put("stopped_by", result.stoppedBy() == null ? null : result.stoppedBy().label());
        root.put("peak_concurrency", result.peakConcurrency());
        OutputTokensSource source = result.tokens().outputSource();
        root.put("output_tokens_source", source == null ? null : source.label());

        ObjectNode metrics = root.putObject("metrics");
        BenchResult.Latencies latencies = result.latencies();
        metrics.set("ttft_ms", summary(latencies.ttft()));
        metrics.set("tpot_ms", summary(latencies.tpot()));
        metrics.set("itl_ms", summary(latencies.itl()));
        metrics.set("e2el_ms", summary(latencies.e2el()));
        metrics.set("client_queue_ms", summary(latencies.clientQueue()));

        BenchResult.Throughput throughput = result.throughput();
        ObjectNode rates = root.putObject("throughput");
        rates.put("requests_per_s", throughput.requestsPerSecond());
        rates.put("output_tokens_per_s", throughput.outputTokensPerSecond());
        rates.put("total_tokens_per_s", throughput.totalTokensPerSecond());

        ObjectNode goodput = root.putObject("goodput");
        goodput.put("requests_per_s", result.goodputPerSecond());
        goodput.put("requests", result.goodRequests());
        goodput.set("slos_ms", root.get("config").get("slos_ms").deepCopy());

        BenchResult.Requests counts = result.requests();
        ObjectNode requests = root.putObject("requests");
        requests.put("sent", counts.sent());
        requests.put("completed", counts.completed());
        requests.put("failed", counts.failed());
        requests.put("retries", counts.retries());
        requests.put("abandoned", counts.abandoned());
        requests.put("waited_for_slot", counts.waitedForSlot());

        ObjectNode tokens = root.putObject("tokens");
        tokens.put("input", result.tokens().input());
        tokens.put("output", result.tokens().output());
        BenchTally.Counts tallied = result.tally().counts();
        tokens.put("counted_by_usage", tallied.countedByUsage());
        tokens.put("counted_by_tokenizer", tallied.countedByTokenizer());

        ObjectNode errors = root.putObject("errors");
        for (ErrorKind kind : ErrorKind.values()) {
            errors.put(kind.key(), result.errors().getOrDefault(kind, 0L));
        }
        ObjectNode examples = root.putObject("error_examples");
        result.errorExamples().forEach((kind, message) -> examples.put(kind.key(), message));

        // What `aigate merge` (and the canary, reading latencies) needs to combine results exactly.
        BenchResult.Window window = result.window();
        ObjectNode span = root.putObject("window");
        span.put("first_send_epoch_ms", window == null ? null : window.firstSendEpochMs());
        span.put("last_completion_epoch_ms", window == null ? null : window.lastCompletionEpochMs());
        ObjectNode histograms = root.putObject("histograms");
        ObjectNode moments = root.putObject("moments");
        result.tally().histograms().forEach((key, histogram) -> {
            histograms.put(key, HistogramCodec.encode(histogram));
            moments.set(key, HistogramCodec.moments(histogram));
        });
        if (result.mergedShards() > 0) {
            root.put("merged_shards", result.mergedShards());
        }
        return root;
    }

    private static ObjectNode summary(LatencyDistribution distribution) {
        LatencySummary summary = distribution.summary();
        ObjectNode node = NODES.objectNode();
        node.put("count", summary.count());
        node.put("mean", toNanosecond(summary.mean()));
        node.put("std", toNanosecond(summary.std()));
        node.put("min", toNanosecond(summary.min()));
        node.put("p50", toNanosecond(summary.p50()));
        node.put("p90", toNanosecond(summary.p90()));
        node.put("p95", toNanosecond(summary.p95()));
        node.put("p99", toNanosecond(summary.p99()));
        node.put("p99_9", toNanosecond(summary.p99_9()));
        node.put("max", toNanosecond(summary.max()));
        return node;
    }

    /** Milliseconds rounded to the nanosecond, the clock's resolution, so files carry no floating-point noise. */
    private static Double toNanosecond(Double millis) {
        return millis == null ? null : Math.round(millis * 1e6) / 1e6;
    }
}

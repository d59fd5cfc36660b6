package dev.aigate.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.provider.ErrorKind;
import java.time.Duration;
import java.util.Map;

/** Writes a {@link BenchResult} as JSON with the fixed keys of SPEC §4; absent values are JSON nulls. */
final class BenchResultJson {

    static final String SCHEMA = "aigate/bench/v1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BenchResultJson() {
    }

    static ObjectNode write(BenchResult result) {
        ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        root.set("config", config(result.spec()));
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
        ObjectNode slos = goodput.putObject("slos_ms");
        result.spec().slos().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(slo -> slos.put(slo.getKey(), slo.getValue()));

        BenchResult.Requests counts = result.requests();
        ObjectNode requests = root.putObject("requests");
        requests.put("sent", counts.sent());
        requests.put("completed", counts.completed());
        requests.put("failed", counts.failed());
        requests.put("retries", counts.retries());
        requests.put("abandoned", counts.abandoned());

        ObjectNode tokens = root.putObject("tokens");
        tokens.put("input", result.tokens().input());
        tokens.put("output", result.tokens().output());

        ObjectNode errors = root.putObject("errors");
        for (ErrorKind kind : ErrorKind.values()) {
            errors.put(kind.key(), result.errors().getOrDefault(kind, 0L));
        }
        ObjectNode examples = root.putObject("error_examples");
        result.errorExamples().forEach((kind, message) -> examples.put(kind.key(), message));
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

    private static ObjectNode config(BenchSpec spec) {
        ObjectNode config = NODES.objectNode();
        config.put("model", spec.model());
        config.put("concurrency", spec.concurrency());
        config.put("rate", spec.rate());
        config.put("requests", spec.requests());
        config.put("duration_s", seconds(spec.duration()));
        config.put("warmup_requests", spec.warmupRequests());
        config.put("warmup_s", seconds(spec.warmupDuration()));
        config.put("input_tokens", spec.inputTokens());
        config.put("output_tokens", spec.outputTokens());
        config.put("ignore_eos", spec.ignoreEos());
        config.put("stream", spec.stream());
        config.put("seed", spec.seed());
        return config;
    }

    private static Double seconds(Duration duration) {
        return duration == null ? null : duration.toNanos() / 1e9;
    }
}

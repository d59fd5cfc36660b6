package dev.aigate.run;

import dev.aigate.bench.BenchResult;
import dev.aigate.bench.LatencySummary;
import dev.aigate.provider.ErrorKind;
import dev.aigate.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of a benchmark as people read them: latency percentiles, throughput, request accounting. */
final class BenchTables {

    private BenchTables() {
    }

    static List<Table> of(BenchResult result) {
        return List.of(latency(result), throughput(result), requests(result));
    }

    private static Table latency(BenchResult result) {
        BenchResult.Latencies latencies = result.latencies();
        List<List<String>> rows = new ArrayList<>();
        rows.add(latencyRow("TTFT", latencies.ttft().summary()));
        rows.add(latencyRow("TPOT", latencies.tpot().summary()));
        rows.add(latencyRow("ITL", latencies.itl().summary()));
        rows.add(latencyRow("E2EL", latencies.e2el().summary()));
        rows.add(latencyRow("client queue", latencies.clientQueue().summary()));
        return new Table("Latency (ms)",
                List.of("metric", "count", "mean", "p50", "p90", "p95", "p99", "p99.9", "max"), rows);
    }

    private static List<String> latencyRow(String name, LatencySummary s) {
        return List.of(name, String.valueOf(s.count()), ms(s.mean()), ms(s.p50()), ms(s.p90()), ms(s.p95()),
                ms(s.p99()), ms(s.p99_9()), ms(s.max()));
    }

    private static Table throughput(BenchResult result) {
        BenchResult.Throughput rates = result.throughput();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("requests/s", rate(rates.requestsPerSecond())));
        rows.add(List.of("output tokens/s", rate(rates.outputTokensPerSecond())));
        rows.add(List.of("total tokens/s", rate(rates.totalTokensPerSecond())));
        if (result.goodRequests() != null) {
            rows.add(List.of("goodput requests/s (all SLOs met)", rate(result.goodputPerSecond())));
        }
        rows.add(List.of("measured duration", result.durationSeconds() == null ? "–"
                : String.format(Locale.ROOT, "%.2f s", result.durationSeconds())));
        rows.add(List.of("peak concurrency", String.valueOf(result.peakConcurrency())));
        return new Table("Throughput", List.of("measure", "value"), rows);
    }

    private static Table requests(BenchResult result) {
        BenchResult.Requests requests = result.requests();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("sent", String.valueOf(requests.sent())));
        rows.add(List.of("completed", String.valueOf(requests.completed())));
        rows.add(List.of("failed", String.valueOf(requests.failed())));
        rows.add(List.of("retries", String.valueOf(requests.retries())));
        if (result.spec().openLoop()) {
            // An open loop's schedule kept or not: requests due while every slot was busy went out late.
            rows.add(List.of("waited for a slot", String.valueOf(requests.waitedForSlot())));
        }
        for (Map.Entry<ErrorKind, Long> error : result.errors().entrySet()) {
            if (error.getValue() > 0) {
                rows.add(List.of("errors." + error.getKey().key(), String.valueOf(error.getValue())));
            }
        }
        if (requests.abandoned() > 0) {
            // Still in flight when an interrupted run stopped waiting: failed, but under no error kind.
            rows.add(List.of("abandoned", String.valueOf(requests.abandoned())));
        }
        return new Table("Requests", List.of("requests", "count"), rows);
    }

    private static String ms(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String rate(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }
}

package dev.aigate.bench;

import static dev.aigate.bench.StampedRun.median;
import static dev.aigate.bench.StampedRun.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.provider.ModelClients;
import dev.aigate.provider.ProviderConfig;
import dev.aigate.provider.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The client's own share of the error at 1, 64 and 512 streams, which a comparison with injected delays cannot
 * isolate on a small machine: there the server's lateness is in the error too. Against {@link StampingSseServer}
 * the truth is when each event was actually written, so what remains is the measuring chain (and the loopback).
 * The server is a fresh {@link StampingSseServer} per level in this JVM (thread per connection, a new connection
 * per request), or, with {@code -Daccuracy.url=BASE_URL}, a simulator in its own JVM started with
 * {@code aigate simulate --stamp-tokens --profile fixed ...} (keep-alive, event loops; same host, same clock).
 * A benchmark, not part of the build (surefire runs only {@code *Test} classes): {@code
 * benchmarks/accuracy/stamped.sh}, or {@code mvn -pl runner -am test -Dtest=StampedAccuracyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Daccuracy.streams=1,64,512 -Daccuracy.itl.ms=10}. Prints one table row
 * per level.
 */
class StampedAccuracyBenchmark {

    private static final int EVENTS = 16;
    private static final long TTFT_NANOS = 50_000_000;
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("accuracy.warmup.s", 10));

    @Test
    void reportsTheClientsShareOfTheErrorAtEachLevel() throws IOException {
        int[] levels = Arrays.stream(System.getProperty("accuracy.streams", "1,64,512").split(","))
                .mapToInt(level -> Integer.parseInt(level.trim())).toArray();
        long itlNanos = Math.round(Double.parseDouble(System.getProperty("accuracy.itl.ms", "10")) * 1e6);
        int perStream = Integer.getInteger("accuracy.requests.per.stream", 20);
        System.out.printf("%nstamped truth: TTFT %d ms, ITL %.1f ms, %d events; errors are measured − written%n",
                TTFT_NANOS / 1_000_000, itlNanos / 1e6, EVENTS);
        System.out.println("| streams | requests | TTFT p50 error | ITL p50 error | E2EL p50 error "
                + "| request trip in p50 / p99 | delivery p50 / p99 | server wake-up lateness p50 / p99 "
                + "| server's TTFT − injected p50 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        String simulator = System.getProperty("accuracy.url");
        for (int streams : levels) {
            int requests = Math.max(64, streams * perStream);
            if (simulator != null) {
                System.out.println(row(streams, requests, simulator));
            } else {
                try (StampingSseServer server = new StampingSseServer(TTFT_NANOS, itlNanos, EVENTS)) {
                    System.out.println(row(streams, requests, server.baseUrl()));
                }
            }
        }
    }

    private static String row(int streams, int requests, String baseUrl) {
        try (StampedRun.CapturingClient client = new StampedRun.CapturingClient(ModelClients.create(
                ProviderConfig.openAi(baseUrl, "fixed").withApiKeyEnv(null).withConcurrency(streams)
                        .withRetry(RetryPolicy.NONE), Map.of()))) {
            // Enough warm-up for the JIT to compile the chain (by count at one stream, by time at 512), and workers
            // started over a second so that the streams do not stay in lockstep.
            BenchResult result = Benchmark.run(BenchSpec.builder().concurrency(streams).requests((long) requests)
                    .warmupRequests(Math.max(200, streams * 4L)).warmupDuration(WARMUP).rampUp(Duration.ofSeconds(1))
                    .outputTokens(EVENTS).build(), client);
            assertThat(result.requests().completed()).isEqualTo(requests);
            StampedRun truth = new StampedRun(client.lastStarted(requests));
            assertThat(truth.delivery).allMatch(nanos -> nanos >= 0);
            BenchResult.Latencies latencies = result.latencies();
            String lateness = truth.lateness.isEmpty() ? "not stamped (the simulator reports it on exit)"
                    : medianAndP99(truth.lateness);
            String requestTrip = truth.requestTrip.isEmpty() ? "not stamped" : medianAndP99(truth.requestTrip);
            String serverTtft = truth.serverTtft.isEmpty() ? "not stamped"
                    : String.format("%+.3f ms", median(truth.serverTtft) - TTFT_NANOS / 1e6);
            return String.format("| %d | %d | %+.3f ms | %+.3f ms | %+.3f ms | %s | %s | %s | %s |",
                    streams, requests,
                    latencies.ttft().percentileMillis(50) - median(truth.ttft),
                    latencies.itl().percentileMillis(50) - median(truth.itl),
                    latencies.e2el().percentileMillis(50) - median(truth.e2el),
                    requestTrip, medianAndP99(truth.delivery), lateness, serverTtft);
        }
    }

    private static String medianAndP99(List<Long> nanos) {
        return String.format("%.3f / %.3f ms", median(nanos), percentile(nanos, 99));
    }
}

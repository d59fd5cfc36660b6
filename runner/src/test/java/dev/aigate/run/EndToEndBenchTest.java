package dev.aigate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aigate.bench.BenchResult;
import dev.aigate.bench.BenchSpec;
import dev.aigate.bench.Benchmark;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelClients;
import dev.aigate.provider.ProviderConfig;
import dev.aigate.provider.RetryPolicy;
import dev.aigate.simulator.FaultPlan;
import dev.aigate.simulator.LlmSimulator;
import dev.aigate.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole measuring chain — load generator, HTTP client, SSE reader — against a server whose truth is known. */
class EndToEndBenchTest {

    @Test
    void measuresTheKnownDelaysOfAFixedLatencyServer() {
        // Truth: every request's first token after 50 ms, then one every 10 ms; 20 tokens → E2EL 240 ms.
        try (LlmSimulator simulator = LlmSimulator.start(SimulatorConfig.builder().port(0)
                .fixedLatency(Duration.ofMillis(50), Duration.ofMillis(10)).build());
                ModelClient client = ModelClients.create(ProviderConfig.openAi(simulator.baseUrl(), "sim")
                        .withApiKeyEnv(null).withConcurrency(8).withRetry(RetryPolicy.NONE), Map.of())) {
            BenchResult result = Benchmark.run(BenchSpec.builder().concurrency(8).requests(48L).inputTokens(64)
                    .outputTokens(20).warmupRequests(8).build(), client);

            assertThat(result.requests().completed()).isEqualTo(48);
            // Measuring can only add time, never remove it; the slack is for a loaded 2-core CI machine (the 1 ms
            // accuracy figures are benchmarks on a quiet machine: docs/benchmarks.md).
            assertThat(result.latencies().ttft().minMillis()).isGreaterThanOrEqualTo(49.9);
            assertThat(result.latencies().ttft().percentileMillis(50)).isCloseTo(50.0, within(15.0));
            assertThat(result.latencies().itl().percentileMillis(50)).isCloseTo(10.0, within(2.0));
            assertThat(result.latencies().e2el().minMillis()).isGreaterThanOrEqualTo(239.9);
            assertThat(result.latencies().e2el().percentileMillis(50)).isCloseTo(240.0, within(15.0));
            // TPOT is a difference, (E2EL - TTFT) / 19: a first event read late makes it smaller, so it gets no
            // lower bound of its own, only slack either side.
            assertThat(result.latencies().tpot().meanMillis()).isCloseTo(10.0, within(3.0));
            assertThat(result.latencies().itl().count()).isEqualTo(48 * 19);
        }
    }

    @Test
    void accountsForEveryRequestUnderEveryFaultAtOnce() {
        FaultPlan plan = FaultPlan.parse("http_429=0.04,http_500=0.04,http_503=0.04,reset=0.04,cut=0.04,"
                + "bad_json=0.04,stall=0.04,retry_after=0,stall_ms=1500");
        try (LlmSimulator simulator = LlmSimulator.start(SimulatorConfig.builder().port(0).profile("fast").seed(3)
                .faults(plan).build());
                ModelClient client = ModelClients.create(ProviderConfig.openAi(simulator.baseUrl(), "sim")
                        .withApiKeyEnv(null).withConcurrency(16).withRetry(RetryPolicy.NONE)
                        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400), Duration.ofSeconds(10)),
                        Map.of())) {
            BenchResult result = Benchmark.run(BenchSpec.builder().concurrency(16).requests(300L).inputTokens(32)
                    .outputTokens(8).build(), client);

            BenchResult.Requests requests = result.requests();
            assertThat(requests.sent()).isEqualTo(300);
            assertThat(requests.completed() + requests.failed()).isEqualTo(requests.sent());
            assertThat(result.errors().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(requests.failed());
            assertThat(result.errors()).allSatisfy((kind, count) -> {
                if (kind != ErrorKind.HTTP_4XX) {
                    assertThat(count).as(kind.key()).isPositive();
                }
            });
            assertThat(requests.completed()).isGreaterThan(150);
        }
    }
}

package dev.aigate.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.simulator.LatencyProfile.Timing.ContinuousBatching;
import dev.aigate.simulator.TestClient.SseEvent;
import dev.aigate.simulator.TestClient.SseStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Timing as a client sees it. Bounds are generous on purpose (a loaded 2-core CI machine); the exact schedule is
 * specified in {@code BatchSchedulerTest}.
 */
class LatencyTimingTest {

    private static final String STREAM = """
            {"model": "m", "messages": [{"role": "user", "content": "hi"}], "max_tokens": %d, "ignore_eos": true,
             "stream": true}""";

    @Test
    void fixedModeGivesEveryConcurrentStreamItsTtftThenOneTokenPerItl() throws Exception {
        SimulatorConfig config = SimulatorConfig.builder()
                .fixedLatency(Duration.ofMillis(60), Duration.ofMillis(15)).build();
        try (LlmSimulator simulator = LlmSimulator.start(config)) {
            TestClient client = new TestClient(simulator);
            concurrently(client, 16, STREAM.formatted(1)); // warm-up: opens the pooled connections, loads classes
            List<SseStream> streams = concurrently(client, 16, STREAM.formatted(10));

            List<Double> ttfts = new ArrayList<>();
            List<Double> e2els = new ArrayList<>();
            for (SseStream stream : streams) {
                List<SseEvent> tokens = stream.contentChunks();
                assertThat(tokens).hasSize(10);
                ttfts.add(tokens.get(0).millis());
                e2els.add(tokens.get(9).millis());
            }
            // Truths: the client starts its clock before sending, so it can never see a token before its
            // deadline (arrival + 60 ms + i × 15 ms). Upper bounds only guard against gross lateness; the 1 ms
            // accuracy is measured by the benchmark (docs/simulator.md), not asserted on a shared CI machine.
            assertThat(ttfts).allSatisfy(ttft -> assertThat(ttft).isGreaterThanOrEqualTo(59.5));
            assertThat(e2els).allSatisfy(e2el -> assertThat(e2el).isGreaterThanOrEqualTo(60 + 9 * 15 - 0.5));
            assertThat(median(ttfts)).isLessThan(60 + 200);
            assertThat(median(e2els)).isLessThan(60 + 9 * 15 + 200);
            // How many overlapped depends on the client's threads; never more than were sent, all done now.
            assertThat(simulator.stats().peakConcurrentStreams()).isBetween(2, 16);
            assertThat(simulator.stats().activeStreams()).isZero();
            assertThat(simulator.stats().scheduleLag().tokens()).isEqualTo(16 * 1 + 16 * 10);
        }
    }

    @Test
    void stampedTokensAreTheMonotonicTimesAtWhichTheyWereWrittenAfterTheirDeadlines() throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().fixedLatency(Duration.ofMillis(30), Duration.ofMillis(10))
                .stampTokens(true).build();
        try (LlmSimulator simulator = LlmSimulator.start(config)) {
            long sent = System.nanoTime();
            SseStream stream = new TestClient(simulator).stream("/v1/chat/completions", STREAM.formatted(5));
            long received = System.nanoTime();

            List<String> texts = stream.contentChunks().stream()
                    .map(event -> event.json().path("choices").get(0).path("delta").path("content").asText().trim())
                    .toList();
            // The first token also carries when its request was received: "<written>@<received>".
            String[] first = texts.get(0).split("@");
            assertThat(first).hasSize(2);
            long requestReceived = Long.parseLong(first[1]);
            long[] written = texts.stream().mapToLong(text -> Long.parseLong(text.split("@")[0])).toArray();
            assertThat(written).hasSize(5).isSorted();
            // Same JVM, same clock: the request is received after it was sent, and each stamp lies between its
            // deadline (receipt + 30 ms + i × 10 ms) and the end of the stream.
            assertThat(requestReceived).isGreaterThan(sent);
            for (int i = 0; i < written.length; i++) {
                assertThat(written[i] - requestReceived)
                        .isGreaterThanOrEqualTo(Duration.ofMillis(30 + 10L * i).toNanos());
                assertThat(written[i]).isLessThan(received);
            }
            assertThat(texts.subList(1, texts.size())).noneMatch(text -> text.contains("@"));
        }
    }

    @Test
    void batchingQueuesRequestsBeyondMaxBatchSoTheirTtftGrows() throws Exception {
        LatencyProfile twoAtATime = LatencyProfiles.named("fast")
                .withTiming(new ContinuousBatching(2, 20, 0, 0));
        try (LlmSimulator simulator = LlmSimulator.start(SimulatorConfig.builder().profile(twoAtATime).build())) {
            TestClient client = new TestClient(simulator);
            concurrently(client, 6, STREAM.formatted(1)); // warm-up: opens the pooled connections, loads classes
            List<SseStream> streams = concurrently(client, 6, STREAM.formatted(5));

            double[] ttfts = streams.stream().mapToDouble(s -> s.contentChunks().get(0).millis()).sorted().toArray();
            // Waves of two: first tokens at ~20, ~120 and ~220 ms (each wave runs 5 steps of 20 ms), minus how far
            // apart the client managed to send them.
            assertThat(ttfts[5]).isGreaterThan(180);
            assertThat(ttfts[5] - ttfts[0]).isGreaterThan(120);
        }
    }

    private static List<SseStream> concurrently(TestClient client, int count, String body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<CompletableFuture<SseStream>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return client.stream("/v1/chat/completions", body);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            List<SseStream> streams = new ArrayList<>();
            for (CompletableFuture<SseStream> future : futures) {
                streams.add(future.get());
            }
            return streams;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

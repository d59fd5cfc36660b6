package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.aigate.bench.FakeModelClient.Reply;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.TokenUsage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a run measures, checked against latencies computed by hand from the fake's exact synthetic timings. */
class BenchmarkMetricsTest {

    /** Three requests: TTFT 100/200/300 ms; 5, 3 and 1 content events 20, 10 and - ms apart. */
    private static final List<Reply> THREE_REQUESTS = List.of(
            Reply.streamed(100, 20, 5),
            Reply.streamed(200, 10, 3),
            Reply.streamed(300, 0, 1));

    private static BenchSpec.Builder closedLoop(long requests) {
        return BenchSpec.builder().model("fake").concurrency(1).requests(requests).inputTokens(16).outputTokens(8);
    }

    @Test
    void ttftIsStartToFirstContentEvent() {
        BenchResult result = Benchmark.run(closedLoop(3).build(), new FakeModelClient(THREE_REQUESTS::get));

        LatencySummary ttft = result.latencies().ttft().summary();
        assertThat(ttft.count()).isEqualTo(3);
        assertThat(ttft.mean()).isEqualTo(200.0);
        assertThat(ttft.std()).isCloseTo(Math.sqrt(20_000.0 / 3), within(1e-9));
        assertThat(ttft.min()).isEqualTo(100.0);
        assertThat(ttft.max()).isEqualTo(300.0);
        assertThat(ttft.p50()).isCloseTo(200.0, withinPercentage(0.1));
        // numpy's linear interpolation: rank 0.9 × 2 = 1.8 lies 80% of the way from 200 to 300.
        assertThat(ttft.p90()).isCloseTo(280.0, withinPercentage(0.1));
    }

    @Test
    void e2elEndsAtTheLastContentEvent() {
        BenchResult result = Benchmark.run(closedLoop(3).build(), new FakeModelClient(THREE_REQUESTS::get));

        LatencySummary e2el = result.latencies().e2el().summary();
        assertThat(e2el.count()).isEqualTo(3);
        assertThat(e2el.min()).isEqualTo(180.0);
        assertThat(e2el.max()).isEqualTo(300.0);
        assertThat(e2el.mean()).isCloseTo((180.0 + 220.0 + 300.0) / 3, within(1e-9));
        assertThat(e2el.p50()).isCloseTo(220.0, withinPercentage(0.1));
    }

    @Test
    void itlPoolsEveryGapOfEveryRequest() {
        BenchResult result = Benchmark.run(closedLoop(3).build(), new FakeModelClient(THREE_REQUESTS::get));

        LatencySummary itl = result.latencies().itl().summary();
        assertThat(itl.count()).isEqualTo(4 + 2);
        assertThat(itl.mean()).isCloseTo((4 * 20.0 + 2 * 10.0) / 6, within(1e-9));
        assertThat(itl.min()).isEqualTo(10.0);
        assertThat(itl.max()).isEqualTo(20.0);
        assertThat(itl.p50()).isCloseTo(20.0, withinPercentage(0.1));
    }

    @Test
    void tpotDividesDecodeTimeByOutputTokensLessOneAndSkipsSingleTokenRequests() {
        BenchResult result = Benchmark.run(closedLoop(3).build(), new FakeModelClient(THREE_REQUESTS::get));

        LatencySummary tpot = result.latencies().tpot().summary();
        assertThat(tpot.count()).isEqualTo(2);
        assertThat(tpot.min()).isEqualTo(10.0);
        assertThat(tpot.max()).isEqualTo(20.0);
        assertThat(tpot.mean()).isEqualTo(15.0);
    }

    @Test
    void tpotUsesTheServersTokenCountNotTheEventCount() {
        // Two content events carrying 9 tokens between them: (E2EL − TTFT) / (9 − 1) = 40 / 8 = 5 ms.
        Reply batched = Reply.streamed(100, 40, 2).withUsage(new TokenUsage(16, 9));
        BenchResult result = Benchmark.run(closedLoop(1).build(), new FakeModelClient(call -> batched));

        assertThat(result.latencies().tpot().summary().mean()).isEqualTo(5.0);
        assertThat(result.tokens().output()).isEqualTo(9);
    }

    @Test
    void outputTokensComeFromServerUsageWhenReported() {
        BenchResult result = Benchmark.run(closedLoop(3).build(), new FakeModelClient(THREE_REQUESTS::get));

        assertThat(result.tokens().outputSource()).isEqualTo(OutputTokensSource.USAGE);
        assertThat(result.tokens().output()).isEqualTo(5 + 3 + 1);
        assertThat(result.tokens().input()).isEqualTo(3 * 128);
    }

    @Test
    void withoutUsageTheGeneratedTextIsTokenizedAndThePromptLengthIsTheInput() {
        Reply noUsage = Reply.streamed(10, 1, 3).withUsage(null).withText("hello world again");
        BenchResult result = Benchmark.run(closedLoop(2).build(), new FakeModelClient(call -> noUsage));

        assertThat(result.tokens().outputSource()).isEqualTo(OutputTokensSource.TOKENIZER);
        assertThat(result.tokens().output()).isEqualTo(2 * 3);
        assertThat(result.tokens().input()).isEqualTo(2 * 16);
        assertThat(result.toJson().get("output_tokens_source").asText()).isEqualTo("tokenizer");
    }

    @Test
    void someRequestsWithUsageAndSomeWithoutAreMixed() {
        Reply noUsage = Reply.streamed(10, 1, 3).withUsage(null).withText("hello world again");
        BenchResult result = Benchmark.run(closedLoop(2).build(),
                new FakeModelClient(call -> call == 0 ? noUsage : Reply.streamed(10, 1, 3)));

        assertThat(result.tokens().outputSource()).isEqualTo(OutputTokensSource.MIXED);
    }

    @Test
    void errorsAreCountedByKindAndEveryRequestSentIsAccountedFor() {
        List<Reply> replies = List.of(
                Reply.streamed(10, 1, 2).withRetries(2),
                Reply.failed(ErrorKind.HTTP_429).withRetries(3),
                Reply.failed(ErrorKind.TIMEOUT),
                Reply.streamed(10, 1, 2),
                Reply.failed(ErrorKind.HTTP_429),
                Reply.failed(ErrorKind.STREAM_TRUNCATED));
        BenchResult result = Benchmark.run(closedLoop(6).concurrency(2).build(), new FakeModelClient(replies::get));

        assertThat(result.requests()).isEqualTo(new BenchResult.Requests(6, 2, 4, 5, 0, 0));
        assertThat(result.errors()).containsEntry(ErrorKind.HTTP_429, 2L)
                .containsEntry(ErrorKind.TIMEOUT, 1L)
                .containsEntry(ErrorKind.STREAM_TRUNCATED, 1L)
                .containsEntry(ErrorKind.HTTP_5XX, 0L)
                .hasSize(ErrorKind.values().length);
        // Failed requests contribute no latencies and no tokens.
        assertThat(result.latencies().ttft().count()).isEqualTo(2);
        assertThat(result.tokens().output()).isEqualTo(4);
    }

    @Test
    void goodputCountsCompletedRequestsMeetingEverySlo() {
        List<Reply> replies = List.of(
                Reply.streamed(100, 20, 5),   // TTFT 100, TPOT 20, max ITL 20: good
                Reply.streamed(100, 60, 3),   // max ITL 60 misses itl ≤ 50
                Reply.streamed(250, 10, 3),   // TTFT 250 misses ttft ≤ 200
                Reply.streamed(150, 0, 1),    // one token: no TPOT or ITL to miss: good
                Reply.failed(ErrorKind.HTTP_5XX));
        BenchSpec spec = closedLoop(5).slos(Map.of("ttft", 200.0, "tpot", 50.0, "itl", 50.0)).build();
        BenchResult result = Benchmark.run(spec, new FakeModelClient(replies::get));

        assertThat(result.goodRequests()).isEqualTo(2);
        assertThat(result.goodputPerSecond()).isCloseTo(2 / result.durationSeconds(), within(1e-9));
    }

    @Test
    void withoutSlosThereIsNoGoodput() {
        BenchResult result = Benchmark.run(closedLoop(3).build(), new FakeModelClient(THREE_REQUESTS::get));

        assertThat(result.goodRequests()).isNull();
        assertThat(result.goodputPerSecond()).isNull();
    }

    @Test
    void warmupRequestsAreSentButLeftOutOfEveryMetric() {
        Reply slowWarmup = Reply.streamed(10_000, 1, 2);
        FakeModelClient client = new FakeModelClient(call -> call < 2 ? slowWarmup : Reply.streamed(100, 1, 2));
        BenchResult result = Benchmark.run(closedLoop(3).warmupRequests(2).build(), client);

        assertThat(client.calls()).isEqualTo(5);
        assertThat(result.requests().sent()).isEqualTo(3);
        assertThat(result.latencies().ttft().maxMillis()).isEqualTo(100.0);
    }

    @Test
    void throughputDividesCompletedWorkByTheMeasuredDuration() {
        BenchResult result = Benchmark.run(closedLoop(3).build(), new FakeModelClient(THREE_REQUESTS::get));

        double seconds = result.durationSeconds();
        assertThat(seconds).isPositive();
        BenchResult.Throughput throughput = result.throughput();
        assertThat(throughput.requestsPerSecond()).isCloseTo(3 / seconds, within(1e-9));
        assertThat(throughput.outputTokensPerSecond()).isCloseTo(9 / seconds, within(1e-9));
        assertThat(throughput.totalTokensPerSecond()).isCloseTo((9 + 3 * 128) / seconds, within(1e-9));
    }

    @Test
    void requestsCarryTheSpecsPromptLengthOutputLengthAndEosSetting() {
        FakeModelClient client = new FakeModelClient(call -> Reply.streamed(1, 1, 1));
        Benchmark.run(closedLoop(4).inputTokens(50).outputTokens(7).build(), client);

        assertThat(client.requests()).hasSize(4).allSatisfy(request -> {
            assertThat(request.model()).isEqualTo("fake");
            assertThat(request.maxTokens()).isEqualTo(7);
            assertThat(request.ignoreEos()).isTrue();
            assertThat(request.stream()).isTrue();
            assertThat(TokenCounter.count(request.messages().get(0).content())).isEqualTo(50);
        });
        assertThat(client.requests().stream().map(request -> request.messages().get(0).content()).distinct())
                .hasSize(4);
    }
}

package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.aigate.bench.FakeModelClient.Reply;
import dev.aigate.gate.Aggregate;
import dev.aigate.gate.Aggregate.Kind;
import dev.aigate.gate.Dimension;
import dev.aigate.gate.MetricSource;
import dev.aigate.provider.ErrorKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Thresholds read a benchmark result in base units; the catalog answers the same questions before a run. */
class BenchMetricSourceTest {

    private static final List<Reply> REPLIES = List.of(
            Reply.streamed(100, 20, 5),
            Reply.streamed(200, 10, 3),
            Reply.failed(ErrorKind.HTTP_429),
            Reply.streamed(300, 0, 1));

    private static final BenchResult RESULT = Benchmark.run(
            BenchSpec.builder().requests(4).slos(Map.of("ttft", 250.0)).build(), new FakeModelClient(REPLIES::get));

    private final MetricSource source = new BenchMetricSource(RESULT);

    private double value(String metric, Aggregate aggregate) {
        return source.value(metric, aggregate).orElseThrow();
    }

    @Test
    void latenciesAreInMilliseconds() {
        assertThat(value("ttft", Aggregate.of(Kind.MIN))).isEqualTo(100.0);
        assertThat(value("ttft", Aggregate.of(Kind.MAX))).isEqualTo(300.0);
        assertThat(value("ttft", Aggregate.of(Kind.MEAN))).isEqualTo(200.0);
        assertThat(value("ttft", Aggregate.of(Kind.MEDIAN))).isCloseTo(200.0, withinPercentage(0.1));
        assertThat(value("ttft", Aggregate.percentile(99.9))).isCloseTo(299.8, withinPercentage(0.1));
        assertThat(value("ttft", Aggregate.of(Kind.COUNT))).isEqualTo(3.0);
        assertThat(value("tpot", Aggregate.of(Kind.MEAN))).isEqualTo(15.0);
        assertThat(value("itl", Aggregate.of(Kind.COUNT))).isEqualTo(6.0);
        assertThat(value("e2el", Aggregate.of(Kind.MAX))).isEqualTo(300.0);
    }

    @Test
    void errorsAreAFractionOfRequestsSent() {
        assertThat(value("errors", Aggregate.of(Kind.RATE))).isEqualTo(0.25);
        assertThat(value("errors", Aggregate.of(Kind.COUNT))).isEqualTo(1.0);
        assertThat(source.dimension("errors")).isEqualTo(Dimension.RATIO);
    }

    @Test
    void requestsThatWaitedForASlotAreAFractionOfRequestsSent() {
        BenchResult behind = new BenchResult(RESULT.spec(), new BenchResult.Requests(4, 3, 1, 0, 0, 3),
                RESULT.errors(), RESULT.errorExamples(), RESULT.latencies(), RESULT.tokens(), RESULT.durationSeconds(),
                RESULT.window(), RESULT.goodRequests(), RESULT.peakConcurrency(), RESULT.stoppedBy(), RESULT.tally(),
                0);
        MetricSource behindSource = new BenchMetricSource(behind);

        assertThat(behindSource.value("waited_for_slot", Aggregate.of(Kind.RATE))).hasValue(0.75);
        assertThat(behindSource.value("waited_for_slot", Aggregate.of(Kind.COUNT))).hasValue(3.0);
        assertThat(value("waited_for_slot", Aggregate.of(Kind.RATE))).isZero();
        assertThat(source.dimension("waited_for_slot")).isEqualTo(Dimension.RATIO);
    }

    @Test
    void volumesAreCountsAndRatesPerSecond() {
        double seconds = RESULT.durationSeconds();
        assertThat(value("requests", Aggregate.of(Kind.COUNT))).isEqualTo(3.0);
        assertThat(value("requests", Aggregate.of(Kind.THROUGHPUT))).isCloseTo(3 / seconds, within(1e-9));
        assertThat(value("output_tokens", Aggregate.of(Kind.COUNT))).isEqualTo(9.0);
        assertThat(value("output_tokens", Aggregate.of(Kind.THROUGHPUT))).isCloseTo(9 / seconds, within(1e-9));
        assertThat(value("total_tokens", Aggregate.of(Kind.COUNT))).isEqualTo(9.0 + 3 * 128);
        assertThat(value("goodput", Aggregate.of(Kind.THROUGHPUT))).isCloseTo(2 / seconds, within(1e-9));
    }

    @Test
    void aClosedLoopHasNoClientQueueData() {
        assertThat(source.value("client_queue", Aggregate.percentile(99))).isEmpty();
        assertThat(value("client_queue", Aggregate.of(Kind.COUNT))).isZero();
    }

    @Test
    void goodputWithoutSlosHasNoValue() {
        BenchResult noSlos = Benchmark.run(BenchSpec.builder().requests(1).build(),
                new FakeModelClient(call -> Reply.streamed(1, 1, 1)));

        assertThat(new BenchMetricSource(noSlos).value("goodput", Aggregate.of(Kind.THROUGHPUT))).isEmpty();
    }

    @Test
    void onlyMeaningfulAggregatesAreSupported() {
        assertThat(source.supports("ttft", Aggregate.percentile(99))).isTrue();
        assertThat(source.supports("errors", Aggregate.percentile(99))).isFalse();
        assertThat(source.supports("errors", Aggregate.of(Kind.RATE))).isTrue();
        assertThat(source.supports("ttft", Aggregate.of(Kind.RATE))).isFalse();
        assertThat(source.supports("output_tokens", Aggregate.of(Kind.THROUGHPUT))).isTrue();
        assertThat(source.supports("latency", Aggregate.of(Kind.MEAN))).isFalse();
        assertThatThrownBy(() -> source.value("errors", Aggregate.percentile(99)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCatalogKnowsEveryMetricButHasNoValues() {
        MetricSource catalog = BenchMetricSource.catalog();

        assertThat(catalog.metricNames()).containsExactlyInAnyOrder("ttft", "tpot", "itl", "e2el", "client_queue",
                "errors", "waited_for_slot", "requests", "output_tokens", "total_tokens", "goodput");
        assertThat(catalog.dimension("ttft")).isEqualTo(Dimension.DURATION);
        assertThat(catalog.supports("ttft", Aggregate.percentile(99))).isTrue();
        assertThat(catalog.value("ttft", Aggregate.percentile(99))).isEmpty();
        assertThat(catalog.value("errors", Aggregate.of(Kind.COUNT))).isEmpty();
        assertThatThrownBy(() -> catalog.dimension("latency"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latency");
    }
}

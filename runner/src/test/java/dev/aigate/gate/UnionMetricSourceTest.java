package dev.aigate.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnionMetricSourceTest {

    private final FakeMetricSource bench = new FakeMetricSource()
            .metric("ttft", Dimension.DURATION, Aggregate.Kind.PERCENTILE)
            .value("p99(ttft)", 412);
    private final FakeMetricSource gpu = new FakeMetricSource()
            .metric("energy_per_token", Dimension.ENERGY, Aggregate.Kind.MEAN)
            .value("mean(energy_per_token)", 0.25);

    @Test
    void eachMetricIsAnsweredByTheSourceThatKnowsIt() {
        MetricSource union = UnionMetricSource.of(bench, gpu);

        assertThat(union.metricNames()).containsExactly("energy_per_token", "ttft");
        assertThat(union.dimension("energy_per_token")).isEqualTo(Dimension.ENERGY);
        assertThat(union.supports("ttft", Aggregate.percentile(99))).isTrue();
        assertThat(union.supports("ttft", Aggregate.of(Aggregate.Kind.MEAN))).isFalse();
        assertThat(union.supports("nosuch", Aggregate.of(Aggregate.Kind.MEAN))).isFalse();
        assertThat(union.value("ttft", Aggregate.percentile(99))).hasValue(412);
        assertThat(union.value("energy_per_token", Aggregate.of(Aggregate.Kind.MEAN))).hasValue(0.25);
        assertThat(bench.lookups()).containsExactly("p99(ttft)");
    }

    @Test
    void thresholdsOverBothSourcesAreJudgedTogether() {
        List<GateOutcome> outcomes = ThresholdEvaluator.evaluate(List.of(ThresholdParser.parse("p99(ttft) < 500ms"),
                ThresholdParser.parse("mean(energy_per_token) < 200mJ")), UnionMetricSource.of(bench, gpu));

        assertThat(outcomes).extracting(GateOutcome::message).containsExactly(
                "p99(ttft) = 412 ms, limit < 500 ms: PASSED",
                "mean(energy_per_token) = 0.25 J, limit < 0.2 J: FAILED");
    }

    @Test
    void twoSourcesMayNotClaimOneName() {
        FakeMetricSource other = new FakeMetricSource().metric("ttft", Dimension.DURATION, Aggregate.Kind.MEAN);

        assertThatThrownBy(() -> UnionMetricSource.of(bench, other))
                .hasMessage("two metric sources both define 'ttft'");
    }
}

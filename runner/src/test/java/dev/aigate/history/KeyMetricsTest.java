package dev.aigate.history;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.result.SampleResults;
import org.junit.jupiter.api.Test;

/** The metric names history files hold (docs/reports.md), with the values they have always had. */
class KeyMetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRunResultPrefixesEachStagesFiguresAndLeavesOutWhatIsMissing() throws Exception {
        var result = JSON.readTree("""
                {"schema": "aigate/run/v1", "stages": {
                  "bench": {"metrics": {"ttft_ms": {"p50": 120.0, "p99": 250.5}, "tpot_ms": {"mean": null}},
                            "throughput": {"output_tokens_per_s": 905.4}, "requests": {"sent": 100, "failed": 2}},
                  "prompts": {"sides": {"baseline": {"pass_rate": 0.97}, "candidate": {"pass_rate": 0.81}}},
                  "cost": {"cost": {"per_1k_requests": 6.6}}}}""");

        assertThat(KeyMetrics.of(result)).containsExactly(
                entry("bench.ttft_p50_ms", 120.0), entry("bench.ttft_p99_ms", 250.5),
                entry("bench.output_tokens_per_s", 905.4), entry("bench.error_rate", 0.02),
                entry("prompts.pass_rate", 0.81), entry("cost.cost_per_1k_requests", 6.6));
    }

    @Test
    void everyTrendedFigureOfARunInTheRunsStageOrder() {
        assertThat(KeyMetrics.of(SampleResults.run())).containsExactly(
                entry("prompts.pass_rate", 0.81),
                entry("bench.ttft_p50_ms", 120.5), entry("bench.ttft_p99_ms", 250.25),
                entry("bench.tpot_mean_ms", 15.125), entry("bench.itl_p99_ms", 40.75),
                entry("bench.e2el_p99_ms", 1900.0), entry("bench.output_tokens_per_s", 905.375),
                entry("bench.goodput_per_s", 6.25), entry("bench.error_rate", 0.015),
                entry("bench.gpu_joules_per_output_token", 0.125),
                entry("canary.canary_score", 62.5),
                entry("cost.cost_per_1k_requests", 6.6));
    }

    @Test
    void aSingleCommandsFiguresAreNotPrefixed() {
        assertThat(KeyMetrics.of(SampleResults.single("bench"))).hasSize(9)
                .containsEntry("ttft_p99_ms", 250.25).containsEntry("gpu_joules_per_output_token", 0.125);
        assertThat(KeyMetrics.of(SampleResults.single("canary"))).containsExactly(entry("canary_score", 62.5));
        assertThat(KeyMetrics.of(SampleResults.single("prompts"))).containsExactly(entry("pass_rate", 0.81));
        assertThat(KeyMetrics.of(SampleResults.single("cost"))).containsExactly(entry("cost_per_1k_requests", 6.6));
    }

    @Test
    void directionsFollowTheMetricsMeaning() {
        assertThat(KeyMetrics.higherIsBetter("bench.output_tokens_per_s")).isTrue();
        assertThat(KeyMetrics.higherIsBetter("prompts.pass_rate")).isTrue();
        assertThat(KeyMetrics.higherIsBetter("canary_score")).isTrue();
        assertThat(KeyMetrics.higherIsBetter("bench.ttft_p99_ms")).isFalse();
        assertThat(KeyMetrics.higherIsBetter("cost_per_1k_requests")).isFalse();
    }
}

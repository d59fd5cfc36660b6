package dev.aigate.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

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
                java.util.Map.entry("bench.ttft_p50_ms", 120.0), java.util.Map.entry("bench.ttft_p99_ms", 250.5),
                java.util.Map.entry("bench.output_tokens_per_s", 905.4), java.util.Map.entry("bench.error_rate", 0.02),
                java.util.Map.entry("prompts.pass_rate", 0.81), java.util.Map.entry("cost.cost_per_1k_requests", 6.6));
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

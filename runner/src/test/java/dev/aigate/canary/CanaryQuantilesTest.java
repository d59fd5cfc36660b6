package dev.aigate.canary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CanaryQuantilesTest {

    @Test
    void eachSampledMetricGetsBothSidesQuantilesAndCountsGetNone() {
        double[] hundredAndOne = IntStream.rangeClosed(0, 100).mapToDouble(i -> 100 - i).toArray();
        double[] doubled = IntStream.rangeClosed(0, 200).mapToDouble(i -> i).toArray();
        Map<String, MetricData> metrics = new LinkedHashMap<>();
        metrics.put("latency_ms", new MetricData.Samples(hundredAndOne, doubled, Direction.INCREASE));
        metrics.put("errors", new MetricData.Counts(1, 100, 2, 100));
        CanaryData data = new CanaryData(metrics, "test");

        JsonNode json = CanaryQuantiles.attach(CanaryJudge.judge(data, CanaryConfig.defaults()).toJson(), data);

        JsonNode quantiles = json.path("metrics").path("latency_ms").path("quantiles");
        assertThat(quantiles.path("baseline")).hasSize(CanaryQuantiles.POINTS);
        for (int i = 0; i < CanaryQuantiles.POINTS; i++) {
            assertThat(quantiles.path("baseline").get(i).asDouble()).isEqualTo(i);
            assertThat(quantiles.path("candidate").get(i).asDouble()).isEqualTo(2.0 * i);
        }
        assertThat(json.path("metrics").path("errors").has("quantiles")).isFalse();
        assertThat(json.path("metrics").path("latency_ms").has("p_value")).as("SPEC keys kept").isTrue();
    }
}

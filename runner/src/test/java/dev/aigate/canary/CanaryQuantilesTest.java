package dev.aigate.canary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    @Test
    void neighboursWhoseGapOverflowsADoubleStillInterpolateToFiniteQuantiles() {
        JsonNode points = CanaryQuantiles.quantiles(new double[] {1.5e308, -1.5e308}, new ObjectMapper()
                .createObjectNode());
        assertThat(points.get(0).asDouble()).isEqualTo(-1.5e308);
        assertThat(points.get(50).asDouble()).isEqualTo(0);
        assertThat(points.get(100).asDouble()).isEqualTo(1.5e308);
        for (JsonNode point : points) {
            assertThat(point.isNumber()).as(point.toString()).isTrue();
            assertThat(Double.isFinite(point.asDouble())).as(point.toString()).isTrue();
        }
    }
}

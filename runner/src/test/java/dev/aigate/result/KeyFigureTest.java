package dev.aigate.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.cost.CostMetric;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class KeyFigureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCostFigureIsAnOutput() {
        for (CostMetric metric : CostMetric.values()) {
            assertThat(KeyFigure.ALL).as(metric.metricName())
                    .anySatisfy(figure -> {
                        assertThat(figure.stage()).isEqualTo("cost");
                        assertThat(figure.outputName()).isEqualTo("cost-" + metric.metricName().replace('_', '-'));
                        assertThat(figure.read(JSON.createObjectNode().set("cost",
                                JSON.createObjectNode().put(metric.metricName(), 1.5)))).contains(1.5);
                    });
        }
    }

    @Test
    void namesAreUniqueAndInTheirStyle() {
        assertThat(KeyFigure.ALL).allSatisfy(figure -> {
            assertThat(figure.outputName() != null || figure.historyName() != null).as(figure.stage()).isTrue();
            assertThat(figure.stage()).isIn("bench", "prompts", "canary", "cost");
        });
        assertThat(KeyFigure.ALL.stream().map(KeyFigure::outputName).filter(Objects::nonNull))
                .doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(KeyFigure.ALL.stream().map(KeyFigure::historyName).filter(Objects::nonNull))
                .doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z0-9]+(_[a-z0-9]+)*"));
    }

    @Test
    void theErrorRateIsFailedOverSentOnceSomethingWasSent() throws Exception {
        KeyFigure errorRate = KeyFigure.ALL.stream().filter(f -> "error-rate".equals(f.outputName())).findFirst()
                .orElseThrow();

        assertThat(errorRate.read(JSON.readTree("{\"requests\": {\"sent\": 8, \"failed\": 2}}"))).contains(0.25);
        assertThat(errorRate.read(JSON.readTree("{\"requests\": {\"sent\": 0, \"failed\": 0}}"))).isEmpty();
        assertThat(errorRate.read(JSON.readTree("{\"requests\": {\"sent\": 8}}"))).isEmpty();
    }

    @Test
    void nullsAndMissingKeysAreNoFigure() throws Exception {
        KeyFigure ttft = KeyFigure.ALL.get(0);

        assertThat(ttft.read(JSON.readTree("{\"metrics\": {\"ttft_ms\": {\"p50\": null}}}"))).isEmpty();
        assertThat(ttft.read(JSON.readTree("{\"metrics\": {\"ttft_ms\": {\"p50\": \"12\"}}}"))).isEmpty();
        assertThat(ttft.read(JSON.readTree("{}"))).isEmpty();
        assertThat(ttft.read(JSON.readTree("{\"metrics\": {\"ttft_ms\": {\"p50\": 12}}}"))).contains(12.0);
    }
}

package dev.aigate.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelemetrySeriesTest {

    private static GpuSample sample(int gpu, long nanos, double utilization, Double power) {
        return new GpuSample(gpu, "uuid-" + gpu, "NVIDIA H100", nanos, utilization, 1000.0, 81559.0, power, 1980.0,
                45.0);
    }

    @Test
    void anHourAtOneSampleASecondIsAtMostMaxPointsOfBucketMeansPerGpu() {
        List<GpuSample> samples = new ArrayList<>();
        for (int s = 0; s < 3600; s++) {
            samples.add(sample(0, s * 1_000_000_000L, s < 1800 ? 10 : 90, null));
            samples.add(sample(1, s * 1_000_000_000L, 50, 300.0));
        }
        TelemetryRecording recording = new TelemetryRecording(samples, 0, 3600 * 1_000_000_000L,
                Duration.ofSeconds(1), List.of());

        JsonNode series = TelemetrySeries.write(recording, 120);

        assertThat(series.path("t_s")).hasSize(120);
        assertThat(series.path("t_s").get(0).asDouble()).isEqualTo(15.0);
        JsonNode first = series.path("gpus").get(0);
        assertThat(first.path("utilization_pct")).hasSize(120);
        assertThat(first.path("utilization_pct").get(0).asDouble()).isEqualTo(10.0);
        assertThat(first.path("utilization_pct").get(119).asDouble()).isEqualTo(90.0);
        assertThat(first.path("power_w").isNull()).as("not reported, not zero").isTrue();
        assertThat(series.path("gpus").get(1).path("power_w").get(60).asDouble()).isEqualTo(300.0);
    }
}

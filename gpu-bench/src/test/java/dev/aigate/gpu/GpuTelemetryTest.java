package dev.aigate.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GpuTelemetryTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void energyIsPowerIntegratedOverTheWholeWindow() {
        // 100 W, a linear ramp to 300 W, then 300 W held to the end of the window.
        List<GpuSample> samples = List.of(sample(0, 1 * SECOND, 100.0), sample(0, 2 * SECOND, 100.0),
                sample(0, 4 * SECOND, 300.0));

        double joules = GpuTelemetry.energy(samples, 0, 5 * SECOND);

        // 0–1 s held at 100 W: 100 J; 1–2 s: 100 J; 2–4 s ramp: 400 J; 4–5 s held at 300 W: 300 J.
        assertThat(joules).isCloseTo(900.0, within(1e-9));
    }

    @Test
    void samplesWithoutPowerAreBridgedNotCountedAsZero() {
        List<GpuSample> samples = List.of(sample(0, 0, 200.0), sample(0, SECOND, null), sample(0, 2 * SECOND, 200.0));

        assertThat(GpuTelemetry.energy(samples, 0, 2 * SECOND)).isCloseTo(400.0, within(1e-9));
        assertThat(GpuTelemetry.energy(List.of(sample(0, 0, null)), 0, SECOND)).isNull();
    }

    @Test
    void summaryNamesWhatAGpuDoesNotReportAndGivesNoEnergyForIt() {
        TelemetryRecording recording = new TelemetryRecording(List.of(sample(0, SECOND, 150.0),
                sample(1, SECOND, null), sample(0, 2 * SECOND, 150.0), sample(1, 2 * SECOND, null)),
                0, 3 * SECOND, Duration.ofMillis(100), List.of());

        TelemetrySummary summary = recording.summarize();

        assertThat(summary.gpus()).hasSize(2);
        assertThat(summary.gpus().get(0).energyJoules()).isCloseTo(450.0, within(1e-9));
        assertThat(summary.gpus().get(1).powerWatts()).isNull();
        assertThat(summary.gpus().get(1).energyJoules()).isNull();
        assertThat(summary.energyJoules()).as("a partial sum would understate the energy").isNull();
        assertThat(summary.joulesPerToken(1000)).isNull();
        assertThat(summary.notes()).containsExactly(
                "GPU 1 (test GPU) does not report power.draw; it is left out, not counted as zero");
    }

    @Test
    void energyPerTokenAndTokensPerJoule() {
        TelemetrySummary summary = new TelemetryRecording(List.of(sample(0, 0, 250.0), sample(0, 4 * SECOND, 250.0)),
                0, 4 * SECOND, Duration.ofMillis(100), List.of()).summarize();

        assertThat(summary.energyJoules()).isCloseTo(1000.0, within(1e-9));
        assertThat(summary.joulesPerToken(4000)).isCloseTo(0.25, within(1e-12));
        assertThat(summary.tokensPerJoule(4000)).isCloseTo(4.0, within(1e-12));
        assertThat(summary.joulesPerToken(0)).isNull();
    }

    @Test
    void aWindowKeepsItsSamplesAndIntegratesOnlyItsTime() {
        TelemetryRecording recording = new TelemetryRecording(List.of(sample(0, SECOND, 100.0),
                sample(0, 2 * SECOND, 300.0), sample(0, 3 * SECOND, 300.0)), 0, 4 * SECOND, Duration.ofMillis(100),
                List.of());

        TelemetryRecording measured = recording.window(2 * SECOND, 10 * SECOND);

        assertThat(measured.samples()).hasSize(2);
        assertThat(measured.durationSeconds()).isEqualTo(2.0);
        assertThat(measured.summarize().energyJoules()).isCloseTo(600.0, within(1e-9));
    }

    private static GpuSample sample(int index, long nanos, Double watts) {
        return new GpuSample(index, "GPU-" + index, "test GPU", nanos, 50.0, 1000.0, 81559.0, watts, 1980.0, 40.0);
    }
}

package dev.aigate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate file's {@code gpu:} section. */
class GpuStageParserTest {

    private WrittenGateFile written;

    @BeforeEach
    void writeTo(@TempDir Path dir) {
        written = new WrittenGateFile(dir);
    }

    @Test
    void aProbeAndTelemetryWithTheirThresholds() throws Exception {
        GpuStageSpec gpu = written.parse(String.join("\n",
                "gpu:",
                "  probe:",
                "    min_fraction: 90%",
                "    thresholds: ['mean(fp32_vs_expected) >= 95%']",
                "  telemetry:",
                "    duration: 30s",
                "    interval: 250ms",
                "    thresholds:",
                "      - max(gpu_temperature) < 85",
                "")).gpu().orElseThrow();

        assertThat(gpu.probe().minFraction()).isEqualTo(0.9);
        assertThat(gpu.probe().thresholds()).singleElement()
                .satisfies(t -> assertThat(t.expression()).isEqualTo("mean(fp32_vs_expected) >= 95%"));
        assertThat(gpu.telemetry().duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(gpu.telemetry().interval()).isEqualTo(Duration.ofMillis(250));
        assertThat(gpu.telemetry().thresholds()).singleElement()
                .satisfies(t -> assertThat(t.location().line()).isEqualTo(9));
    }

    @Test
    void aPartWrittenWithoutAValueTakesItsDefaultsAndIsNotSkipped() throws Exception {
        GpuStageSpec gpu = written.parse("gpu:\n  probe:\n").gpu().orElseThrow();

        assertThat(gpu.probe().minFraction()).isEqualTo(0.8);
        assertThat(gpu.probe().thresholds()).isEmpty();
        assertThat(gpu.telemetry()).isNull();
        GpuStageSpec telemetry = written.parse("gpu: {telemetry: }\n").gpu().orElseThrow();
        assertThat(telemetry.telemetry().duration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(telemetry.telemetry().interval()).isEqualTo(Duration.ofMillis(100));
        assertThat(telemetry.probe()).isNull();
    }

    @Test
    void aGpuSectionAloneIsAGate() throws Exception {
        assertThat(written.parse("gpu: {probe: {min_fraction: 0.75}}\n").bench()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty section | gpu: {} | 1:6 | 'gpu' needs 'probe', 'telemetry' or both
            a scalar | gpu: yes | 1:6 | 'gpu' must be a mapping
            unknown part | gpu: {probes: {}} | 1:7 | unknown key 'probes' in 'gpu'; did you mean 'probe'?
            fraction above one | gpu: {probe: {min_fraction: 1.5}} | 1:29 | 'gpu.probe.min_fraction' must be in (0, 1]
            fraction zero | gpu: {probe: {min_fraction: 0}} | 1:29 | 'gpu.probe.min_fraction' must be in (0, 1]
            fraction not a number | gpu: {probe: {min_fraction: high}} | 1:29 | a share is written 0.9 or 90%, got 'high'
            misspelt probe key | gpu: {probe: {min_fractoin: 0.9}} | 1:15 | did you mean 'min_fraction'?
            zero duration | gpu: {telemetry: {duration: 0s}} | 1:29 | 'gpu.telemetry.duration' must be longer than 0
            duration without unit | gpu: {telemetry: {duration: 10}} | 1:29 | '10' is not a duration
            interval too short | gpu: {telemetry: {interval: 1ms}} | 1:29 | 'gpu.telemetry.interval' must be at least 10ms, got 1ms
            thresholds not a list | gpu: {telemetry: {thresholds: 'max(gpu_power) < 1'}} | 1:31 | 'gpu.telemetry.thresholds' must be a list
            """)
    void badGpuSectionsSayWhere(String name, String yaml, String where, String message) {
        assertThatThrownBy(() -> written.parse(yaml + "\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(written.at(where))
                .hasMessageContaining(message);
    }
}

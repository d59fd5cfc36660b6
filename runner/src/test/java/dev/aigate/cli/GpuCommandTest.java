package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.fakegpu.FakeGpuTools;
import dev.aigate.fakegpu.FakeGpuTools.Ending;
import dev.aigate.gpu.NvidiaSmi;
import dev.aigate.gpu.probe.ProbeExecutable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aigate gpu probe}, {@code aigate gpu telemetry} and telemetry inside {@code aigate bench}, end to end
 * through the CLI, with nvidia-smi and the CUDA probe replaced by scripts replaying outputs recorded on an H100.
 */
class GpuCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> IDLE = FakeGpuTools.recording("h100-telemetry-idle.csv").lines().toList();

    @TempDir
    Path dir;

    @Test
    void aHealthyH100Passes() throws Exception {
        CliRunner.Run run = CliRunner.run(gpuWithProbe("h100-probe-output.json", 0), "gpu", "probe", "--out", out());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout()).contains("PASS: 4 of 4 gates passed", "NVIDIA H100 80GB HBM3", "2809.0");
        JsonNode result = JSON.readTree(dir.resolve("out/result.json").toFile());
        assertThat(result.path("schema").asText()).isEqualTo("aigate/gpu/v1");
        JsonNode bandwidth = result.at("/probe/devices/0/checks/memory_bandwidth");
        assertThat(bandwidth.path("measured").asDouble()).isEqualTo(2808.96);
        assertThat(bandwidth.path("expected").asDouble()).isCloseTo(3015.0, within(1e-9));
        assertThat(bandwidth.path("vs_expected").asDouble()).isEqualTo(0.9317);
        assertThat(result.at("/probe/devices/0/datasheet_model").asText()).isEqualTo("H100 SXM5 80GB");
    }

    @Test
    void aRunnerWithSlowMemoryFailsTheGateAndSaysWhich() {
        CliRunner.Run run = CliRunner.run(gpuWithProbe("h100-degraded-memory-probe-output.json", 0), "gpu", "probe",
                "--out", out());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).contains("FAIL: 3 of 4 gates passed; regressed: "
                + "min(memory_bandwidth_vs_expected) = 63.17%, limit >= 80%");
    }

    @Test
    void theDegradedShareIsConfigurableAndThresholdsAddGates() {
        Map<String, String> env = gpuWithProbe("h100-probe-output.json", 0);

        assertThat(CliRunner.run(env, "gpu", "probe", "--min-fraction", "0.95", "--out", out()).exitCode())
                .as("93% of a healthy card's bandwidth is under 95%").isEqualTo(1);
        CliRunner.Run stricter = CliRunner.run(env, "gpu", "probe", "--threshold", "mean(fp32_vs_expected) >= 99%",
                "--out", out());
        assertThat(stricter.exitCode()).isEqualTo(1);
        assertThat(stricter.stdout()).contains("mean(fp32_vs_expected) = 98.18%, limit >= 99%");
    }

    @Test
    void anUnknownModelIsInconclusiveNotPassed() {
        CliRunner.Run run = CliRunner.run(gpuWithProbe("unknown-model-probe-output.json", 0), "gpu", "probe",
                "--out", out());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.stdout()).contains("no datasheet for GPU 0 ('NVIDIA RTX PRO 6000 Blackwell Server Edition')");
    }

    @Test
    void aProbeThatFailsIsInconclusiveWithItsError() {
        CliRunner.Run run = CliRunner.run(gpuWithProbe("no-kernel-image-probe-output.json", 1), "gpu", "probe",
                "--out", out());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.stdout()).contains("the probe failed: copy_kernel launch: no kernel image is available");
    }

    @Test
    void withoutAGpuEveryGpuCommandSaysSoAndIsInconclusive() throws Exception {
        Map<String, String> none = Map.of("PATH", dir.toString());

        CliRunner.Run probe = CliRunner.run(none, "gpu", "probe", "--out", out());
        CliRunner.Run telemetry = CliRunner.run(none, "gpu", "telemetry", "--duration", "100ms", "--format", "json",
                "--out", out());

        assertThat(probe.exitCode()).isEqualTo(3);
        assertThat(probe.stdout()).contains("no NVIDIA GPU detected: nvidia-smi not found");
        assertThat(telemetry.exitCode()).isEqualTo(3);
        JsonNode result = JSON.readTree(telemetry.stdout());
        assertThat(result.path("notes").toString()).contains("no NVIDIA GPU detected: nvidia-smi not found");
        assertThat(result.has("gpu")).as("no figures at all rather than zeros").isFalse();
    }

    @Test
    void telemetrySummarisesTheSamplesAndJudgesThresholds() throws Exception {
        Map<String, String> env = gpu();

        CliRunner.Run run = CliRunner.run(env, "gpu", "telemetry", "--duration", "500ms", "--threshold",
                "max(gpu_power) < 200", "--format", "json", "--out", out());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode gpu = JSON.readTree(run.stdout()).path("gpu");
        assertThat(gpu.at("/gpus/0/name").asText()).isEqualTo("NVIDIA H100 80GB HBM3");
        assertThat(gpu.at("/gpus/0/samples").asInt()).isPositive();
        assertThat(gpu.at("/gpus/0/power_w/max").asDouble()).isEqualTo(90.0);
        assertThat(gpu.at("/gpus/0/utilization_pct/mean").asDouble()).isZero();
        assertThat(gpu.path("energy_j").asDouble()).isPositive();

        CliRunner.Run idle = CliRunner.run(env, "gpu", "telemetry", "--duration", "300ms", "--threshold",
                "mean(gpu_utilization) >= 50%", "--out", out());
        assertThat(idle.exitCode()).as("the recorded GPU was idle").isEqualTo(1);
    }

    @Test
    void benchCarriesTelemetryAndEnergyPerOutputToken() throws Exception {
        CliRunner.Run run = CliRunner.run(gpu(), "bench", "--requests", "4", "--concurrency", "2",
                "--output-tokens", "8", "--format", "json", "--out", out());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode result = JSON.readTree(run.stdout());
        JsonNode gpu = result.path("gpu");
        assertThat(gpu.path("output_tokens").asLong()).isEqualTo(result.at("/tokens/output").asLong()).isPositive();
        assertThat(gpu.path("joules_per_output_token").asDouble())
                .isCloseTo(gpu.path("energy_j").asDouble() / gpu.path("output_tokens").asLong(),
                        withinPercentage(0.01));
        assertThat(gpu.at("/gpus/0/name").asText()).isEqualTo("NVIDIA H100 80GB HBM3");
    }

    @Test
    void benchThresholdsJudgeTheGpuOfTheMeasuredWindow() {
        CliRunner.Run idle = CliRunner.run(gpu(), "bench", "--requests", "4", "--concurrency", "2",
                "--output-tokens", "8", "--threshold", "max(gpu_power) <= 90", "--threshold",
                "mean(gpu_utilization) >= 50%", "--out", out());

        assertThat(idle.exitCode()).as("the recorded GPU was idle: " + idle.all()).isEqualTo(1);
        // Which recorded samples fall in the measured window depends on timing; every one of them is <= 90 W.
        assertThat(idle.stdout()).containsPattern("max\\(gpu_power\\) = [0-9.]+, limit <= 90: PASSED")
                .contains("mean(gpu_utilization) = 0%, limit >= 50%: FAILED");
    }

    @Test
    void benchWithoutAGpuHasNoGpuKeyAndANote() throws Exception {
        CliRunner.Run run = CliRunner.run(Map.of(), "bench", "--requests", "2", "--output-tokens", "4",
                "--format", "json", "--out", out());

        JsonNode result = JSON.readTree(run.stdout());
        assertThat(result.has("gpu")).isFalse();
        assertThat(result.path("notes").toString())
                .contains("GPU telemetry: no NVIDIA GPU detected: nvidia-smi not found");
    }

    @Test
    void badGpuFlagsAreOneLineAndExitTwo() {
        Map<String, String> env = gpuWithProbe("h100-probe-output.json", 0);

        assertOneLineUsageError(CliRunner.run(env, "gpu", "probe", "--min-fraction", "1.5", "--out", out()),
                "--min-fraction must be in (0, 1], got 1.5");
        assertOneLineUsageError(CliRunner.run(env, "gpu", "probe", "--threshold", "min(bandwidth) >= 80%",
                "--out", out()), "bandwidth");
        assertOneLineUsageError(CliRunner.run(env, "gpu", "telemetry", "--duration", "soon", "--out", out()),
                "--duration");
        assertOneLineUsageError(CliRunner.run(env, "gpu", "telemetry", "--threshold", "rate(gpu_power) < 1%",
                "--out", out()), "rate");
        assertOneLineUsageError(CliRunner.run(env, "gpu"), "'aigate gpu probe' or 'aigate gpu telemetry'");
    }

    private static void assertOneLineUsageError(CliRunner.Run run, String mentioned) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.stderr().strip()).contains(mentioned).doesNotContain("\n").doesNotContain("Exception");
    }

    private Map<String, String> gpu() {
        Path smi = FakeGpuTools.nvidiaSmi(dir.resolve("smi"), FakeGpuTools.recording("h100-list.csv"), IDLE, 5,
                Ending.REPEAT);
        Map<String, String> env = new HashMap<>();
        env.put(NvidiaSmi.OVERRIDE_VARIABLE, smi.toString());
        return env;
    }

    private Map<String, String> gpuWithProbe(String recording, int exitCode) {
        Map<String, String> env = gpu();
        env.put(ProbeExecutable.OVERRIDE_VARIABLE,
                FakeGpuTools.probe(dir.resolve("probe"), FakeGpuTools.recording(recording), exitCode).toString());
        return env;
    }

    private String out() {
        try {
            return Files.createDirectories(dir.resolve("out")).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

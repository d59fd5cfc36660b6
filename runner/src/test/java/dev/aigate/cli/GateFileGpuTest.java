package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.fakegpu.FakeGpuTools;
import dev.aigate.fakegpu.FakeGpuTools.Ending;
import dev.aigate.gate.Dimension;
import dev.aigate.gate.UnitFormat;
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
 * A gate file's {@code gpu:} section and the bench stage's thresholds on GPU metrics, end to end through
 * {@code aigate run}, with nvidia-smi and the CUDA probe replaced by scripts replaying outputs recorded on an H100
 * (and, for thresholds that need a busy GPU, one hand-written telemetry line).
 */
class GateFileGpuTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A busy GPU: 80% utilization, 40,000 MiB, 250 W, 1,980 MHz, 61 °C. */
    private static final String BUSY = "0, GPU-a3829c0f-e623-db40-9553-5b4526e5d3ad, NVIDIA H100 80GB HBM3, 80, 40000, "
            + "81559, 250.00, 1980, 61";
    private static final String BENCH = """
            bench:
              concurrency: 2
              requests: 8
              output_tokens: 8
              thresholds:
            """;

    @TempDir
    Path dir;

    @Test
    void theProbeSectionGatesTheRunnerAsTheCommandDoes() throws Exception {
        Path gate = write("gpu:\n  probe:\n");

        CliRunner.Run healthy = CliRunner.run(withProbe(busyGpu(), "h100-probe-output.json", 0), "run",
                gate.toString(), "--format", "json", "--out", out());
        CliRunner.Run degraded = CliRunner.run(withProbe(busyGpu(), "h100-degraded-memory-probe-output.json", 0),
                "run", gate.toString(), "--out", out());

        assertThat(healthy.exitCode()).as(healthy.all()).isZero();
        JsonNode result = JSON.readTree(healthy.stdout());
        assertThat(result.at("/stages/gpu-probe/probe/devices/0/checks/memory_bandwidth/vs_expected").asDouble())
                .isEqualTo(0.9317);
        assertThat(result.path("gates")).hasSize(4);
        assertThat(degraded.exitCode()).isEqualTo(1);
        assertThat(degraded.stdout()).contains("min(memory_bandwidth_vs_expected) = 63.17%, limit >= 80%");
    }

    @Test
    void probeThresholdsAndMinFractionComeFromTheFileWithTheirLines() throws Exception {
        Path gate = write("""
                gpu:
                  probe:
                    min_fraction: 0.5
                thresholds:
                  - mean(fp32_vs_expected) >= 99%
                """);

        CliRunner.Run run = CliRunner.run(withProbe(busyGpu(), "h100-degraded-memory-probe-output.json", 0), "run",
                gate.toString(), "--format", "json", "--out", out());

        assertThat(run.exitCode()).as("63% of a healthy card passes min_fraction 0.5; FP32 misses 99%").isEqualTo(1);
        JsonNode failed = gate(JSON.readTree(run.stdout()), "mean(fp32_vs_expected) >= 99%");
        assertThat(failed.path("verdict").asText()).isEqualTo("fail");
        assertThat(failed.at("/location/line").asInt()).isEqualTo(5);
    }

    @Test
    void theTelemetrySectionSamplesAndJudges() throws Exception {
        Path gate = write("""
                gpu:
                  telemetry:
                    duration: 300ms
                    thresholds: ['max(gpu_temperature) < 85', 'mean(gpu_utilization) >= 50%']
                """);

        CliRunner.Run run = CliRunner.run(busyGpu(), "run", gate.toString(), "--format", "json", "--out", out());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode telemetry = JSON.readTree(run.stdout()).at("/stages/gpu-telemetry/gpu");
        assertThat(telemetry.at("/gpus/0/temperature_c/max").asDouble()).isEqualTo(61.0);
    }

    @Test
    void benchThresholdsJudgeTheGpuTelemetryOfTheMeasuredWindow() throws Exception {
        Path gate = write(BENCH + """
                    - mean(gpu_utilization) >= 50%
                    - max(gpu_temperature) < 85
                    - mean(energy_per_token) < 1000J
                    - p99(gpu_power) <= 250
                """);

        CliRunner.Run run = CliRunner.run(busyGpu(), "run", gate.toString(), "--format", "json", "--out", out());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode result = JSON.readTree(run.stdout());
        JsonNode gpu = result.at("/stages/bench/gpu");
        double joulesPerToken = gpu.path("joules_per_output_token").asDouble();
        assertThat(joulesPerToken).as("250 W over the window, per output token").isPositive();
        assertThat(gate(result, "mean(energy_per_token) < 1000J").path("message").asText()).isEqualTo(
                "mean(energy_per_token) = " + UnitFormat.format(joulesPerToken, Dimension.ENERGY)
                        + ", limit < 1000 J: PASSED");
        assertThat(gate(result, "mean(gpu_utilization) >= 50%").path("message").asText())
                .isEqualTo("mean(gpu_utilization) = 80%, limit >= 50%: PASSED");
        assertThat(gate(result, "p99(gpu_power) <= 250").path("verdict").asText()).isEqualTo("pass");
    }

    @Test
    void aSweepJudgesTheGpuOverItsJudgedPointsOwnWindow() throws Exception {
        Path gate = write("""
                target: {url: embedded, seed: 7}
                bench:
                  requests: 8
                  warmup_requests: 2
                  input_tokens: 1024
                  output_tokens: 4
                  slo: {ttft: 300ms}
                  sweep: {concurrency: [1, 8], max_goodput: true, search_steps: 0}
                  thresholds: ['max(gpu_temperature) < 85', 'mean(energy_per_token) < 1000J']
                """);

        CliRunner.Run run = CliRunner.run(busyGpu(), "run", gate.toString(), "--format", "json", "--out", out());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode bench = JSON.readTree(run.stdout()).at("/stages/bench");
        assertThat(bench.path("judged_concurrency").asDouble()).as("a prefill-heavy load of 8 misses a 300 ms TTFT")
                .isEqualTo(1.0);
        // The judged point ran first, so its window is found from the wall clock: a mapping gone wrong would clamp
        // the window to the recording's edges and shrink it.
        double measured = bench.path("duration_s").asDouble();
        assertThat(bench.at("/gpu/duration_s").asDouble()).isCloseTo(measured, within(0.002));
        assertThat(bench.at("/gpu/energy_j").asDouble()).isCloseTo(250 * measured, within(1.0));
    }

    @Test
    void aGpuGateThatMissesFailsTheBenchStage() throws Exception {
        Path gate = write(BENCH + "    - max(gpu_temperature) < 60\n    - mean(energy_per_token) < 1mJ\n");

        CliRunner.Run run = CliRunner.run(busyGpu(), "run", gate.toString(), "--out", out());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.stdout()).contains("max(gpu_temperature) = 61, limit < 60: FAILED")
                .containsPattern("mean\\(energy_per_token\\) = [0-9.]+ J, limit < 0.001 J: FAILED");
    }

    @Test
    void withoutAGpuEveryGpuPartIsInconclusiveAndSaysWhyNeverZeros() throws Exception {
        Map<String, String> none = Map.of("PATH", dir.toString());
        Path bench = write(BENCH + "    - mean(gpu_utilization) >= 50%\n    - p99(ttft) < 60s\n");
        Path probe = write("gpu: {probe: }\n");

        CliRunner.Run benchRun = CliRunner.run(none, "run", bench.toString(), "--format", "json", "--out", out());
        CliRunner.Run probeRun = CliRunner.run(none, "run", probe.toString(), "--out", out());

        assertThat(benchRun.exitCode()).as(benchRun.all()).isEqualTo(3);
        JsonNode result = JSON.readTree(benchRun.stdout());
        assertThat(gate(result, "mean(gpu_utilization) >= 50%").path("message").asText()).isEqualTo(
                "mean(gpu_utilization) = no data (no NVIDIA GPU detected: nvidia-smi not found), limit >= 50%: "
                        + "INCONCLUSIVE");
        assertThat(gate(result, "p99(ttft) < 60s").path("verdict").asText()).isEqualTo("pass");
        assertThat(result.at("/stages/bench").has("gpu")).as("no figures rather than zeros").isFalse();
        assertThat(probeRun.exitCode()).isEqualTo(3);
        assertThat(probeRun.stdout()).contains("no NVIDIA GPU detected: nvidia-smi not found");
    }

    @Test
    void gpuThresholdsThatCannotApplyAreOneLineAndExitTwo() throws Exception {
        Map<String, String> env = busyGpu();
        List<String[]> cases = List.of(
                new String[] {BENCH + "    - mean(gpu_utilisation) >= 50%\n", "did you mean 'gpu_utilization'?"},
                new String[] {BENCH + "    - p99(energy_per_token) < 1J\n", "p99 does not apply to 'energy_per_token'"},
                new String[] {BENCH + "    - mean(energy_per_token) < 5ms\n", "unit 'ms' does not fit"},
                new String[] {BENCH + "thresholds: ['min(fp32_vs_expected) >= 90%']\n", "needs a 'gpu.probe' section"},
                new String[] {"gpu: {probe: }\nthresholds: ['max(gpu_power) < 300']\n",
                        "needs a 'bench' stage or a 'gpu.telemetry' section"},
                new String[] {"gpu: {probe: {thresholds: ['max(gpu_power) < 300']}}\n", "unknown metric 'gpu_power'"});
        for (String[] bad : cases) {
            CliRunner.Run run = CliRunner.run(env, "run", write(bad[0]).toString(), "--out", out());
            assertThat(run.exitCode()).as(bad[0] + run.all()).isEqualTo(2);
            assertThat(run.stderr().strip()).contains(bad[1]).doesNotContain("\n").doesNotContain("Exception");
        }
    }

    private static JsonNode gate(JsonNode result, String name) {
        for (JsonNode gate : result.path("gates")) {
            if (gate.path("name").asText().equals(name)) {
                return gate;
            }
        }
        throw new AssertionError("no gate " + name + " in " + result.path("gates"));
    }

    private Map<String, String> busyGpu() {
        Path smi = FakeGpuTools.nvidiaSmi(dir.resolve("smi"), FakeGpuTools.recording("h100-list.csv"), List.of(BUSY),
                5, Ending.REPEAT);
        Map<String, String> env = new HashMap<>();
        env.put(NvidiaSmi.OVERRIDE_VARIABLE, smi.toString());
        return env;
    }

    private Map<String, String> withProbe(Map<String, String> env, String recording, int exitCode) {
        Map<String, String> withProbe = new HashMap<>(env);
        withProbe.put(ProbeExecutable.OVERRIDE_VARIABLE,
                FakeGpuTools.probe(dir.resolve("probe"), FakeGpuTools.recording(recording), exitCode).toString());
        return withProbe;
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "gate", ".yaml"), yaml);
    }

    private String out() {
        return dir.resolve("out").toString();
    }
}

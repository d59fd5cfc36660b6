package dev.aigate.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.fakegpu.FakeGpuTools;
import dev.aigate.fakegpu.FakeGpuTools.Ending;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the recorder against a fake nvidia-smi that replays lines recorded on an H100. */
class TelemetryRecorderTest {

    private static final List<String> IDLE = FakeGpuTools.recording("h100-telemetry-idle.csv").lines().toList();

    @TempDir
    Path dir;

    @Test
    void recordsEveryLineWithItsMonotonicReceiveTime() throws Exception {
        NvidiaSmi smi = fake(IDLE.subList(0, 10), Ending.DIE);

        TelemetryRecording recording;
        try (TelemetryRecorder recorder = TelemetryRecorder.start(smi, Duration.ofMillis(100))) {
            waitForExit(recorder);
            recording = recorder.stop();
        }

        assertThat(recording.samples()).hasSize(10);
        assertThat(recording.samples()).extracting(GpuSample::receivedNanos).isSorted()
                .allMatch(nanos -> nanos >= recording.startNanos() && nanos <= recording.endNanos());
        TelemetrySummary summary = recording.summarize();
        GpuTelemetry h100 = summary.gpus().get(0);
        assertThat(h100.name()).isEqualTo("NVIDIA H100 80GB HBM3");
        assertThat(h100.samples()).isEqualTo(10);
        assertThat(h100.powerWatts().max()).isEqualTo(90.0);
        // Board power was between 65 and 90 W throughout, so energy lies between those times the window.
        assertThat(h100.energyJoules()).isBetween(60 * recording.durationSeconds(), 90 * recording.durationSeconds());
    }

    @Test
    void aSamplerThatDiesIsReportedAndItsSamplesKept() throws Exception {
        TelemetryRecording recording;
        try (TelemetryRecorder recorder = TelemetryRecorder.start(fake(IDLE.subList(0, 3), Ending.DIE),
                Duration.ofMillis(100))) {
            waitForExit(recorder);
            recording = recorder.stop();
        }

        assertThat(recording.samples()).hasSize(3);
        assertThat(recording.notes()).containsExactly(
                "nvidia-smi printed a line that is not a sample: "
                        + "'Unable to determine the device handle for GPU0000:00:06.0: Unknown Error'",
                "nvidia-smi exited with code 15 before sampling was stopped; "
                        + "the summary covers the samples received until then");
    }

    @Test
    void stopEndsASamplerThatWouldRunForever() throws Exception {
        TelemetryRecorder recorder = TelemetryRecorder.start(fake(IDLE, Ending.REPEAT), Duration.ofMillis(100));
        Thread.sleep(300);

        TelemetryRecording recording = recorder.stop();

        assertThat(recording.notes()).isEmpty();
        assertThat(recording.samples()).isNotEmpty();
        assertThat(recorder.stop()).as("stopping twice returns the same recording").isSameAs(recording);
    }

    private NvidiaSmi fake(List<String> lines, Ending ending) {
        Path script = FakeGpuTools.nvidiaSmi(dir, FakeGpuTools.recording("h100-list.csv"), lines, 5, ending);
        return NvidiaSmi.locate(Map.of(NvidiaSmi.OVERRIDE_VARIABLE, script.toString())).orElseThrow();
    }

    private static void waitForExit(TelemetryRecorder recorder) throws InterruptedException {
        assertThat(recorder.awaitSamplerExit(Duration.ofSeconds(30))).as("the fake nvidia-smi ends by itself").isTrue();
    }
}

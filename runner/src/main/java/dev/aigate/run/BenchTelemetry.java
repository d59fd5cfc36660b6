package dev.aigate.run;

import dev.aigate.bench.BenchResult;
import dev.aigate.gpu.GpuDetection;
import dev.aigate.gpu.TelemetryJson;
import dev.aigate.gpu.TelemetrySeries;
import dev.aigate.gpu.TelemetryRecorder;
import dev.aigate.gpu.TelemetryRecording;
import dev.aigate.gpu.TelemetrySummary;
import dev.aigate.report.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GPU telemetry alongside a benchmark: samples this machine's GPUs while the run goes on and adds the {@code gpu}
 * key (SPEC §4), a table and energy per output token to the bench stage's result. Without a GPU the result says so
 * in a note and has no {@code gpu} key: never zeros.
 */
final class BenchTelemetry implements AutoCloseable {

    private final TelemetryRecorder recorder;
    private final String absentReason;

    private BenchTelemetry(TelemetryRecorder recorder, String absentReason) {
        this.recorder = recorder;
        this.absentReason = absentReason;
    }

    static BenchTelemetry start(Map<String, String> environment) {
        GpuDetection detection = GpuDetection.detect(environment);
        if (!detection.present()) {
            return new BenchTelemetry(null, detection.absentReason());
        }
        try {
            return new BenchTelemetry(TelemetryRecorder.start(detection.nvidiaSmi(),
                    TelemetryRecorder.DEFAULT_INTERVAL), null);
        } catch (IOException e) {
            return new BenchTelemetry(null, "could not start nvidia-smi: " + e.getMessage());
        }
    }

    /**
     * {@code stage} with the telemetry of the benchmark's measured window added. The window is the run's last
     * {@code duration_s} seconds (first measured send → last completion ends just before the run returns), so
     * warm-up is left out of GPU figures as it is of latencies, and energy per output token divides the energy of
     * the same window as the tokens.
     */
    StageResult attach(StageResult stage, BenchResult result) {
        List<String> notes = new ArrayList<>(stage.notes());
        if (recorder == null) {
            notes.add("GPU telemetry: " + absentReason);
            return new StageResult(stage.stage(), stage.verdict(), stage.gates(), stage.tables(), stage.json(), notes);
        }
        TelemetryRecording recording = recorder.stop();
        if (result.durationSeconds() != null) {
            recording = recording.window(recording.endNanos() - Math.round(result.durationSeconds() * 1e9),
                    recording.endNanos());
        }
        long outputTokens = result.tokens().output();
        TelemetrySummary summary = recording.summarize();
        stage.json().set("gpu", TelemetryJson.write(summary, outputTokens)
                .set("series", TelemetrySeries.write(recording, TelemetrySeries.MAX_POINTS)));
        List<Table> tables = new ArrayList<>(stage.tables());
        tables.addAll(GpuTables.telemetry(summary, outputTokens));
        notes.add("GPU telemetry: this machine's GPUs, sampled every " + TelemetryRecorder.DEFAULT_INTERVAL.toMillis()
                + " ms over the measured window (warm-up excluded); energy is board energy, idle power included");
        summary.notes().forEach(note -> notes.add("GPU telemetry: " + note));
        return new StageResult(stage.stage(), stage.verdict(), stage.gates(), tables, stage.json(), notes);
    }

    @Override
    public void close() {
        if (recorder != null) {
            recorder.stop();
        }
    }
}

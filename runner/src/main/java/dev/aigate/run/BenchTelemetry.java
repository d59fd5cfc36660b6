package dev.aigate.run;

import dev.aigate.gpu.GpuDetection;
import dev.aigate.gpu.TelemetryJson;
import dev.aigate.gpu.TelemetryRecorder;
import dev.aigate.gpu.TelemetrySummary;
import dev.aigate.report.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GPU telemetry alongside a benchmark: samples this machine's GPUs from just before the first request until the
 * run ends and adds the {@code gpu} key (SPEC §4), a table and energy per output token to the bench stage's
 * result. Without a GPU the result says so in a note and has no {@code gpu} key: never zeros.
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

    /** {@code stage} with the telemetry added; {@code outputTokens} gives energy per output token. */
    StageResult attach(StageResult stage, long outputTokens) {
        List<String> notes = new ArrayList<>(stage.notes());
        if (recorder == null) {
            notes.add("GPU telemetry: " + absentReason);
            return new StageResult(stage.stage(), stage.verdict(), stage.gates(), stage.tables(), stage.json(), notes);
        }
        TelemetrySummary summary = recorder.stop().summarize();
        stage.json().set("gpu", TelemetryJson.write(summary, outputTokens));
        List<Table> tables = new ArrayList<>(stage.tables());
        tables.addAll(GpuTables.telemetry(summary, outputTokens));
        notes.add("GPU telemetry: this machine's GPUs, sampled every " + TelemetryRecorder.DEFAULT_INTERVAL.toMillis()
                + " ms over the whole run; energy is board energy, idle power included");
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

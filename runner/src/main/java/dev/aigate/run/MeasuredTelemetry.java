package dev.aigate.run;

import dev.aigate.gate.MetricSource;
import dev.aigate.gate.Threshold;
import dev.aigate.gate.UnionMetricSource;
import dev.aigate.gpu.TelemetryJson;
import dev.aigate.gpu.TelemetryRecorder;
import dev.aigate.gpu.TelemetryRecording;
import dev.aigate.gpu.TelemetrySummary;
import dev.aigate.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The GPU telemetry of one benchmark's measured window, or why there is none. It answers the bench stage's
 * thresholds on GPU metrics ({@code mean(gpu_utilization) >= 50%}, {@code mean(energy_per_token) < 0.5J}) and adds
 * the {@code gpu} key (SPEC §4), its tables and notes to the stage. Without a GPU there is no {@code gpu} key and
 * every GPU gate is inconclusive, with a note saying why: never zeros, never a silent pass.
 *
 * @param recording    the samples of the window; null without telemetry
 * @param summary      {@code recording} summarized; null without telemetry
 * @param outputTokens the output tokens of the same window
 * @param absentReason why there is no telemetry; null when there is
 */
record MeasuredTelemetry(TelemetryRecording recording, TelemetrySummary summary, long outputTokens,
        String absentReason) {

    static MeasuredTelemetry of(TelemetryRecording recording, long outputTokens) {
        return new MeasuredTelemetry(recording, recording.summarize(), outputTokens, null);
    }

    static MeasuredTelemetry absent(String reason) {
        return new MeasuredTelemetry(null, null, 0, reason);
    }

    /** The GPU metrics a bench threshold may name, without data: for checking thresholds before the run. */
    static MetricSource catalog() {
        return absent("catalog").metrics();
    }

    /** Answers the GPU metrics over this window. */
    MetricSource metrics() {
        return UnionMetricSource.of(new TelemetryMetrics(recording), new EnergyMetrics(summary, outputTokens));
    }

    /** {@code stage} with this telemetry's figures, or a note saying there are none and which gates that leaves. */
    StageResult addTo(StageResult stage, List<Threshold> thresholds) {
        List<String> notes = new ArrayList<>(stage.notes());
        if (recording == null) {
            Set<String> gpuMetrics = metrics().metricNames();
            String gates = thresholds.stream().filter(t -> gpuMetrics.contains(t.metric())).map(Threshold::text)
                    .collect(Collectors.joining(", "));
            notes.add("GPU telemetry: " + absentReason + (gates.isEmpty() ? ""
                    : "; so the gates on GPU metrics (" + gates + ") are inconclusive"));
            return new StageResult(stage.stage(), stage.verdict(), stage.gates(), stage.tables(), stage.json(), notes);
        }
        stage.json().set("gpu", TelemetryJson.write(summary, outputTokens));
        List<Table> tables = new ArrayList<>(stage.tables());
        tables.addAll(GpuTables.telemetry(summary, outputTokens));
        notes.add("GPU telemetry: this machine's GPUs, sampled every " + TelemetryRecorder.DEFAULT_INTERVAL.toMillis()
                + " ms over the measured window (warm-up excluded); energy is board energy, idle power included");
        summary.notes().forEach(note -> notes.add("GPU telemetry: " + note));
        return new StageResult(stage.stage(), stage.verdict(), stage.gates(), tables, stage.json(), notes);
    }
}

package dev.aigate.run;

import dev.aigate.gate.GateOutcome;
import dev.aigate.gate.MetricSource;
import dev.aigate.gate.Threshold;
import dev.aigate.gate.UnionMetricSource;
import dev.aigate.gate.UnitFormat;
import dev.aigate.gate.Verdict;
import dev.aigate.gpu.TelemetryJson;
import dev.aigate.gpu.TelemetrySeries;
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
 * @param noteAbsence  whether to say there is none even when no gate needs it (a bench run on a machine without a
 *                     GPU says so; a merge of shard results, which never carries telemetry, only when gated on it)
 */
record MeasuredTelemetry(TelemetryRecording recording, TelemetrySummary summary, long outputTokens,
        String absentReason, boolean noteAbsence) {

    static MeasuredTelemetry of(TelemetryRecording recording, long outputTokens) {
        return new MeasuredTelemetry(recording, recording.summarize(), outputTokens, null, false);
    }

    /** No telemetry was sampled, for {@code reason}. */
    static MeasuredTelemetry absent(String reason) {
        return new MeasuredTelemetry(null, null, 0, reason, true);
    }

    /** Telemetry this kind of result never carries, for {@code reason}; mentioned only when a gate needs it. */
    static MeasuredTelemetry notCarried(String reason) {
        return new MeasuredTelemetry(null, null, 0, reason, false);
    }

    /** The GPU metrics a bench threshold may name, without data: for checking thresholds before the run. */
    static MetricSource catalog() {
        return absent("catalog").metrics();
    }

    /** Answers the GPU metrics over this window. */
    MetricSource metrics() {
        return UnionMetricSource.of(new TelemetryMetrics(recording), new EnergyMetrics(summary, outputTokens));
    }

    /**
     * {@code outcome} of {@code threshold}, its message saying why a GPU gate has no data when no telemetry was
     * sampled at all ({@code mean(gpu_utilization) = no data (no NVIDIA GPU detected: nvidia-smi not found), ...}).
     */
    GateOutcome explain(GateOutcome outcome, Threshold threshold) {
        MetricSource metrics = metrics();
        if (recording != null || outcome.verdict() != Verdict.INCONCLUSIVE
                || !metrics.metricNames().contains(threshold.metric())) {
            return outcome;
        }
        String limit = UnitFormat.format(threshold.limit(), threshold.valueDimension(metrics));
        return new GateOutcome(outcome.threshold(), Verdict.INCONCLUSIVE, null, threshold.subject() + " = no data ("
                + absentReason + "), limit " + threshold.comparison() + " " + limit + ": INCONCLUSIVE");
    }

    /** {@code stage} with this telemetry's figures, or a note saying there are none and which gates that leaves. */
    StageResult addTo(StageResult stage, List<Threshold> thresholds) {
        List<String> notes = new ArrayList<>(stage.notes());
        if (recording == null) {
            Set<String> gpuMetrics = metrics().metricNames();
            String gates = thresholds.stream().filter(t -> gpuMetrics.contains(t.metric())).map(Threshold::text)
                    .collect(Collectors.joining(", "));
            if (noteAbsence || !gates.isEmpty()) {
                notes.add("GPU telemetry: " + absentReason + (gates.isEmpty() ? ""
                        : "; so the gates on GPU metrics (" + gates + ") are inconclusive"));
            }
            return new StageResult(stage.stage(), stage.verdict(), stage.gates(), stage.tables(), stage.json(), notes);
        }
        stage.json().set("gpu", TelemetryJson.write(summary, outputTokens)
                .set("series", TelemetrySeries.write(recording, TelemetrySeries.MAX_POINTS)));
        List<Table> tables = new ArrayList<>(stage.tables());
        tables.addAll(GpuTables.telemetry(summary, outputTokens));
        notes.add("GPU telemetry: this machine's GPUs, sampled every " + TelemetryRecorder.DEFAULT_INTERVAL.toMillis()
                + " ms over the measured window (warm-up excluded); energy is board energy, idle power included");
        summary.notes().forEach(note -> notes.add("GPU telemetry: " + note));
        return new StageResult(stage.stage(), stage.verdict(), stage.gates(), tables, stage.json(), notes);
    }
}

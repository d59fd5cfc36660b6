package dev.aigate.run;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.gate.GateOutcome;
import dev.aigate.gate.MetricSource;
import dev.aigate.gate.Threshold;
import dev.aigate.gate.ThresholdEvaluator;
import dev.aigate.gate.Verdict;
import dev.aigate.gpu.GpuDetection;
import dev.aigate.gpu.TelemetryJson;
import dev.aigate.gpu.TelemetrySeries;
import dev.aigate.gpu.TelemetryRecorder;
import dev.aigate.gpu.TelemetryRecording;
import dev.aigate.gpu.TelemetrySummary;
import dev.aigate.report.GateResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Samples the GPUs for a while ({@code aigate gpu telemetry}) and judges thresholds over the samples. */
public final class GpuTelemetryStage {

    public static final String NAME = "gpu-telemetry";

    private GpuTelemetryStage() {
    }

    /** The metrics a telemetry threshold may name. */
    public static MetricSource catalog() {
        return new TelemetryMetrics(null);
    }

    /** Samples for {@code duration} (less if interrupted); no GPU is inconclusive, with the reason. */
    public static StageResult run(Duration duration, Duration interval, List<Threshold> thresholds,
            Map<String, String> environment) {
        GpuDetection detection = GpuDetection.detect(environment);
        List<String> notes = new ArrayList<>(GpuProbeStage.detected(detection));
        if (!detection.present()) {
            notes.add(detection.absentReason());
            return new StageResult(NAME, Verdict.INCONCLUSIVE, List.of(), List.of(), JsonNodeFactory.instance
                    .objectNode(), notes);
        }
        TelemetryRecording recording;
        try (TelemetryRecorder recorder = TelemetryRecorder.start(detection.nvidiaSmi(), interval)) {
            if (!sleep(duration)) {
                notes.add("interrupted: these are the samples gathered until then");
            }
            recording = recorder.stop();
        } catch (IOException e) {
            notes.add("GPU telemetry could not start nvidia-smi: " + e.getMessage());
            return new StageResult(NAME, Verdict.INCONCLUSIVE, List.of(), List.of(), JsonNodeFactory.instance
                    .objectNode(), notes);
        }
        TelemetrySummary summary = recording.summarize();
        notes.addAll(summary.notes());
        List<GateOutcome> outcomes = ThresholdEvaluator.evaluate(thresholds, new TelemetryMetrics(recording));
        Verdict verdict = GateOutcome.overall(outcomes);
        if (recording.samples().isEmpty()) {
            verdict = verdict.and(Verdict.INCONCLUSIVE);
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("gpu", TelemetryJson.write(summary, null)
                .set("series", TelemetrySeries.write(recording, TelemetrySeries.MAX_POINTS)));
        List<GateResult> gates = outcomes.stream()
                .map(o -> GateResult.of(NAME, o))
                .toList();
        return new StageResult(NAME, verdict, gates, GpuTables.telemetry(summary, null), json, notes);
    }

    /** Sleeps on the monotonic clock; false when interrupted (Ctrl-C ends sampling early, results still written). */
    private static boolean sleep(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        try {
            for (long left = duration.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 1000)));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

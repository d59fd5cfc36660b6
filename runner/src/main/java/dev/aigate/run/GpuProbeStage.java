package dev.aigate.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.gate.GateOutcome;
import dev.aigate.gate.MetricSource;
import dev.aigate.gate.Threshold;
import dev.aigate.gate.ThresholdEvaluator;
import dev.aigate.gate.ThresholdParser;
import dev.aigate.gate.Verdict;
import dev.aigate.gpu.GpuDetection;
import dev.aigate.gpu.GpuInfo;
import dev.aigate.gpu.probe.CheckResult;
import dev.aigate.gpu.probe.ProbeCheck;
import dev.aigate.gpu.probe.ProbeComparison;
import dev.aigate.gpu.probe.ProbeException;
import dev.aigate.gpu.probe.ProbeExecutable;
import dev.aigate.gpu.probe.ProbeRun;
import dev.aigate.report.GateResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The CUDA runner probe as a stage: detect the GPUs, run the probe, set each figure against what a healthy card of
 * the detected model reaches, and fail when a runner is degraded. No GPU, no probe, or no datasheet to compare
 * with is inconclusive (exit 3), never a pass.
 */
public final class GpuProbeStage {

    public static final String NAME = "gpu-probe";

    /** A runner is degraded when a figure is under this share of what a healthy card of its model reaches. */
    public static final double DEFAULT_MIN_FRACTION = 0.80;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GpuProbeStage() {
    }

    /** The metrics a probe threshold may name. */
    public static MetricSource catalog() {
        return new ProbeMetrics(List.of());
    }

    /** One gate per test: {@code min(<test>_vs_expected) >= <minFraction>}. */
    public static List<Threshold> defaultThresholds(double minFraction) {
        String percent = new BigDecimal(Double.toString(minFraction * 100)).stripTrailingZeros().toPlainString();
        return Arrays.stream(ProbeCheck.values())
                .map(check -> ThresholdParser.parse("min(" + ProbeMetrics.metricName(check) + ") >= " + percent + "%"))
                .toList();
    }

    public static StageResult run(List<Threshold> thresholds, Map<String, String> environment) {
        GpuDetection detection = GpuDetection.detect(environment);
        if (!detection.present()) {
            return inconclusive(detection.absentReason(), detection);
        }
        ProbeRun run;
        try {
            run = ProbeExecutable.run(environment);
        } catch (ProbeException e) {
            return inconclusive(e.getMessage(), detection);
        }
        List<ProbeComparison> comparisons = run.output().devices().stream().map(ProbeComparison::of).toList();
        List<GateOutcome> outcomes = ThresholdEvaluator.evaluate(thresholds, new ProbeMetrics(comparisons));
        List<String> notes = new ArrayList<>(detected(detection));
        notes.add("probe: " + run.binary() + "; CUDA runtime " + version(run.output().cudaRuntime()) + ", driver "
                + version(run.output().cudaDriver()));
        notes.add("healthy card = datasheet peak × the share such a test reaches on a healthy card (memory copy "
                + percent(ProbeCheck.MEMORY_BANDWIDTH.healthyFraction()) + ", FP32 "
                + percent(ProbeCheck.FP32.healthyFraction()) + ", pinned host copies "
                + percent(ProbeCheck.H2D.healthyFraction()) + "); see docs/gpu.md");
        for (ProbeComparison comparison : comparisons) {
            if (comparison.datasheet() == null) {
                notes.add("no datasheet for GPU " + comparison.device().index() + " ('" + comparison.device().name()
                        + "'): its figures are reported but cannot be judged");
            }
        }
        List<GateResult> gates = outcomes.stream()
                .map(o -> GateResult.of(NAME, o))
                .toList();
        ObjectNode json = NODES.objectNode();
        json.set("probe", probeJson(run, comparisons));
        return new StageResult(NAME, GateOutcome.overall(outcomes), gates, List.of(GpuTables.probe(comparisons)),
                json, notes);
    }

    private static StageResult inconclusive(String why, GpuDetection detection) {
        List<String> notes = new ArrayList<>(detected(detection));
        notes.add(why);
        ObjectNode json = NODES.objectNode();
        json.putObject("probe").put("error", why);
        return new StageResult(NAME, Verdict.INCONCLUSIVE, List.of(), List.of(), json, notes);
    }

    static List<String> detected(GpuDetection detection) {
        List<String> lines = new ArrayList<>();
        for (GpuInfo gpu : detection.gpus()) {
            lines.add("GPU " + gpu.index() + ": " + gpu.name() + " (" + gpu.uuid() + "), driver "
                    + gpu.driverVersion());
        }
        return lines;
    }

    private static ObjectNode probeJson(ProbeRun run, List<ProbeComparison> comparisons) {
        ObjectNode probe = NODES.objectNode();
        probe.put("binary", run.binary());
        probe.put("cuda_runtime", run.output().cudaRuntime());
        probe.put("cuda_driver", run.output().cudaDriver());
        ArrayNode devices = probe.putArray("devices");
        for (ProbeComparison comparison : comparisons) {
            ObjectNode device = devices.addObject();
            device.put("index", comparison.device().index());
            device.put("name", comparison.device().name());
            device.put("uuid", comparison.device().uuid());
            device.put("compute_capability", comparison.device().computeCapability());
            device.put("sm_count", comparison.device().smCount());
            device.put("datasheet_model", comparison.datasheet() == null ? null : comparison.datasheet().model());
            device.put("datasheet_source", comparison.datasheet() == null ? null : comparison.datasheet().source());
            ObjectNode checks = device.putObject("checks");
            for (CheckResult check : comparison.checks()) {
                ObjectNode node = checks.putObject(check.check().key());
                node.put("unit", check.check().unit());
                node.put("measured", check.measured());
                node.put("best", comparison.device().best().get(check.check()));
                node.put("datasheet", check.peak());
                node.put("expected", check.expected());
                node.put("vs_expected", check.ratioToExpected() == null ? null
                        : Math.round(check.ratioToExpected() * 10000) / 10000.0);
            }
        }
        return probe;
    }

    private static String version(int encoded) {
        return encoded / 1000 + "." + encoded % 1000 / 10;
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}

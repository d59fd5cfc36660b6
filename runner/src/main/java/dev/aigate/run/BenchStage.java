package dev.aigate.run;

import dev.aigate.bench.BenchMetricSource;
import dev.aigate.bench.BenchResult;
import dev.aigate.bench.Benchmark;
import dev.aigate.bench.DatasetException;
import dev.aigate.bench.PromptSource;
import dev.aigate.bench.RunOptions;
import dev.aigate.bench.StopReason;
import dev.aigate.bench.Sweep;
import dev.aigate.bench.SweepResult;
import dev.aigate.bench.SweepSpec;
import dev.aigate.config.BenchStageSpec;
import dev.aigate.config.ConfigException;
import dev.aigate.gate.GateOutcome;
import dev.aigate.gate.MetricSource;
import dev.aigate.gate.Threshold;
import dev.aigate.gate.ThresholdEvaluator;
import dev.aigate.gate.Verdict;
import dev.aigate.provider.ErrorKind;
import dev.aigate.report.GateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs the benchmark stage: opens its target, sends the load (one run or a sweep), judges the thresholds. */
public final class BenchStage {

    public static final String NAME = "bench";

    private BenchStage() {
    }

    /** The metrics a bench threshold may name, for checking thresholds before the run. */
    public static MetricSource catalog() {
        return BenchMetricSource.catalog();
    }

    public static StageResult run(BenchStageSpec stage, List<Threshold> thresholds, Map<String, String> environment) {
        return run(stage, null, thresholds, environment, RunOptions.DEFAULT);
    }

    /**
     * Runs the stage, as a sweep when {@code sweep} is not null.
     *
     * @throws ConfigException when the stage's prompt file cannot be read (before the target is opened)
     */
    public static StageResult run(BenchStageSpec stage, SweepSpec sweep, List<Threshold> thresholds,
            Map<String, String> environment, RunOptions options) {
        PromptSource prompts = loadPrompts(stage);
        int concurrency = sweep != null && sweep.axis() == SweepSpec.Axis.CONCURRENCY
                ? (int) Math.round(sweep.loads().get(sweep.loads().size() - 1))
                : stage.spec().concurrency();
        try (OpenTarget target = TargetLauncher.open(stage.target(), concurrency, environment);
                BenchTelemetry telemetry = BenchTelemetry.start(environment)) {
            if (sweep == null) {
                BenchResult result = Benchmark.run(stage.spec(), prompts, target.client(), options);
                return telemetry.attach(judge(result, thresholds, target.describe()), result);
            }
            SweepResult sweepResult = Sweep.run(stage.spec(), sweep, prompts, target.client(), options);
            BenchResult judged = sweepResult.judged().result();
            return telemetry.attach(SweepReport.of(sweepResult, judge(judged, thresholds, target.describe())), judged);
        }
    }

    private static PromptSource loadPrompts(BenchStageSpec stage) {
        try {
            return PromptSource.of(stage.spec());
        } catch (DatasetException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** Judges a finished benchmark; a run in which no request completed is inconclusive, never a pass. */
    public static StageResult judge(BenchResult result, List<Threshold> thresholds, String target) {
        List<GateOutcome> outcomes = ThresholdEvaluator.evaluate(thresholds, new BenchMetricSource(result));
        Verdict verdict = GateOutcome.overall(outcomes);
        List<String> notes = new ArrayList<>();
        notes.add("target: " + target);
        BenchResult.Requests requests = result.requests();
        if (requests.completed() == 0) {
            verdict = verdict.and(Verdict.INCONCLUSIVE);
            // First, so that the headline of a report with nothing to judge says why.
            notes.add(0, "no request completed: " + requests.sent() + " sent, " + describeErrors(result.errors())
                    + "; nothing could be measured");
        } else if (requests.failed() > 0) {
            notes.add(requests.failed() + " of " + requests.sent() + " requests failed (" + describeErrors(result.errors())
                    + ")");
        }
        result.errorExamples().forEach((kind, message) -> notes.add("first " + kind.key() + " error: " + message));
        if (result.stoppedBy() == StopReason.INTERRUPTED) {
            notes.add("interrupted: these are the results gathered until then");
        }
        if (result.tokens().outputSource() != null) {
            notes.add("output tokens counted from: " + result.tokens().outputSource().label());
        }
        if (result.mergedShards() > 0) {
            notes.add("merged from " + result.mergedShards() + " shards (peak concurrency is the sum of theirs)");
        }
        List<GateResult> gates = outcomes.stream()
                .map(o -> GateResult.of(NAME, o))
                .toList();
        return new StageResult(NAME, verdict, gates, BenchTables.of(result), result.toJson(), notes);
    }

    private static String describeErrors(Map<ErrorKind, Long> errors) {
        String listed = errors.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().key() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return listed.isEmpty() ? "no error kind recorded" : "errors: " + listed;
    }
}

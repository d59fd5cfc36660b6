package dev.aigate.run;

import dev.aigate.bench.BenchMetricSource;
import dev.aigate.bench.BenchResult;
import dev.aigate.bench.BenchSpec;
import dev.aigate.bench.Benchmark;
import dev.aigate.bench.DatasetException;
import dev.aigate.bench.LatencyDistribution;
import dev.aigate.bench.PromptSource;
import dev.aigate.bench.RunOptions;
import dev.aigate.bench.Shard;
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
import dev.aigate.gate.UnionMetricSource;
import dev.aigate.gate.Verdict;
import dev.aigate.pipeline.Numbers;
import dev.aigate.report.GateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Runs the benchmark stage: opens its target, sends the load (one run or a sweep), judges the thresholds. */
public final class BenchStage {

    public static final String NAME = "bench";

    private BenchStage() {
    }

    /**
     * The metrics a bench threshold may name, for checking thresholds before the run: the benchmark's (SPEC §4) and
     * those of the GPU telemetry sampled during it ({@code gpu_utilization}, {@code energy_per_token}, ...).
     */
    public static MetricSource catalog() {
        return UnionMetricSource.of(BenchMetricSource.catalog(), MeasuredTelemetry.catalog());
    }

    public static StageResult run(BenchStageSpec stage, List<Threshold> thresholds, Map<String, String> environment) {
        return run(stage, thresholds, environment, RunOptions.DEFAULT);
    }

    /**
     * Runs the stage, as a sweep when it has one; thresholds then judge the sweep's judged point (the max-goodput
     * point of a search, else the highest load), GPU thresholds over that point's measured window.
     *
     * @throws ConfigException when the stage's prompt file cannot be read (before the target is opened)
     */
    public static StageResult run(BenchStageSpec stage, List<Threshold> thresholds, Map<String, String> environment,
            RunOptions options) {
        PromptSource prompts = loadPrompts(stage);
        SweepSpec sweep = stage.sweep();
        int concurrency = sweep != null && sweep.axis() == SweepSpec.Axis.CONCURRENCY
                ? (int) Math.round(sweep.loads().get(sweep.loads().size() - 1))
                : stage.spec().concurrency();
        try (OpenTarget target = TargetLauncher.open(stage.target(), concurrency, environment);
                BenchTelemetry telemetry = BenchTelemetry.start(environment)) {
            if (sweep == null) {
                BenchResult result = Benchmark.run(stage.spec(), prompts, target.client(), options);
                return judge(result, telemetry.measured(result, true), thresholds, target.describe());
            }
            SweepResult sweepResult = Sweep.run(stage.spec(), sweep, prompts, target.client(), options);
            SweepResult.Point judged = sweepResult.judged();
            boolean judgedLast = judged == sweepResult.points().get(sweepResult.points().size() - 1);
            return SweepReport.of(sweepResult, judge(judged.result(), telemetry.measured(judged.result(), judgedLast),
                    thresholds, target.describe()));
        }
    }

    private static PromptSource loadPrompts(BenchStageSpec stage) {
        try {
            return PromptSource.of(stage.spec());
        } catch (DatasetException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /**
     * Judges a finished benchmark that carries no GPU telemetry (merged shard results); a run in which no request
     * completed is inconclusive, never a pass, and so is one in which most requests failed, unless a threshold on
     * errors judges it.
     */
    public static StageResult judge(BenchResult result, List<Threshold> thresholds, String target) {
        return judge(result, MeasuredTelemetry.notCarried("shard results are merged without their GPU telemetry"),
                thresholds, target);
    }

    private static StageResult judge(BenchResult result, MeasuredTelemetry telemetry, List<Threshold> thresholds,
            String target) {
        List<GateOutcome> evaluated = ThresholdEvaluator.evaluate(thresholds,
                UnionMetricSource.of(new BenchMetricSource(result), telemetry.metrics()));
        List<GateOutcome> outcomes = IntStream.range(0, evaluated.size())
                .mapToObj(i -> telemetry.explain(evaluated.get(i), thresholds.get(i)))
                .toList();
        Verdict verdict = GateOutcome.overall(outcomes);
        List<String> notes = new ArrayList<>();
        notes.add("target: " + target);
        BenchResult.Requests requests = result.requests();
        if (requests.completed() == 0) {
            verdict = verdict.and(Verdict.INCONCLUSIVE);
            // First, so that the headline of a report with nothing to judge says why.
            notes.add(0, "no request completed: " + requests.sent() + " sent, " + describeErrors(result)
                    + "; nothing could be measured");
        } else if (requests.mostlyFailed() && !judgesErrors(thresholds)) {
            verdict = verdict.and(Verdict.INCONCLUSIVE);
            notes.add(0, "too many errors to judge: " + failures(result) + "; the latencies and throughput describe "
                    + "only the " + requests.completed() + " that completed (a threshold on errors, e.g. "
                    + "rate(errors) < 5%, judges such a run instead)");
        } else if (requests.failed() > 0) {
            notes.add(failures(result));
        }
        result.errorExamples().forEach((kind, message) -> notes.add("first " + kind.key() + " error: " + message));
        if (requests.waitedForSlot() > 0) {
            notes.add(behindSchedule(result));
        }
        if (result.stoppedBy() == StopReason.INTERRUPTED) {
            notes.add("interrupted: these are the results gathered until then");
        }
        if (result.tokens().outputSource() != null) {
            notes.add("output tokens counted from: " + result.tokens().outputSource().label());
        }
        Shard shard = result.spec().shard();
        if (!shard.isWhole()) {
            notes.add("shard " + shard + ": these figures and gates cover this shard's requests only; merge every "
                    + "shard's result.json with 'aigate merge' for the run's");
        }
        if (result.mergedShards() > 0) {
            notes.add("merged from " + result.mergedShards() + " shards (peak concurrency is the sum of theirs)");
        }
        List<GateResult> gates = outcomes.stream()
                .map(o -> GateResult.of(NAME, o))
                .toList();
        return telemetry.addTo(new StageResult(NAME, verdict, gates, BenchTables.of(result), result.toJson(), notes),
                thresholds);
    }

    /**
     * Says that an open loop did not offer the load it was asked for: the latencies are still the server's, but at
     * a lower rate, and a request's wait for a slot (in client_queue) is time the schedule lost. For a whole run it
     * also says how many slots the rate needs on average (Little's law: rate × mean E2EL).
     */
    private static String behindSchedule(BenchResult result) {
        BenchSpec spec = result.spec();
        LatencyDistribution queue = result.latencies().clientQueue();
        String behind = String.format(Locale.ROOT, "open loop behind its schedule: %d of %d requests fell due while "
                + "all %d slots were busy and were sent late (client queue p50 %.2f ms, max %.2f ms)",
                result.requests().waitedForSlot(), result.requests().sent(), spec.shard().share(spec.concurrency()),
                queue.percentileMillis(50), queue.maxMillis());
        Double achieved = result.throughput().requestsPerSecond();
        LatencyDistribution e2el = result.latencies().e2el();
        if (!spec.shard().isWhole() || achieved == null || spec.rate() == null || e2el.isEmpty()) {
            return behind + "; raise concurrency to offer the rate asked for";
        }
        String rate = Numbers.plain(spec.rate());
        return behind + String.format(Locale.ROOT, "; %.1f requests/s completed against the %s asked for. At %s/s "
                + "with a mean E2EL of %.0f ms, %.1f requests would be in flight on average (Little's law): raise "
                + "concurrency well above that", achieved, rate, rate, e2el.meanMillis(),
                spec.rate() * e2el.meanMillis() / 1000);
    }

    private static boolean judgesErrors(List<Threshold> thresholds) {
        return thresholds.stream().anyMatch(threshold -> threshold.metric().equals(BenchMetricSource.ERRORS));
    }

    private static String failures(BenchResult result) {
        BenchResult.Requests requests = result.requests();
        return requests.failed() + " of " + requests.sent() + " requests failed (" + describeErrors(result)
                + ")";
    }

    /** The failures by kind, then the abandoned requests, which have none: {@code errors: timeout 2, abandoned 1}. */
    private static String describeErrors(BenchResult result) {
        String byKind = result.errors().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().key() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        long abandoned = result.requests().abandoned();
        String abandonedPart = abandoned > 0 ? "abandoned " + abandoned : "";
        if (byKind.isEmpty()) {
            return abandonedPart.isEmpty() ? "no errors" : abandonedPart;
        }
        return "errors: " + byKind + (abandonedPart.isEmpty() ? "" : ", " + abandonedPart);
    }
}

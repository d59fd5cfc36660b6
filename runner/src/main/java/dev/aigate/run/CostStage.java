package dev.aigate.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.config.CostStageSpec;
import dev.aigate.cost.CostComparison;
import dev.aigate.cost.CostEstimate;
import dev.aigate.cost.CostEstimator;
import dev.aigate.cost.CostJson;
import dev.aigate.cost.CostMetricSource;
import dev.aigate.cost.MeasuredUsage;
import dev.aigate.cost.Pricing;
import dev.aigate.cost.Workload;
import dev.aigate.gate.GateOutcome;
import dev.aigate.gate.MetricSource;
import dev.aigate.gate.Threshold;
import dev.aigate.gate.ThresholdEvaluator;
import dev.aigate.report.GateResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the cost stage: prices the workload (tokens from the traffic mix or a benchmark's measurement), compares it
 * with a baseline when there is one, and judges the budgets ({@code cost(per_month) < $5000}).
 */
public final class CostStage {

    public static final String NAME = "cost";

    private CostStage() {
    }

    /** The metrics a budget may name, for checking thresholds before anything runs. */
    public static MetricSource catalog() {
        return CostMetricSource.catalog();
    }

    /**
     * @param measured     the candidate's benchmark usage (the bench stage's, or a result file's); null when the
     *                     traffic mix gives the tokens and nothing was measured
     * @param measuredFrom where {@code measured} came from, for the report, e.g. "the bench stage"
     */
    public static StageResult run(CostStageSpec spec, List<Threshold> thresholds, MeasuredUsage measured,
            String measuredFrom) {
        CostEstimate candidate = CostEstimator.estimate(spec.pricing(), Workload.of(spec.traffic(), measured));
        CostComparison comparison = null;
        if (spec.hasBaseline()) {
            Pricing pricing = spec.baselinePricing() != null ? spec.baselinePricing() : spec.pricing();
            MeasuredUsage usage = spec.baselineUsage() != null ? spec.baselineUsage() : measured;
            comparison = new CostComparison(CostEstimator.estimate(pricing, Workload.of(spec.traffic(), usage)),
                    candidate);
        }
        List<GateOutcome> outcomes = ThresholdEvaluator.evaluate(thresholds, new CostMetricSource(candidate));
        List<GateResult> gates = outcomes.stream()
                .map(o -> GateResult.of(NAME, o))
                .toList();
        List<String> notes = new ArrayList<>();
        notes.add("priced: " + candidate.pricing().describe());
        if (measured != null) {
            notes.add("measured by " + measuredFrom);
        }
        notes.add("tokens per request: " + candidate.workload().tokenSource().label());
        candidate.notes().forEach(notes::add);
        if (comparison != null) {
            notes.add("baseline priced: " + comparison.baseline().pricing().describe());
            comparison.baseline().notes().forEach(n -> notes.add("baseline: " + n));
        }
        return new StageResult(NAME, GateOutcome.overall(outcomes), gates,
                CostTables.of(candidate, comparison, spec.traffic()), json(candidate, comparison), notes);
    }

    private static ObjectNode json(CostEstimate candidate, CostComparison comparison) {
        ObjectNode json = CostJson.estimate(candidate);
        if (comparison != null) {
            json.set("baseline", CostJson.estimate(comparison.baseline()));
            json.set("change", CostJson.change(comparison));
        }
        return json;
    }
}

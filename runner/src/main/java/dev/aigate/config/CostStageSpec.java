package dev.aigate.config;

import dev.aigate.cost.MeasuredUsage;
import dev.aigate.cost.Pricing;
import dev.aigate.cost.TrafficProfile;
import java.util.List;
import java.util.Objects;

/**
 * The cost stage of a gate file (or of {@code aigate cost}), resolved: prices looked up, files read.
 *
 * @param pricing         how the candidate is paid for
 * @param traffic         requests per day and, optionally, a mix of request shapes
 * @param baselinePricing how the baseline is paid for, when it differs (e.g. another model); null otherwise
 * @param baselineUsage   a baseline benchmark's usage to compare with; null when there is none
 * @param thresholds      budgets written under the stage, e.g. {@code cost(per_month) < $5000}
 */
public record CostStageSpec(Pricing pricing, TrafficProfile traffic, Pricing baselinePricing,
                            MeasuredUsage baselineUsage, List<ThresholdSpec> thresholds) {

    public CostStageSpec {
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(traffic, "traffic");
        thresholds = List.copyOf(thresholds);
    }

    /** Whether the report compares with a baseline (another model's prices, another result, or both). */
    public boolean hasBaseline() {
        return baselinePricing != null || baselineUsage != null;
    }
}

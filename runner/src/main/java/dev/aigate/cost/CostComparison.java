package dev.aigate.cost;

import java.util.Objects;
import java.util.OptionalDouble;

/** A baseline's cost beside a candidate's, figure by figure, as Infracost shows a pull request's cost diff. */
public record CostComparison(CostEstimate baseline, CostEstimate candidate) {

    public CostComparison {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(candidate, "candidate");
    }

    /** Candidate minus baseline in dollars; empty when either figure is missing. */
    public OptionalDouble change(CostMetric metric) {
        OptionalDouble before = baseline.figure(metric);
        OptionalDouble after = candidate.figure(metric);
        return before.isPresent() && after.isPresent()
                ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble()) : OptionalDouble.empty();
    }

    /** The change as a fraction of the baseline (0.25 = 25% more); empty when missing or the baseline is $0. */
    public OptionalDouble relativeChange(CostMetric metric) {
        OptionalDouble before = baseline.figure(metric);
        OptionalDouble change = change(metric);
        return change.isPresent() && before.getAsDouble() != 0
                ? OptionalDouble.of(change.getAsDouble() / before.getAsDouble()) : OptionalDouble.empty();
    }
}

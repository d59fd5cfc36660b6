package dev.aigate.config;

import dev.aigate.bench.BenchSpec;
import dev.aigate.bench.SweepSpec;
import java.util.List;

/**
 * The benchmark stage of a gate file: which target, what load, and the thresholds written under it.
 *
 * @param sweep the loads to run in turn (and the max-goodput search), or null for one run at {@code spec}'s load
 */
public record BenchStageSpec(TargetSpec target, BenchSpec spec, SweepSpec sweep, List<ThresholdSpec> thresholds) {

    public BenchStageSpec {
        thresholds = List.copyOf(thresholds);
    }

    /** One run, no sweep. */
    public BenchStageSpec(TargetSpec target, BenchSpec spec, List<ThresholdSpec> thresholds) {
        this(target, spec, null, thresholds);
    }
}

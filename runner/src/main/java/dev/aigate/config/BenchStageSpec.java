package dev.aigate.config;

import dev.aigate.bench.BenchSpec;
import java.util.List;

/** The benchmark stage of a gate file: which target, what load, and the thresholds written under it. */
public record BenchStageSpec(TargetSpec target, BenchSpec spec, List<ThresholdSpec> thresholds) {

    public BenchStageSpec {
        thresholds = List.copyOf(thresholds);
    }
}

package dev.aigate.config;

import dev.aigate.bench.Shard;
import dev.aigate.canary.CanaryStageSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A parsed gate file: targets, stages and thresholds for one release decision.
 *
 * @param thresholds thresholds written at the top level; each applies to the stage whose metrics it names
 * @param history    the {@code history:} store (file or directory, as {@code --history} takes it) resolved against
 *                   the gate file's directory, if the file names one
 */
public record GateFile(String name, Path path, Optional<BenchStageSpec> bench, Optional<PromptsStageSpec> prompts,
        Optional<CanaryStageSpec> canary, Optional<CostStageSpec> cost, Optional<GpuStageSpec> gpu,
        List<ThresholdSpec> thresholds, Optional<String> history) {

    public GateFile {
        thresholds = List.copyOf(thresholds);
    }

    /**
     * This gate with its bench stage sending only {@code shard} of the load and its prompts stage running only
     * {@code shard} of the cases ({@code aigate run --shard i/N}, so that a CI matrix or a Kubernetes Indexed Job
     * passes its index on the command line); it replaces the stages' own {@code shard}.
     *
     * @throws ConfigException when there is neither stage to split, the bench stage sweeps, or its load cannot be
     *                         split so
     */
    public GateFile withShard(Shard shard) {
        if (bench.isEmpty() && prompts.isEmpty()) {
            throw new ConfigException("--shard splits the bench stage's load and the prompts stage's cases, and "
                    + path + " has neither a 'bench' nor a 'prompts' section");
        }
        return new GateFile(name, path, bench.map(stage -> shardedBench(stage, shard)),
                prompts.map(stage -> stage.withShard(shard)), canary, cost, gpu, thresholds, history);
    }

    private BenchStageSpec shardedBench(BenchStageSpec stage, Shard shard) {
        if (stage.sweep() != null) {
            throw new ConfigException("--shard: the bench stage of " + path + " sweeps, and a sweep runs its loads "
                    + "one after another on one machine; remove its 'sweep' to shard it");
        }
        try {
            return new BenchStageSpec(stage.target(), stage.spec().toBuilder().shard(shard).build(), null,
                    stage.thresholds());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--shard " + shard + ": " + e.getMessage());
        }
    }
}

package dev.aigate.config;

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
        Optional<CanaryStageSpec> canary, Optional<CostStageSpec> cost, List<ThresholdSpec> thresholds,
        Optional<String> history) {

    public GateFile {
        thresholds = List.copyOf(thresholds);
    }
}

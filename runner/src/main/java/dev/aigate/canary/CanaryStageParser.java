package dev.aigate.canary;

import dev.aigate.config.ConfigMap;
import dev.aigate.config.ConfigNode;
import dev.aigate.config.TargetSpec;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a gate file's {@code canary:} section: one input ({@code samples}, {@code baseline} + {@code candidate}
 * files, or {@code live}) plus the judging keys of {@link CanaryConfigParser}. Files are relative to the gate
 * file; live targets are resolved by the gate file's own target rules (a name under {@code targets}, a URL, or
 * {@code embedded}).
 */
public final class CanaryStageParser {

    private static final Set<String> INPUT_KEYS = Set.of("samples", "baseline", "candidate", "live");
    private static final Set<String> LIVE_KEYS = Set.of("baseline", "candidate", "duration", "pairs", "concurrency",
            "input_tokens", "output_tokens", "seed", "sequential", "min_pairs");

    private CanaryStageParser() {
    }

    /**
     * @param directory where relative file names are resolved (the gate file's folder)
     * @param targets   resolves a target reference node to a target
     */
    public static CanaryStageSpec parse(ConfigNode node, Path directory, Function<ConfigNode, TargetSpec> targets) {
        Set<String> allowed = new HashSet<>(CanaryConfigParser.KEYS);
        allowed.addAll(INPUT_KEYS);
        ConfigMap map = node.asMap().allowOnly(allowed);
        CanaryConfig config = CanaryConfigParser.parse(map);
        return new CanaryStageSpec(input(map, directory, targets), config);
    }

    private static CanaryInput input(ConfigMap map, Path directory, Function<ConfigNode, TargetSpec> targets) {
        boolean files = map.get("baseline").isPresent() || map.get("candidate").isPresent();
        int given = (map.get("samples").isPresent() ? 1 : 0) + (files ? 1 : 0) + (map.get("live").isPresent() ? 1 : 0);
        if (given != 1) {
            throw map.node().error("'canary' needs exactly one input: 'samples: FILE', or 'baseline: FILE' and "
                    + "'candidate: FILE', or 'live:' with two targets");
        }
        if (map.get("samples").isPresent()) {
            return new CanaryInput.Samples(directory.resolve(map.require("samples").asString()));
        }
        if (files) {
            return new CanaryInput.ResultFiles(directory.resolve(map.require("baseline").asString()),
                    directory.resolve(map.require("candidate").asString()));
        }
        ConfigMap live = map.require("live").asMap().allowOnly(LIVE_KEYS);
        LiveSpec d = LiveSpec.defaults();
        try {
            LiveSpec spec = new LiveSpec(
                    live.get("duration").map(ConfigNode::asDuration).orElse(d.duration()),
                    live.get("pairs").map(n -> (long) n.asInt(1)).orElse(d.maxPairs()),
                    live.get("concurrency").map(n -> n.asInt(1)).orElse(d.concurrency()),
                    live.get("input_tokens").map(n -> n.asInt(1)).orElse(d.inputTokens()),
                    live.get("output_tokens").map(n -> n.asInt(1)).orElse(d.outputTokens()),
                    live.get("seed").map(n -> (long) n.asInt(0)).orElse(d.seed()),
                    live.get("sequential").map(ConfigNode::asBoolean).orElse(d.sequential()),
                    live.get("min_pairs").map(n -> (long) n.asInt(LiveSpec.MIN_SEQUENTIAL_PAIRS))
                            .orElse(d.minimumPairs()));
            return new CanaryInput.Live(targets.apply(live.require("baseline")),
                    targets.apply(live.require("candidate")), spec);
        } catch (IllegalArgumentException e) {
            throw live.node().error("canary.live: " + e.getMessage());
        }
    }
}

package dev.aigate.config;

import dev.aigate.bench.Arrivals;
import dev.aigate.bench.BenchSpec;
import dev.aigate.canary.CanaryStageParser;
import dev.aigate.canary.CanaryStageSpec;
import dev.aigate.bench.DatasetFormat;
import dev.aigate.bench.DatasetSpec;
import dev.aigate.bench.Shard;
import dev.aigate.bench.SweepSpec;
import dev.aigate.provider.Api;
import dev.aigate.provider.ProviderConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a gate file ({@code aigate.yaml}) into a {@link GateFile}. Strict: unknown keys, wrong types and dangling
 * target names are errors that point at {@code file:line:column}. The format is documented in docs/gate-file.md.
 */
public final class GateFileParser {

    private static final Set<String> TOP_LEVEL = Set.of("version", "name", "description", "target", "targets",
            "bench", "prompts", "canary", "cost", "gpu", "thresholds", "history");
    private static final Set<String> TARGET_KEYS = Set.of("url", "api", "model", "endpoint", "api_key_env",
            "deployment", "api_version", "profile", "seed", "retries", "timeout", "container");
    private static final Set<String> BENCH_KEYS = Set.of("target", "model", "concurrency", "rate", "requests",
            "duration", "warmup_requests", "warmup_duration", "input_tokens", "output_tokens", "ignore_eos",
            "stream", "seed", "slo", "thresholds", "arrivals", "burstiness", "ramp_up", "cooldown", "dataset", "sweep",
            "shard");

    private GateFileParser() {
    }

    public static GateFile parse(Path file) {
        ConfigMap root = YamlFiles.read(file).asMap().allowOnly(TOP_LEVEL);
        root.get("version").ifPresent(GateFileParser::checkVersion);
        String name = root.get("name").map(ConfigNode::asString)
                .orElse(file.getFileName() == null ? "gate" : file.getFileName().toString());
        Path directory = file.toAbsolutePath().getParent();
        Map<String, TargetSpec> targets = targets(root, directory);
        Optional<ConfigNode> defaultTarget = root.get("target");
        Optional<BenchStageSpec> bench = root.get("bench")
                .map(node -> bench(node, targets, defaultTarget, directory));
        Optional<PromptsStageSpec> prompts = root.get("prompts").map(node -> PromptsStageParser.section(node, targets,
                defaultTarget, PromptsStageParser.baseDirectory(file)));
        Optional<CanaryStageSpec> canary = root.get("canary").map(node -> CanaryStageParser.parse(node, directory,
                reference -> resolveTarget(Optional.of(reference), Optional.empty(), targets, directory)));
        Optional<CostStageSpec> cost = root.get("cost").map(node -> CostStageParser.parse(node, directory,
                bench.map(b -> b.spec().model())));
        Optional<GpuStageSpec> gpu = root.get("gpu").map(GpuStageParser::parse);
        List<ThresholdSpec> thresholds = root.get("thresholds").map(GateFileParser::thresholds).orElse(List.of());
        if (bench.isEmpty() && prompts.isEmpty() && canary.isEmpty() && cost.isEmpty() && gpu.isEmpty()) {
            throw root.node().error(
                    "the gate file has no stage to run; add a 'bench', 'prompts', 'canary', 'cost' or 'gpu' section");
        }
        Optional<String> history = root.get("history").map(ConfigNode::asString)
                .map(h -> directory.resolve(h) + (h.endsWith("/") ? "/" : ""));  // a trailing '/' names a directory
        return new GateFile(name, file, bench, prompts, canary, cost, gpu, thresholds, history);
    }

    private static void checkVersion(ConfigNode node) {
        if (node.asInt(1) != 1) {
            throw node.error("unsupported gate file version " + node.asString() + "; this aigate reads version 1");
        }
    }

    static Map<String, TargetSpec> targets(ConfigMap root, Path directory) {
        Map<String, TargetSpec> targets = new LinkedHashMap<>();
        root.get("targets").ifPresent(node -> {
            ConfigMap map = node.asMap();
            for (String name : map.keys()) {
                targets.put(name, target(name, map.require(name), directory));
            }
        });
        return targets;
    }

    /** A stage's target: its own {@code target}, else the file's, else the embedded simulator. */
    static TargetSpec resolveTarget(Optional<ConfigNode> own, Optional<ConfigNode> fallback,
            Map<String, TargetSpec> named, Path directory) {
        Optional<ConfigNode> chosen = own.or(() -> fallback);
        if (chosen.isEmpty()) {
            return TargetSpec.embedded();
        }
        ConfigNode node = chosen.get();
        if (node.isMap()) {
            return target("inline", node, directory);
        }
        String reference = node.asString();
        if (named.containsKey(reference)) {
            return named.get(reference);
        }
        if (reference.equals(TargetSpec.EMBEDDED)) {
            return TargetSpec.embedded();
        }
        if (reference.startsWith("http://") || reference.startsWith("https://")) {
            return withUrl(TargetSpec.embedded(), reference);
        }
        String known = named.isEmpty() ? "" : "; targets defined: " + String.join(", ", named.keySet());
        throw node.error("target '" + reference + "' is neither 'embedded', a URL, nor a name under 'targets'" + known);
    }

    private static TargetSpec withUrl(TargetSpec base, String url) {
        return new TargetSpec("default", url, base.api(), base.model(), base.endpoint(),
                null, null, null, null, base.seed(), base.retries(),
                base.timeout());
    }

    private static TargetSpec target(String name, ConfigNode node, Path directory) {
        ConfigMap map = node.asMap().allowOnly(TARGET_KEYS);
        TargetSpec defaults = TargetSpec.embedded();
        Optional<ConfigNode> container = map.get("container");
        if (container.isPresent() && map.get("url").isPresent()) {
            throw map.get("url").get().error("a target with a 'container' gets its URL from the container; "
                    + "remove 'url' (set 'container.port' and 'container.base_path' instead)");
        }
        String url = container.isPresent() ? TargetSpec.CONTAINER
                : map.get("url").map(ConfigNode::asString).orElse(TargetSpec.EMBEDDED);
        map.get("url").ifPresent(u -> checkUrl(u, url));
        Api api = map.get("api").map(n -> enumValue(n, Api.class)).orElse(Api.OPENAI);
        boolean embedded = TargetSpec.EMBEDDED.equals(url);
        if (!embedded) {
            map.get("profile").ifPresent(n -> {
                throw n.error("'profile' only applies to the embedded simulator (url: embedded)");
            });
        }
        if (embedded) {
            map.get("profile").ifPresent(n -> TargetSpec.checkProfile(n.asString(), n::error));
        }
        if (api == Api.AZURE && map.get("deployment").isEmpty()) {
            throw map.node().error("an azure target needs 'deployment' (the Azure OpenAI deployment name)");
        }
        return new TargetSpec(
                name,
                url,
                api,
                map.get("model").map(ConfigNode::asString).orElse(defaults.model()),
                map.get("endpoint").map(n -> enumValue(n, ProviderConfig.Endpoint.class)).orElse(defaults.endpoint()),
                map.get("api_key_env").map(ConfigNode::asString).orElse(null),
                map.get("deployment").map(ConfigNode::asString).orElse(null),
                map.get("api_version").map(ConfigNode::asString).orElse(api == Api.AZURE ? "2024-10-21" : null),
                embedded ? map.get("profile").map(ConfigNode::asString).orElse(defaults.profile()) : null,
                map.get("seed").map(n -> (long) n.asInt(0)).orElse(defaults.seed()),
                map.get("retries").map(n -> n.asInt(0)).orElse(defaults.retries()),
                map.get("timeout").map(ConfigNode::asPositiveDuration).orElse(defaults.timeout()),
                container.map(n -> ContainerSpecParser.parse(n, directory)).orElse(null));
    }

    private static void checkUrl(ConfigNode node, String url) {
        TargetSpec.checkUrl(url, TargetSpec.URL_FORMS, problem -> node.error("'" + node.path() + "' " + problem));
    }

    private static BenchStageSpec bench(ConfigNode node, Map<String, TargetSpec> targets,
            Optional<ConfigNode> defaultTarget, Path directory) {
        ConfigMap map = node.asMap().allowOnly(BENCH_KEYS);
        TargetSpec target = resolveTarget(map.get("target"), defaultTarget, targets, directory);
        BenchSpec.Builder spec = BenchSpec.builder().model(target.model());
        map.get("model").ifPresent(n -> spec.model(n.asString()));
        map.get("concurrency").ifPresent(n -> spec.concurrency(n.asInt(1)));
        map.get("rate").ifPresent(n -> spec.rate(positive(n)));
        map.get("requests").ifPresent(n -> spec.requests((long) n.asInt(1)));
        map.get("duration").ifPresent(n -> spec.duration(n.asPositiveDuration()));
        map.get("warmup_requests").ifPresent(n -> spec.warmupRequests(n.asInt(0)));
        map.get("warmup_duration").ifPresent(n -> spec.warmupDuration(n.asPositiveDuration()));
        map.get("input_tokens").ifPresent(n -> spec.inputTokens(n.asInt(1)));
        map.get("output_tokens").ifPresent(n -> spec.outputTokens(n.asInt(1)));
        map.get("ignore_eos").ifPresent(n -> spec.ignoreEos(n.asBoolean()));
        map.get("stream").ifPresent(n -> spec.stream(n.asBoolean()));
        map.get("seed").ifPresent(n -> spec.seed(n.asInt(0)));
        map.get("slo").ifPresent(n -> spec.slos(slos(n)));
        map.get("arrivals").ifPresent(n -> spec.arrivals(parsed(n, () -> Arrivals.parse(n.asString()))));
        map.get("burstiness").ifPresent(n -> spec.burstiness(burstiness(n, map.get("arrivals"))));
        if (map.get("burstiness").isPresent() && map.get("arrivals").isEmpty()) {
            spec.arrivals(Arrivals.GAMMA);
        }
        map.get("ramp_up").ifPresent(n -> spec.rampUp(n.asPositiveDuration()));
        map.get("cooldown").ifPresent(n -> spec.cooldown(cooldown(n, map.get("duration"))));
        map.get("dataset").ifPresent(n -> spec.dataset(dataset(n)));
        if (map.get("requests").isEmpty() && map.get("duration").isEmpty()) {
            spec.requests(100L);
        }
        map.get("shard").ifPresent(n -> spec.shard(parsed(n, () -> Shard.parse(n.asString()))));
        BenchSpec built = build(node, map.get("shard"), spec);
        SweepSpec sweep = map.get("sweep").map(n -> SweepParser.parse(n, built)).orElse(null);
        if (sweep != null && !built.shard().isWhole()) {
            throw map.require("shard").error("a sweep runs its loads one after another on one machine; "
                    + "remove 'shard' or 'sweep'");
        }
        List<ThresholdSpec> thresholds = map.get("thresholds").map(GateFileParser::thresholds).orElse(List.of());
        return new BenchStageSpec(target, built, sweep, thresholds);
    }

    /**
     * Every value was checked where it was read, but whether the load splits into the shards needs them all: that
     * error points at {@code shard}. What else is left to the spec is a bug, still reported as one line.
     */
    private static BenchSpec build(ConfigNode node, Optional<ConfigNode> shard, BenchSpec.Builder spec) {
        try {
            return spec.build();
        } catch (Shard.UnsplittableException e) {
            throw valueError(shard.orElse(node), e);
        } catch (IllegalArgumentException e) {
            throw node.error("bench: " + e.getMessage());
        }
    }

    /** A cool-down leaves out the end of a run of set length, so it needs one longer than itself. */
    private static Duration cooldown(ConfigNode node, Optional<ConfigNode> duration) {
        Duration cooldown = node.asPositiveDuration();
        if (duration.isEmpty()) {
            throw node.error(node.path() + " leaves out the last requests of a run of a set duration: give "
                    + "bench.duration too");
        }
        Duration runFor = duration.get().asPositiveDuration();
        if (cooldown.compareTo(runFor) >= 0) {
            throw node.error(node.path() + " must be shorter than " + duration.get().path() + " ("
                    + duration.get().asString() + "), got " + node.asString());
        }
        return cooldown;
    }

    private static double burstiness(ConfigNode node, Optional<ConfigNode> arrivals) {
        double shape = positive(node);
        Arrivals given = arrivals.map(n -> parsed(n, () -> Arrivals.parse(n.asString()))).orElse(Arrivals.GAMMA);
        if (given != Arrivals.GAMMA) {
            throw node.error(node.path() + " shapes gamma arrivals, not " + given.label());
        }
        return shape;
    }

    /** {@code dataset: {file: prompts.jsonl, format: jsonl}}; the file is relative to the working directory. */
    private static DatasetSpec dataset(ConfigNode node) {
        ConfigMap map = node.asMap().allowOnly(Set.of("file", "format"));
        ConfigNode format = map.get("format").orElse(null);
        return new DatasetSpec(Path.of(map.require("file").asString()),
                format == null ? DatasetFormat.JSONL : parsed(format, () -> DatasetFormat.parse(format.asString())));
    }

    static <T> T parsed(ConfigNode node, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw valueError(node, e);
        }
    }

    private static ConfigException valueError(ConfigNode node, IllegalArgumentException e) {
        return node.error("'" + node.path() + "': " + e.getMessage());
    }

    private static double positive(ConfigNode node) {
        double value = node.asDouble(0);
        if (value <= 0) {
            throw node.error("'" + node.path() + "' must be greater than 0, got " + node.asString());
        }
        return value;
    }

    private static Map<String, Double> slos(ConfigNode node) {
        ConfigMap map = node.asMap().allowOnly(BenchSpec.SLO_METRICS);
        Map<String, Double> slos = new LinkedHashMap<>();
        for (String metric : map.keys()) {
            ConfigNode limit = map.require(metric);
            slos.put(metric, limit.asPositiveDuration().toNanos() / 1e6);
        }
        return slos;
    }

    static List<ThresholdSpec> thresholds(ConfigNode node) {
        List<ThresholdSpec> result = new ArrayList<>();
        for (ConfigNode item : node.asList()) {
            result.add(new ThresholdSpec(item.asString(), item.location()));
        }
        return result;
    }

    private static <E extends Enum<E>> E enumValue(ConfigNode node, Class<E> type) {
        String text = node.asString();
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT));
            }
            throw node.error("'" + node.path() + "' must be one of " + String.join(", ", allowed) + ", got '" + text
                    + "'");
        }
    }
}

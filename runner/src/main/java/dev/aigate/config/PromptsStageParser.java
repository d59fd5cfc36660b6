package dev.aigate.config;

import dev.aigate.bench.Shard;
import dev.aigate.prompts.exec.Price;
import dev.aigate.prompts.suite.Suite;
import dev.aigate.prompts.suite.SuiteParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code prompts:} section of a gate file, or a suite file given to {@code aigate prompts} (the same
 * keys at its top level, plus {@code targets}). The suite is inline or in the file named by {@code suite}.
 * Documented in docs/prompts.md.
 */
public final class PromptsStageParser {

    static final Set<String> RUN_KEYS = Set.of("suite", "target", "prompts_dir", "baseline", "scripts", "repeat",
            "concurrency", "rate_limit", "alpha", "margin", "confidence", "max_cost", "prices", "grader", "cache",
            "shard", "thresholds");
    private static final Set<String> STANDALONE_KEYS = Set.of("version", "name", "targets");
    private static final Set<String> BASELINE_KEYS = Set.of("target", "prompts_dir", "result");

    private PromptsStageParser() {
    }

    /** The {@code prompts:} section of a gate file. */
    static PromptsStageSpec section(ConfigNode node, Map<String, TargetSpec> targets,
                                    Optional<ConfigNode> defaultTarget, Path baseDirectory) {
        Set<String> allowed = new HashSet<>(RUN_KEYS);
        allowed.addAll(SuiteParser.SUITE_KEYS);
        ConfigMap map = node.asMap().allowOnly(allowed);
        return parse(map, targets, defaultTarget, baseDirectory, "prompts");
    }

    /** A suite file run by {@code aigate prompts SUITE.yaml}. */
    public static PromptsStageSpec suiteFile(Path file) {
        Set<String> allowed = new HashSet<>(RUN_KEYS);
        allowed.addAll(SuiteParser.SUITE_KEYS);
        allowed.addAll(STANDALONE_KEYS);
        allowed.remove("suite");
        ConfigMap map = YamlFiles.read(file).asMap().allowOnly(allowed);
        Map<String, TargetSpec> targets = GateFileParser.targets(map, baseDirectory(file));
        String fallback = file.getFileName() == null ? "suite" : file.getFileName().toString();
        return parse(map, targets, Optional.empty(), baseDirectory(file),
                map.get("name").map(ConfigNode::asString).orElse(fallback));
    }

    static PromptsStageSpec parse(ConfigMap map, Map<String, TargetSpec> targets,
                                 Optional<ConfigNode> defaultTarget, Path baseDirectory, String name) {
        Suite suite = suite(map, baseDirectory, name);
        TargetSpec candidateTarget = GateFileParser.resolveTarget(map.get("target"), defaultTarget, targets,
                baseDirectory);
        PromptsStageSpec.Side candidate = new PromptsStageSpec.Side(candidateTarget,
                map.get("prompts_dir").map(n -> directory(n, baseDirectory)));
        Optional<PromptsStageSpec.Baseline> baseline = map.get("baseline")
                .map(n -> baseline(n, targets, baseDirectory));
        List<Path> scripts = map.get("scripts").map(n -> (n.isList() ? n.asList() : List.of(n)).stream()
                .map(f -> existingFile(f, baseDirectory)).toList()).orElse(List.of());
        Double maxCost = map.get("max_cost").map(PromptsStageParser::money).orElse(null);
        PromptsStageSpec.Cache defaults = PromptsStageSpec.Cache.defaults();
        PromptsStageSpec.Cache cache = map.get("cache").map(n -> cache(n, defaults, baseDirectory)).orElse(defaults);
        return new PromptsStageSpec(
                suite,
                candidate,
                baseline,
                scripts,
                map.get("repeat").map(n -> n.asInt(1)).orElse(1),
                map.get("concurrency").map(n -> n.asInt(1)).orElse(8),
                map.get("rate_limit").map(n -> n.asDouble(0)).orElse(0.0),
                map.get("alpha").map(n -> fraction(n, false)).orElse(0.05),
                map.get("margin").map(n -> fraction(n, true)).orElse(0.0),
                map.get("confidence").map(n -> fraction(n, false)).orElse(0.95),
                maxCost,
                map.get("prices").map(PromptsStageParser::prices).orElse(Map.of()),
                map.get("grader").map(n -> GateFileParser.resolveTarget(Optional.of(n), Optional.empty(), targets,
                        baseDirectory)),
                cache,
                map.get("shard").map(n -> GateFileParser.parsed(n, () -> Shard.parse(n.asString())))
                        .orElse(Shard.WHOLE),
                map.get("thresholds").map(GateFileParser::thresholds).orElse(List.of()));
    }

    private static Suite suite(ConfigMap map, Path baseDirectory, String name) {
        Optional<ConfigNode> file = map.get("suite");
        if (file.isEmpty()) {
            if (map.get("tests").isEmpty()) {
                throw map.node().error("no suite: name a suite file under 'suite', or write 'prompts' and 'tests' "
                        + "here");
            }
            return SuiteParser.parse(map, name, baseDirectory);
        }
        for (String key : SuiteParser.SUITE_KEYS) {
            map.get(key).ifPresent(n -> {
                throw n.error("'" + key + "' belongs in the suite file named by 'suite', not beside it");
            });
        }
        Path path = existingFile(file.get(), baseDirectory);
        ConfigMap suiteMap = YamlFiles.read(path).asMap().allowOnly(SuiteParser.SUITE_KEYS);
        return SuiteParser.parse(suiteMap, path.getFileName().toString(), baseDirectory(path));
    }

    private static PromptsStageSpec.Baseline baseline(ConfigNode node, Map<String, TargetSpec> targets,
                                                      Path baseDirectory) {
        if (!node.isMap() || node.asMap().get("url").isPresent()) {
            if (node.isMap()) {
                return PromptsStageSpec.Baseline.of(new PromptsStageSpec.Side(
                        GateFileParser.resolveTarget(Optional.of(node), Optional.empty(), targets, baseDirectory),
                        Optional.empty()));
            }
            String text = node.asString();
            if (text.endsWith(".json")) {
                return PromptsStageSpec.Baseline.stored(existingFile(node, baseDirectory));
            }
            return PromptsStageSpec.Baseline.of(new PromptsStageSpec.Side(
                    GateFileParser.resolveTarget(Optional.of(node), Optional.empty(), targets, baseDirectory),
                    Optional.empty()));
        }
        ConfigMap map = node.asMap().allowOnly(BASELINE_KEYS);
        if (map.get("result").isPresent()) {
            if (map.get("target").isPresent() || map.get("prompts_dir").isPresent()) {
                throw node.error("a baseline is either a stored 'result' or a 'target' (with 'prompts_dir'), not both");
            }
            return PromptsStageSpec.Baseline.stored(existingFile(map.require("result"), baseDirectory));
        }
        return PromptsStageSpec.Baseline.of(new PromptsStageSpec.Side(
                GateFileParser.resolveTarget(map.get("target"), Optional.empty(), targets, baseDirectory),
                map.get("prompts_dir").map(n -> directory(n, baseDirectory))));
    }

    private static PromptsStageSpec.Cache cache(ConfigNode node, PromptsStageSpec.Cache defaults, Path baseDirectory) {
        ConfigMap map = node.asMap().allowOnly(Set.of("dir", "ttl", "enabled"));
        return new PromptsStageSpec.Cache(
                map.get("dir").map(n -> baseDirectory.resolve(n.asString())).orElse(defaults.directory()),
                map.get("ttl").map(ConfigNode::asDuration).orElse(defaults.ttl()),
                map.get("enabled").map(ConfigNode::asBoolean).orElse(true));
    }

    private static Map<String, Price> prices(ConfigNode node) {
        ConfigMap map = node.asMap();
        Map<String, Price> prices = new LinkedHashMap<>();
        for (String model : map.keys()) {
            ConfigMap price = map.require(model).asMap().allowOnly(Set.of("input_per_1m", "output_per_1m"));
            prices.put(model, new Price(price.require("input_per_1m").asDouble(0),
                    price.require("output_per_1m").asDouble(0)));
        }
        return prices;
    }

    /** {@code 5%} or {@code 0.05}; a margin may be 0, a level may not. */
    private static double fraction(ConfigNode node, boolean zeroAllowed) {
        String text = node.asString().strip();
        double value;
        try {
            value = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1).strip()) / 100
                    : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw node.error("'" + node.path() + "' must be a fraction such as 0.05 or 5%, got '" + text + "'");
        }
        if (!(value >= 0 && value < 1) || (!zeroAllowed && value == 0)) {
            throw node.error("'" + node.path() + "' must be " + (zeroAllowed ? "at least 0" : "above 0")
                    + " and below 1 (100%), got '" + text + "'");
        }
        return value;
    }

    private static double money(ConfigNode node) {
        return parseMoney(node.asString(), node::error);
    }

    /** {@code $2.50} or {@code 2.5}, above 0. */
    public static double parseMoney(String text, java.util.function.Function<String, ConfigException> error) {
        String digits = text.strip().startsWith("$") ? text.strip().substring(1) : text.strip();
        try {
            double value = Double.parseDouble(digits);
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error.apply("a cost limit must be an amount above 0 such as $2.50, got '" + text + "'");
    }

    private static Path existingFile(ConfigNode node, Path baseDirectory) {
        Path path = baseDirectory.resolve(node.asString());
        if (!Files.isRegularFile(path)) {
            throw node.error("file " + path + " not found");
        }
        return path;
    }

    private static Path directory(ConfigNode node, Path baseDirectory) {
        Path path = baseDirectory.resolve(node.asString());
        if (!Files.isDirectory(path)) {
            throw node.error("directory " + path + " not found");
        }
        return path;
    }

    static Path baseDirectory(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}

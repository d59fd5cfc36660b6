package dev.aigate.canary;

import dev.aigate.config.ConfigMap;
import dev.aigate.config.ConfigNode;
import dev.aigate.config.YamlFiles;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a canary configuration (the {@code --config} file, or the judging keys of a gate file's {@code canary}
 * section) over {@link CanaryConfig#defaults()}: what is not written keeps its default, a metric listed keeps the
 * fields of its default rule it does not set. Strict: unknown keys and bad values name file:line:column.
 */
public final class CanaryConfigParser {

    /** The judging keys; a gate file's canary section adds its input keys to these. */
    public static final Set<String> KEYS = Set.of("confidence", "pass_score", "marginal_score", "remove_outliers",
            "groups", "metrics", "bootstrap_resamples", "seed");
    private static final Set<String> RULE_KEYS = Set.of("direction", "allowed_increase", "allowed_decrease",
            "critical", "group", "nodata", "test", "tail_quantile");

    private CanaryConfigParser() {
    }

    public static CanaryConfig parse(Path file) {
        return parse(YamlFiles.read(file).asMap().allowOnly(KEYS));
    }

    /** Reads the judging keys of {@code map}; the caller has already rejected keys it does not know. */
    public static CanaryConfig parse(ConfigMap map) {
        CanaryConfig d = CanaryConfig.defaults();
        double confidence = map.get("confidence").map(CanaryConfigParser::fraction).orElse(d.confidence());
        double pass = map.get("pass_score").map(n -> score(n)).orElse(d.passScore());
        double marginal = map.get("marginal_score").map(n -> score(n)).orElse(d.marginalScore());
        if (marginal > pass) {
            throw map.get("marginal_score").orElse(map.node())
                    .error("marginal_score (" + marginal + ") must not exceed pass_score (" + pass + ")");
        }
        Map<String, Double> groups = new LinkedHashMap<>();
        map.get("groups").ifPresent(node -> {
            ConfigMap weights = node.asMap();
            for (String group : weights.keys()) {
                ConfigNode weight = weights.require(group);
                double value = weight.asDouble(0);
                if (value <= 0) {
                    throw weight.error("'" + weight.path() + "' must be a weight greater than 0");
                }
                groups.put(group, value);
            }
        });
        Map<String, MetricRule> rules = new LinkedHashMap<>(d.rules());
        map.get("metrics").ifPresent(node -> {
            ConfigMap metrics = node.asMap();
            for (String metric : metrics.keys()) {
                ConfigNode ruleNode = metrics.require(metric);
                MetricRule rule = rule(ruleNode, d.rule(metric));
                if (!groups.isEmpty() && !groups.containsKey(rule.group())) {
                    throw ruleNode.error("metric '" + metric + "' is in group '" + rule.group()
                            + "', which has no weight under 'groups'");
                }
                rules.put(metric, rule);
            }
        });
        return new CanaryConfig(confidence, pass, marginal,
                map.get("remove_outliers").map(ConfigNode::asBoolean).orElse(d.removeOutliers()), groups, rules,
                d.fallback(), map.get("bootstrap_resamples").map(n -> n.asInt(100)).orElse(d.bootstrapResamples()),
                map.get("seed").map(n -> (long) n.asInt(0)).orElse(d.seed()));
    }

    private static MetricRule rule(ConfigNode node, MetricRule base) {
        ConfigMap map = node.asMap().allowOnly(RULE_KEYS);
        Direction direction = map.get("direction").map(n -> {
            try {
                return Direction.parse(n.asString());
            } catch (IllegalArgumentException e) {
                throw n.error("'" + n.path() + "': " + e.getMessage());
            }
        }).orElse(base.direction());
        double increase = map.get("allowed_increase").map(n -> ratio(n, true)).orElse(base.allowedIncrease());
        double decrease = map.get("allowed_decrease").map(n -> ratio(n, false)).orElse(base.allowedDecrease());
        NodataPolicy nodata = map.get("nodata").map(n -> choice(n, NodataPolicy.class)).orElse(base.nodata());
        MetricTest test = map.get("test").map(n -> {
            for (MetricTest t : MetricTest.values()) {
                if (t.label().equals(n.asString())) {
                    return t;
                }
            }
            throw n.error("'" + n.path() + "' must be mann-whitney or fisher, got '" + n.asString() + "'");
        }).orElse(base.test());
        OptionalDouble tail = map.get("tail_quantile").map(n -> {
            double q = n.asDouble(0);
            if (!(q > 0.5 && q < 1)) {
                throw n.error("'" + n.path() + "' must be a high quantile such as 0.95 or 0.99, got " + n.asString());
            }
            return OptionalDouble.of(q);
        }).orElse(base.tailQuantile());
        return new MetricRule(direction, increase, decrease,
                map.get("critical").map(ConfigNode::asBoolean).orElse(base.critical()),
                map.get("group").map(ConfigNode::asString).orElse(base.group()), nodata, test, tail);
    }

    private static double fraction(ConfigNode node) {
        double value = node.asDouble(0);
        if (!(value > 0 && value < 1)) {
            throw node.error("'" + node.path() + "' must be between 0 and 1 (e.g. 0.95), got " + node.asString());
        }
        return value;
    }

    private static double score(ConfigNode node) {
        double value = node.asDouble(0);
        if (value > 100) {
            throw node.error("'" + node.path() + "' must be a score from 0 to 100, got " + node.asString());
        }
        return value;
    }

    private static double ratio(ConfigNode node, boolean increase) {
        double value = node.asDouble(0);
        boolean ok = increase ? value >= 1 : value > 0 && value <= 1;
        if (!ok) {
            throw node.error("'" + node.path() + "' must be a ratio of candidate to baseline "
                    + (increase ? "of at least 1 (1.10 allows 10% more)" : "in (0, 1] (0.90 allows 10% less)")
                    + ", got " + node.asString());
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(ConfigNode node, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(node.asString())) {
                return constant;
            }
        }
        throw node.error("'" + node.path() + "' must be one of "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ", got '" + node.asString() + "'");
    }
}

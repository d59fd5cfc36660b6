package dev.aigate.config;

import dev.aigate.bench.BenchSpec;
import dev.aigate.bench.SweepSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a bench stage's {@code sweep:} section, the gate-file form of {@code --sweep}, {@code --max-goodput},
 * {@code --slo-attainment} and {@code --search-steps}, with the same meaning and the same checks:
 *
 * <pre>
 * sweep:
 *   concurrency: [1, 8, 32, 128]   # or rate: [2, 4, 8]
 *   max_goodput: true              # search for the highest load meeting the SLOs (needs bench.slo)
 *   attainment: 90%                # share of requests that must meet every SLO (default 90%)
 *   search_steps: 3                # bisection steps between listed loads (default 3)
 * </pre>
 */
final class SweepParser {

    static final double DEFAULT_ATTAINMENT = 0.9;
    static final int DEFAULT_SEARCH_STEPS = 3;

    private static final Set<String> KEYS = Set.of("concurrency", "rate", "max_goodput", "attainment",
            "search_steps");

    private SweepParser() {
    }

    /** The sweep {@code node} describes over {@code base}, the stage's own load settings. */
    static SweepSpec parse(ConfigNode node, BenchSpec base) {
        ConfigMap map = node.asMap().allowOnly(KEYS);
        Optional<ConfigNode> concurrency = map.get("concurrency");
        Optional<ConfigNode> rate = map.get("rate");
        if (concurrency.isPresent() && rate.isPresent()) {
            throw rate.get().error("'" + node.path() + "' varies one load, concurrency or rate, not both");
        }
        ConfigNode loadsNode = concurrency.or(() -> rate).orElseThrow(() -> node.error("'" + node.path()
                + "' needs the loads to run, e.g. concurrency: [1, 8, 32] or rate: [2, 4, 8]"));
        SweepSpec.Axis axis = concurrency.isPresent() ? SweepSpec.Axis.CONCURRENCY : SweepSpec.Axis.RATE;
        if (axis == SweepSpec.Axis.CONCURRENCY && base.rate() != null) {
            throw loadsNode.error("a concurrency sweep runs closed loops: remove 'bench.rate', or sweep rate");
        }
        boolean maxGoodput = map.get("max_goodput").map(ConfigNode::asBoolean).orElse(false);
        if (maxGoodput && base.slos().isEmpty()) {
            throw map.require("max_goodput").error("max_goodput searches for the highest load meeting the SLOs: "
                    + "give the bench stage an 'slo', e.g. slo: {ttft: 200ms, tpot: 50ms}");
        }
        double attainment = map.get("attainment").map(Shares::read).orElse(DEFAULT_ATTAINMENT);
        int searchSteps = map.get("search_steps").map(n -> n.asInt(0)).orElse(DEFAULT_SEARCH_STEPS);
        try {
            SweepSpec sweep = new SweepSpec(axis, loads(loadsNode), maxGoodput, attainment, searchSteps);
            for (double load : sweep.loads()) {
                sweep.at(base, load);
            }
            return sweep;
        } catch (IllegalArgumentException e) {
            throw loadsNode.error("'" + loadsNode.path() + "': " + e.getMessage());
        }
    }

    private static List<Double> loads(ConfigNode node) {
        List<ConfigNode> items = node.asList();
        if (items.isEmpty()) {
            throw node.error("'" + node.path() + "' must list at least one load");
        }
        List<Double> loads = new ArrayList<>(items.size());
        for (ConfigNode item : items) {
            loads.add(item.asDouble(0));
        }
        return loads;
    }

}

package dev.aigate.run;

import dev.aigate.config.ConfigException;
import dev.aigate.config.ThresholdSpec;
import dev.aigate.gate.MetricSource;
import dev.aigate.gate.Threshold;
import dev.aigate.gate.ThresholdException;
import dev.aigate.gate.ThresholdParser;
import dev.aigate.gate.ThresholdSyntaxException;
import dev.aigate.gate.ThresholdValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses thresholds and checks them against a stage's metric catalog before anything runs, so a typo costs a
 * second, not a ten-minute benchmark. Errors name the gate-file line and column, or the flag.
 */
public final class ThresholdBinder {

    private ThresholdBinder() {
    }

    public static List<Threshold> bind(List<ThresholdSpec> specs, MetricSource catalog) {
        List<Threshold> thresholds = new ArrayList<>(specs.size());
        for (ThresholdSpec spec : specs) {
            thresholds.add(bind(spec, catalog));
        }
        return thresholds;
    }

    private static Threshold bind(ThresholdSpec spec, MetricSource catalog) {
        try {
            Threshold threshold = ThresholdParser.parse(spec.expression());
            ThresholdValidator.validate(threshold, catalog);
            return threshold;
        } catch (ThresholdSyntaxException e) {
            throw new ConfigException(spec.describe(e.column()) + ": " + e.getMessage());
        } catch (ThresholdException e) {
            throw new ConfigException(spec.describe(0) + ": " + e.getMessage());
        }
    }
}

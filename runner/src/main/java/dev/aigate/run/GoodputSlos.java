package dev.aigate.run;

import dev.aigate.bench.BenchMetricSource;
import dev.aigate.bench.BenchSpec;
import dev.aigate.config.ConfigException;
import dev.aigate.config.ThresholdSpec;
import dev.aigate.gate.Threshold;
import java.util.List;

/**
 * Goodput counts the requests that meet every SLO, so a goodput threshold without SLOs could only end inconclusive
 * after the whole run: it is a bad input, found before anything runs.
 */
public final class GoodputSlos {

    private GoodputSlos() {
    }

    /**
     * @param specs         the thresholds as written, in the order of {@code thresholds}
     * @param thresholds    the same, bound to the bench stage
     * @param howToGiveSlos the rest of the message: how this front door takes SLOs, e.g. {@code give --slo, ...}
     * @throws ConfigException naming the first goodput threshold when {@code spec} has no SLOs
     */
    public static void require(List<ThresholdSpec> specs, List<Threshold> thresholds, BenchSpec spec,
            String howToGiveSlos) {
        if (!spec.slos().isEmpty()) {
            return;
        }
        for (int i = 0; i < thresholds.size(); i++) {
            if (thresholds.get(i).metric().equals(BenchMetricSource.GOODPUT)) {
                ThresholdSpec written = specs.get(i);
                throw new ConfigException(written.describe(0) + ": threshold '" + written.expression()
                        + "': goodput counts the requests that meet every SLO, and none is given; " + howToGiveSlos);
            }
        }
    }
}

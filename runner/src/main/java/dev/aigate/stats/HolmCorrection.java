package dev.aigate.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of p-values for testing several metrics at once: controls the family-wise error rate
 * at alpha without assuming independence, and is uniformly more powerful than Bonferroni. Adjusted values are
 * those of R's {@code p.adjust(p, "holm")}.
 */
public final class HolmCorrection {

    private HolmCorrection() {
    }

    /** Returns the adjusted p-values in the order given; NaN entries (untested metrics) stay NaN and do not count. */
    public static double[] adjust(double[] pValues) {
        Integer[] order = IntStream.range(0, pValues.length)
                .filter(i -> !Double.isNaN(pValues[i]))
                .boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i]))
                .toArray(Integer[]::new);
        double[] adjusted = new double[pValues.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}

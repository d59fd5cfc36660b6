package dev.aigate.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Wilson score interval for a binomial proportion: unlike the normal ("Wald") interval it stays inside [0, 1]
 * and keeps its coverage for small samples and rates near 0 or 1 — the usual case for pass rates of prompt suites.
 */
public final class WilsonInterval {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private WilsonInterval() {
    }

    /**
     * @param successes  how many of the trials succeeded
     * @param trials     how many trials there were; 0 gives the uninformative interval [0, 1]
     * @param confidence e.g. 0.95
     */
    public static Interval of(long successes, long trials, double confidence) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, got " + successes + " of " + trials);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        if (trials == 0) {
            return new Interval(0, 1, confidence);
        }
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double halfWidth = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At p = 0 or 1 the exact bound is 0 or 1; rounding must not leave it a hair off.
        double low = successes == 0 ? 0 : Math.max(0, centre - halfWidth);
        double high = successes == trials ? 1 : Math.min(1, centre + halfWidth);
        return new Interval(low, high, confidence);
    }
}

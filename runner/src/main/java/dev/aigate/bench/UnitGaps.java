package dev.aigate.bench;

import java.util.SplittableRandom;

/**
 * Gaps between arrivals measured in expected arrivals (mean 1), drawn from a seeded generator; an open loop scales
 * them by its rate profile. Gamma with shape {@code k} and scale {@code 1/k} covers Poisson ({@code k = 1}) and
 * vLLM's burstiness; constant spacing is a gap of exactly 1. Not thread-safe.
 */
final class UnitGaps {

    private final Arrivals shape;
    private final double burstiness;
    private final SplittableRandom random;

    UnitGaps(Arrivals shape, double burstiness, long seed) {
        if (!(burstiness > 0 && Double.isFinite(burstiness))) {
            throw new IllegalArgumentException("burstiness must be > 0, got " + burstiness);
        }
        this.shape = shape;
        this.burstiness = shape == Arrivals.POISSON ? 1.0 : burstiness;
        this.random = new SplittableRandom(seed);
    }

    /** The next gap, in expected arrivals. */
    double next() {
        switch (shape) {
            case CONSTANT:
                return 1.0;
            case POISSON:
                // Inverse transform of an exponential; 1 - u lies in (0, 1], so the log is finite.
                return -Math.log(1.0 - random.nextDouble());
            case GAMMA:
                return gamma(burstiness) / burstiness;
            default:
                throw new AssertionError(shape);
        }
    }

    /** A Gamma(shape, 1) draw by Marsaglia and Tsang's method; shapes below 1 are boosted by {@code U^(1/shape)}. */
    private double gamma(double k) {
        if (k < 1) {
            return gamma(k + 1) * Math.pow(1.0 - random.nextDouble(), 1.0 / k);
        }
        double d = k - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1.0 - random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}

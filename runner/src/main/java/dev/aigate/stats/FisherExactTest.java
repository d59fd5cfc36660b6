package dev.aigate.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test on a 2×2 table, two-sided, as SciPy's {@code fisher_exact} computes it: the probability of
 * every table with the same margins that is no likelier than the observed one (with SciPy's relative allowance
 * of 1e-14 for rounding). Used for error rates: errors and successes of baseline and candidate.
 */
public final class FisherExactTest {

    private static final double RELATIVE_ALLOWANCE = 1e-14;

    private FisherExactTest() {
    }

    /**
     * @return the two-sided p-value; 1 when a row or column of the table is empty (nothing to compare)
     */
    public static double pValue(long baselineErrors, long baselineOk, long candidateErrors, long candidateOk) {
        if (baselineErrors < 0 || baselineOk < 0 || candidateErrors < 0 || candidateOk < 0) {
            throw new IllegalArgumentException("table counts must be >= 0");
        }
        long baselineTotal = baselineErrors + baselineOk;
        long candidateTotal = candidateErrors + candidateOk;
        long errors = baselineErrors + candidateErrors;
        long population = baselineTotal + candidateTotal;
        if (baselineTotal == 0 || candidateTotal == 0 || errors == 0 || errors == population) {
            return 1.0;
        }
        if (population > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("table too large for the exact test: " + population);
        }
        // X = baseline errors ~ Hypergeometric(population, successes = baselineTotal, draws = errors)
        HypergeometricDistribution h = new HypergeometricDistribution(null, (int) population, (int) baselineTotal,
                (int) errors);
        double observed = h.logProbability((int) baselineErrors);
        double limit = observed + Math.log1p(RELATIVE_ALLOWANCE);
        int low = h.getSupportLowerBound();
        int high = h.getSupportUpperBound();
        double sum = 0;
        for (int x = low; x <= high; x++) {
            double logP = h.logProbability(x);
            if (logP <= limit) {
                sum += Math.exp(logP);
            }
        }
        return Math.min(1.0, sum);
    }
}

package dev.aigate.stats;

/**
 * The exact McNemar test for paired binary outcomes (e.g. each prompt case passing or failing under baseline and
 * candidate): a two-sided binomial test of the discordant pairs against p = 1/2, as SciPy's
 * {@code binomtest(min(b, c), b + c, 0.5)} computes it (SPEC §5).
 */
public final class McNemarTest {

    private McNemarTest() {
    }

    /**
     * @param onlyBaselinePassed pairs where the baseline passed and the candidate failed (b)
     * @param onlyCandidatePassed pairs where the candidate passed and the baseline failed (c)
     * @return the two-sided p-value; 1 when there are no discordant pairs
     */
    public static double pValue(long onlyBaselinePassed, long onlyCandidatePassed) {
        if (onlyBaselinePassed < 0 || onlyCandidatePassed < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        long n = onlyBaselinePassed + onlyCandidatePassed;
        if (n == 0) {
            return 1.0;
        }
        long k = Math.min(onlyBaselinePassed, onlyCandidatePassed);
        // Binomial(n, 1/2) is symmetric, so SciPy's "sum of outcomes no likelier than k" is twice the lower tail.
        return Math.min(1.0, 2 * binomialLowerTailHalf(k, n));
    }

    /** P(X <= k) for X ~ Binomial(n, 1/2), summed in log space so large n neither overflows nor underflows. */
    static double binomialLowerTailHalf(long k, long n) {
        double logHalfPowerN = n * Math.log(0.5);
        double logTerm = logHalfPowerN; // log C(n, 0) / 2^n
        double sum = Math.exp(logTerm);
        for (long i = 1; i <= k; i++) {
            logTerm += Math.log((double) (n - i + 1) / i);
            sum += Math.exp(logTerm);
        }
        return sum;
    }
}

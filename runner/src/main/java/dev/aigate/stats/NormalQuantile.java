package dev.aigate.stats;

/**
 * Quantiles of the standard normal distribution as R's {@code qnorm} computes them: Wichura's algorithm AS 241
 * (PPND16, Applied Statistics 37, 1988), taking an upper-tail probability directly the way
 * {@code qnorm(p, lower.tail = FALSE)} does. The Hodges–Lehmann interval must equal R's to the last bit, and R's
 * root search amplifies a one-ulp difference in z (commons-math's {@code 1 - alpha/2} route gives one at 0.90,
 * 0.95 and 0.99) into differences around 1e-9 in the bounds.
 */
public final class NormalQuantile {

    /** Central region, |p − 1/2| ≤ 0.425: numerator and denominator coefficients, highest power first. */
    private static final double[] CENTRAL_NUMERATOR = {2509.0809287301226727, 33430.575583588128105,
        67265.770927008700853, 45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
        133.14166789178437745, 3.387132872796366608};
    private static final double[] CENTRAL_DENOMINATOR = {5226.495278852854561, 28729.085735721942674,
        39307.89580009271061, 21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
        42.313330701600911252, 1.0};
    /** Tails down to exp(−25) ≈ 1.4e-11, in r = sqrt(−log p) − 1.6. */
    private static final double[] TAIL_NUMERATOR = {7.7454501427834140764e-4, .0227238449892691845833,
        .24178072517745061177, 1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
        4.6303378461565452959, 1.42343711074968357734};
    private static final double[] TAIL_DENOMINATOR = {1.05075007164441684324e-9, 5.475938084995344946e-4,
        .0151986665636164571966, .14810397642748007459, .68976733498510000455, 1.6763848301838038494,
        2.05319162663775882187, 1.0};
    /** Far tails, in r = sqrt(−log p) − 5. */
    private static final double[] FAR_NUMERATOR = {2.01033439929228813265e-7, 2.71155556874348757815e-5,
        .0012426609473880784386, .026532189526576123093, .29656057182850489123, 1.7848265399172913358,
        5.4637849111641143699, 6.6579046435011037772};
    private static final double[] FAR_DENOMINATOR = {2.04426310338993978564e-15, 1.4215117583164458887e-7,
        1.8463183175100546818e-5, 7.868691311456132591e-4, .0148753612908506148525, .13692988092273580531,
        .59983220655588793769, 1.0};

    private NormalQuantile() {
    }

    /** The z with P(Z > z) = p, R's {@code qnorm(p, lower.tail = FALSE)}; p in (0, 1). */
    public static double upper(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), got " + p);
        }
        double lower = 0.5 - p + 0.5; // R's R_DT_qIv: the lower-tail probability
        double q = lower - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q * horner(CENTRAL_NUMERATOR, r) / horner(CENTRAL_DENOMINATOR, r);
        }
        // The smaller tail, taken from the argument itself where it is the upper one (no 1 - p rounding).
        double r = Math.sqrt(-Math.log(q < 0 ? lower : p));
        double value = r <= 5 ? horner(TAIL_NUMERATOR, r - 1.6) / horner(TAIL_DENOMINATOR, r - 1.6)
                : horner(FAR_NUMERATOR, r - 5) / horner(FAR_DENOMINATOR, r - 5);
        return q < 0 ? -value : value;
    }

    /** ((c0 r + c1) r + c2) r + …, in the order R evaluates it. */
    private static double horner(double[] coefficients, double r) {
        double value = coefficients[0];
        for (int i = 1; i < coefficients.length; i++) {
            value = value * r + coefficients[i];
        }
        return value;
    }
}

package dev.aigate.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's root finder as published by Forsythe, Malcolm and Moler ("zeroin", Computer Methods for Mathematical
 * Computations, 1977), the algorithm behind R's {@code uniroot}. R's Wilcoxon interval is the root this search
 * lands on for a step function, so matching R means taking the same steps: bisection, or secant / inverse
 * quadratic interpolation when that stays inside the bracket, with R's tolerance rule {@code 2 eps |b| + tol / 2}.
 */
final class BrentRoot {

    private static final double EPSILON = Math.ulp(1.0);
    private static final int MAX_ITERATIONS = 1000; // uniroot's default maxiter

    private BrentRoot() {
    }

    /**
     * @param f      the function; f(lower) and f(upper) are given because the caller has them already
     * @param tol    absolute tolerance on the root (R's {@code tol})
     */
    static double find(DoubleUnaryOperator f, double lower, double upper, double fLower, double fUpper, double tol) {
        double a = lower;
        double b = upper;
        double fa = fLower;
        double fb = fUpper;
        double c = a;
        double fc = fa;
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        for (int iteration = 0; iteration <= MAX_ITERATIONS; iteration++) {
            double previousStep = b - a;
            if (Math.abs(fc) < Math.abs(fb)) { // keep b the best guess so far
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolerance = 2 * EPSILON * Math.abs(b) + tol / 2;
            double step = (c - b) / 2; // bisection
            if (Math.abs(step) <= tolerance || fb == 0) {
                return b;
            }
            if (Math.abs(previousStep) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
                double[] pq = interpolation(a, b, c, fa, fb, fc);
                double p = pq[0];
                double q = pq[1];
                double cb = c - b;
                if (p < 0.75 * cb * q - Math.abs(tolerance * q) / 2 && p < Math.abs(previousStep * q / 2)) {
                    step = p / q;
                }
            }
            if (Math.abs(step) < tolerance) {
                step = step > 0 ? tolerance : -tolerance;
            }
            a = b;
            fa = fb;
            b += step;
            fb = f.applyAsDouble(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) { // c must bracket the root with b
                c = a;
                fc = fa;
            }
        }
        return b;
    }

    /** The interpolated step as p / q with p >= 0: secant through a, b, or inverse quadratic through a, b, c. */
    private static double[] interpolation(double a, double b, double c, double fa, double fb, double fc) {
        double cb = c - b;
        double p;
        double q;
        if (a == c) {
            double t1 = fb / fa;
            p = cb * t1;
            q = 1.0 - t1;
        } else {
            q = fa / fc;
            double t1 = fb / fc;
            double t2 = fb / fa;
            p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
            q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
        }
        if (p > 0) {
            q = -q;
        } else {
            p = -p;
        }
        return new double[] {p, q};
    }
}

package dev.aigate.pipeline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Figures as text for people and for CI outputs: plain decimals, no exponent, no float noise. */
public final class Numbers {

    private static final MathContext SIGNIFICANT = new MathContext(6, RoundingMode.HALF_UP);

    private Numbers() {
    }

    /**
     * A plain decimal of six significant digits without trailing zeros: {@code 412.5}, {@code 100},
     * {@code 0.0066073} (a dollar figure per request keeps its digits).
     */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).round(SIGNIFICANT).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}

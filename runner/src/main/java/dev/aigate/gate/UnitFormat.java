package dev.aigate.gate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Prints a base-unit value readably in its dimension, for gate messages and reports:
 *
 * <ul>
 *   <li>durations in ms with up to 1 decimal ({@code 612.4 ms}); below 1 ms up to 3 ({@code 0.045 ms});</li>
 *   <li>ratios as % with up to 2 decimals ({@code 0.12%}); a non-zero ratio that would round to 0 keeps
 *       two significant digits ({@code 0.0012%}), so a failing error rate never reads "0%";</li>
 *   <li>money in dollars with 2 to 4 decimals ({@code $2.00}, {@code $0.0015});</li>
 *   <li>rates with up to 1 decimal and {@code /s} ({@code 2000/s}, {@code 1843.7/s});</li>
 *   <li>energy in joules with up to 4 decimals below 1 J, else 2 ({@code 0.1174 J}, {@code 2.37 J});</li>
 *   <li>plain numbers with up to 2 decimals.</li>
 * </ul>
 *
 * Trailing zeros are dropped (except money's two), so a limit written {@code 500ms} prints as {@code 500 ms}.
 */
public final class UnitFormat {

    private UnitFormat() {
    }

    /** {@code value}, in the base unit of {@code dimension}, as a reader would write it. */
    public static String format(double value, Dimension dimension) {
        return format(value, dimension, 0);
    }

    /** As {@link #format(double, Dimension)}, with {@code extraDecimals} more decimals than usual. */
    public static String format(double value, Dimension dimension, int extraDecimals) {
        if (!Double.isFinite(value)) {
            return value + (dimension == Dimension.DURATION ? " ms" : "");
        }
        BigDecimal exact = BigDecimal.valueOf(value);
        return switch (dimension) {
            case DURATION -> decimals(exact, (Math.abs(value) < 1 ? 3 : 1) + extraDecimals) + " ms";
            case RATIO -> percent(exact.movePointRight(2), 2 + extraDecimals) + "%";
            case MONEY -> money(exact, extraDecimals);
            case RATE -> decimals(exact, 1 + extraDecimals) + "/s";
            case ENERGY -> decimals(exact, (Math.abs(value) < 1 ? 4 : 2) + extraDecimals) + " J";
            case NUMBER -> decimals(exact, 2 + extraDecimals);
        };
    }

    private static String percent(BigDecimal percent, int maxDecimals) {
        BigDecimal rounded = percent.setScale(maxDecimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0 && percent.signum() != 0) {
            return plain(percent.round(new MathContext(2, RoundingMode.HALF_UP)));
        }
        return plain(rounded);
    }

    private static String money(BigDecimal dollars, int extraDecimals) {
        BigDecimal rounded = dollars.setScale(4 + extraDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.scale() < 2) {
            rounded = rounded.setScale(2, RoundingMode.UNNECESSARY);
        }
        String sign = rounded.signum() < 0 ? "-" : "";
        return sign + "$" + rounded.abs().toPlainString();
    }

    private static String decimals(BigDecimal value, int maxDecimals) {
        return plain(value.setScale(maxDecimals, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal value) {
        // signum() == 0 also catches "-0.0", which would otherwise print as "0" after stripping but keep odd scales.
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}

package dev.aigate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Tied samples take R's root-search branch, where a z one ulp off R's {@code qnorm} moves the bounds by ~1e-15:
 * R 4.2.2's {@code wilcox.test(candidate, baseline, conf.int = TRUE, conf.level = L)}, printed with 17 digits,
 * must come out to the last bit.
 */
class HodgesLehmannTest {

    @Test
    void tiedSamplesAtNinetyPercentEqualR() {
        assertEqualsR(new double[] {2, 4, 5, 0, 4}, new double[] {1, 3, 0}, 0.90,
                1.9999466397771317, -1.000086556688863, 4.0000029116760087);
    }

    @Test
    void tiedSamplesAtNinetyFivePercentEqualR() {
        assertEqualsR(new double[] {3, 3, 3, 4, 1, 3}, new double[] {3, 3, 1}, 0.95,
                5.4475533703845057e-06, -2, 2.0000487269668601);
        assertEqualsR(new double[] {2, 0, 1, 5}, new double[] {3, 3, 4, 0, 1, 0}, 0.95,
                7.4860153901640209e-05, -3.0000020690601783, 4.0000490034811023);
    }

    @Test
    void differencesBeyondTheDoubleRangeAreRefusedNotEstimatedAsInfinity() {
        // R answers Inf, and an interval [1, Inf] (exact) or "invalid 'xmax' value" (tied): no shift at all.
        double[] high = {1.5e308, 1.4e308, 1.3e308, 2};
        double[] low = {-1.5e308, -1.4e308, -1.3e308, 1};
        assertThatThrownBy(() -> HodgesLehmann.estimate(high, low, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("candidate - baseline overflows a double: candidate 1.5E308 - baseline -1.5E308 is beyond "
                        + "the largest double (1.7976931348623157E308); express the values in larger units");
        assertThatThrownBy(() -> HodgesLehmann.estimate(low, high, 0.95)).hasMessageContaining(
                "candidate -1.5E308 - baseline 1.5E308 is beyond the largest double");
        double[] tiedHigh = {1.5e308, 1.4e308, 1.4e308, 2, 5, 6};
        double[] tiedLow = {-1.5e308, -1.5e308, -1.3e308, 1, 2, 3};
        assertThatThrownBy(() -> HodgesLehmann.estimate(tiedHigh, tiedLow, 0.95)).hasMessageContaining(
                "overflows a double");
        assertThatThrownBy(() -> HodgesLehmann.estimate(new double[] {1.5e308}, new double[] {-1.5e308}, 0.95))
                .as("two constants").hasMessageContaining("overflows a double");
    }

    @Test
    void differencesSpanningMoreThanADoubleAreRefusedByTheRootSearchButNotByTheExactInterval() {
        // Tied: R's root search steps by (highest - lowest) / 2 = Inf and answers Inf [Inf, -Inf].
        assertThatThrownBy(() -> HodgesLehmann.estimate(new double[] {0, 1, 1, 3, 1.2e308},
                new double[] {0, 0, 1, 2, 1.2e308}, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("candidate - baseline differences run from -1.2E308 to 1.2E308, a span beyond the largest "
                        + "double (1.7976931348623157E308); express the values in larger units");
        // Exact: every difference fits, so R's answer stands: 0.5 [-1.2e308, 1.1e308].
        HodgesLehmann.Estimate exact = HodgesLehmann.estimate(new double[] {0.5, 1.5, 3, 1.1e308},
                new double[] {0, 1, 2, 1.2e308}, 0.95);
        assertThat(exact.exact()).isTrue();
        assertThat(exact.shift()).isEqualTo(0.5);
        assertThat(exact.interval().low()).isEqualTo(-1.2e308);
        assertThat(exact.interval().high()).isEqualTo(1.1e308);
    }

    @Test
    void theMedianOfDifferencesNearTheTopOfTheRangeEqualsRNotInfinity() {
        // The two middle differences sum past the largest double; R's mean sums in long double.
        HodgesLehmann.Estimate estimate = HodgesLehmann.estimate(new double[] {1.5e308, 1.52e308, 1.54e308, 1.56e308},
                new double[] {-1e307, -1.1e307, -1.2e307, -1.3e307}, 0.95);
        assertThat(estimate.shift()).isEqualTo(1.6449999999999999e+308);
        assertThat(estimate.interval().low()).isEqualTo(1.6e308);
        assertThat(estimate.interval().high()).isEqualTo(1.69e308);
        assertThat(SortedSample.midpoint(3, 4)).as("ordinary values: (a + b) / 2").isEqualTo(3.5);
    }

    private static void assertEqualsR(double[] candidate, double[] baseline, double confidence, double shift,
            double low, double high) {
        HodgesLehmann.Estimate estimate = HodgesLehmann.estimate(candidate, baseline, confidence);
        assertThat(estimate.exact()).isFalse();
        assertThat(estimate.shift()).isEqualTo(shift);
        assertThat(estimate.interval().low()).isEqualTo(low);
        assertThat(estimate.interval().high()).isEqualTo(high);
    }
}

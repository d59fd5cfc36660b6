package dev.aigate.stats;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static void assertEqualsR(double[] candidate, double[] baseline, double confidence, double shift,
            double low, double high) {
        HodgesLehmann.Estimate estimate = HodgesLehmann.estimate(candidate, baseline, confidence);
        assertThat(estimate.exact()).isFalse();
        assertThat(estimate.shift()).isEqualTo(shift);
        assertThat(estimate.interval().low()).isEqualTo(low);
        assertThat(estimate.interval().high()).isEqualTo(high);
    }
}

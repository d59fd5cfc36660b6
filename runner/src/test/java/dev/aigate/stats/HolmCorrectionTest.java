package dev.aigate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Adjusted values computed by hand from Holm's definition and checked with R's {@code p.adjust(p, "holm")}. */
class HolmCorrectionTest {

    @Test
    void multipliesTheKthSmallestByTheNumberLeftAndKeepsOrder() {
        // sorted 0.01, 0.02, 0.03, 0.04 -> 4*0.01, 3*0.02, 2*0.03, 1*0.04 -> 0.04, 0.06, 0.06, 0.06 (monotone)
        double[] adjusted = HolmCorrection.adjust(new double[] {0.03, 0.01, 0.04, 0.02});
        assertThat(adjusted).containsExactly(new double[] {0.06, 0.04, 0.06, 0.06}, within(1e-15));
    }

    @Test
    void capsAtOneAndSkipsUntestedMetrics() {
        double[] adjusted = HolmCorrection.adjust(new double[] {0.5, Double.NaN, 0.001});
        assertThat(adjusted[0]).isEqualTo(0.5);
        assertThat(adjusted[1]).isNaN();
        assertThat(adjusted[2]).isCloseTo(0.002, within(1e-15));
        assertThat(HolmCorrection.adjust(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
    }
}

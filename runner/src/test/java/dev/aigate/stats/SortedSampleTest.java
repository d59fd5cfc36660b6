package dev.aigate.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortedSampleTest {

    @Test
    void theMeanOfValuesNearTheTopOfTheDoubleRangeIsFinite() {
        // Their sum overflows; their mean (the canary's effect ratio) does not.
        SortedSample huge = SortedSample.of(new double[] {1.6e308, 1.7e308, 1.5e308}, "baseline");
        assertThat(huge.mean()).isCloseTo(1.6e308, org.assertj.core.api.Assertions.withinPercentage(1e-12));
    }

    @Test
    void theMeanOfOrdinaryValuesIsTheirSumOverTheirCount() {
        assertThat(SortedSample.of(new double[] {3, 1, 2, 0.5}, "candidate").mean()).isEqualTo(6.5 / 4);
    }
}

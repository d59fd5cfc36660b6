package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Open-loop arrivals: seeded, starting at once, gaps of mean 1/rate shaped by the arrival kind, ramping up. */
class OpenLoopArrivalsTest {

    private static long[] schedule(Arrivals shape, double burstiness, double rate, double rampUpSeconds, long seed,
            int arrivals) {
        OpenLoopArrivals open = new OpenLoopArrivals(rate, rampUpSeconds, new UnitGaps(shape, burstiness, seed));
        return LongStream.range(0, arrivals).map(i -> open.nextDue(1_000 + i)).toArray();
    }

    private static LatencyDistribution gaps(long[] due) {
        LatencyHistogram gaps = new LatencyHistogram();
        for (int i = 1; i < due.length; i++) {
            gaps.record(due[i] - due[i - 1]);
        }
        return gaps.snapshot();
    }

    @Test
    void theFirstArrivalIsDueAtOnce() {
        assertThat(new OpenLoopArrivals(10, 0, new UnitGaps(Arrivals.POISSON, 1, 1)).nextDue(5_000)).isEqualTo(5_000);
    }

    @Test
    void poissonGapsAverageTheInverseOfTheRateWithAStandardDeviationEqualToTheirMean() {
        LatencyDistribution gaps = gaps(schedule(Arrivals.POISSON, 1, 100, 0, 4, 20_001));

        assertThat(gaps.meanMillis()).isCloseTo(10.0, withinPercentage(3));
        assertThat(gaps.standardDeviationMillis()).isCloseTo(gaps.meanMillis(), withinPercentage(5));
    }

    @Test
    void gammaGapsKeepTheRateAndHaveACoefficientOfVariationOfOneOverRootBurstiness() {
        LatencyDistribution bursty = gaps(schedule(Arrivals.GAMMA, 0.25, 100, 0, 5, 40_001));
        LatencyDistribution steady = gaps(schedule(Arrivals.GAMMA, 4, 100, 0, 6, 40_001));

        assertThat(bursty.meanMillis()).isCloseTo(10.0, withinPercentage(4));
        assertThat(bursty.standardDeviationMillis() / bursty.meanMillis()).isCloseTo(2.0, withinPercentage(6));
        assertThat(steady.meanMillis()).isCloseTo(10.0, withinPercentage(2));
        assertThat(steady.standardDeviationMillis() / steady.meanMillis()).isCloseTo(0.5, withinPercentage(4));
    }

    @Test
    void constantArrivalsAreExactlyOneOverTheRateApart() {
        long[] due = schedule(Arrivals.CONSTANT, 1, 8, 0, 0, 5);

        assertThat(due).containsExactly(1_000, 1_000 + 125_000_000, 1_000 + 250_000_000, 1_000 + 375_000_000,
                1_000 + 500_000_000);
    }

    @Test
    void aRampUpRaisesTheRateLinearlyThenHoldsIt() {
        // Constant spacing makes the expected count exact: Λ(t) = rate·t²/(2·ramp) while ramping.
        long[] due = schedule(Arrivals.CONSTANT, 1, 100, 2.0, 0, 301);
        double start = due[0];

        // 100 arrivals are expected by t = sqrt(2·2·100/100) = 2 s, the end of the ramp; then one every 10 ms.
        assertThat((due[100] - start) / 1e9).isCloseTo(2.0, withinPercentage(0.01));
        assertThat((due[25] - start) / 1e9).isCloseTo(1.0, withinPercentage(0.01));
        assertThat((due[300] - due[200]) / 1e9).isCloseTo(1.0, withinPercentage(0.01));
    }

    @Test
    void theSameSeedGivesTheSameScheduleAndTheClockDoesNotMatter() {
        OpenLoopArrivals first = new OpenLoopArrivals(20, 0, new UnitGaps(Arrivals.GAMMA, 0.5, 8));
        OpenLoopArrivals second = new OpenLoopArrivals(20, 0, new UnitGaps(Arrivals.GAMMA, 0.5, 8));
        first.nextDue(0);
        second.nextDue(0);

        assertThat(first.nextDue(1)).isEqualTo(second.nextDue(999_999_999));
        assertThat(schedule(Arrivals.POISSON, 1, 20, 0, 8, 100))
                .isNotEqualTo(schedule(Arrivals.POISSON, 1, 20, 0, 9, 100));
    }
}

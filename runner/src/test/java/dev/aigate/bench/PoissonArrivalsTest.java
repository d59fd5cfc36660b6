package dev.aigate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Poisson arrivals: seeded, starting at once, with exponential gaps of mean 1 / rate. */
class PoissonArrivalsTest {

    private static long[] schedule(double rate, long seed, int arrivals) {
        PoissonArrivals poisson = new PoissonArrivals(rate, seed);
        return LongStream.range(0, arrivals).map(i -> poisson.nextDue(1_000 + i)).toArray();
    }

    @Test
    void theFirstArrivalIsDueAtOnce() {
        assertThat(new PoissonArrivals(10, 1).nextDue(5_000)).isEqualTo(5_000);
    }

    @Test
    void gapsAverageTheInverseOfTheRate() {
        long[] due = schedule(50, 3, 20_001);

        double meanGapSeconds = (due[due.length - 1] - due[0]) / 1e9 / (due.length - 1);
        assertThat(meanGapSeconds).isCloseTo(1.0 / 50, withinPercentage(3));
    }

    @Test
    void gapsAreExponentialSoTheirStandardDeviationEqualsTheirMean() {
        long[] due = schedule(100, 4, 20_001);
        LatencyHistogram gaps = new LatencyHistogram();
        for (int i = 1; i < due.length; i++) {
            gaps.record(due[i] - due[i - 1]);
        }

        LatencyDistribution distribution = gaps.snapshot();
        assertThat(distribution.standardDeviationMillis())
                .isCloseTo(distribution.meanMillis(), withinPercentage(5));
    }

    @Test
    void theSameSeedGivesTheSameScheduleAndTheClockDoesNotMatter() {
        PoissonArrivals first = new PoissonArrivals(20, 8);
        PoissonArrivals second = new PoissonArrivals(20, 8);
        first.nextDue(0);
        second.nextDue(0);

        assertThat(first.nextDue(1)).isEqualTo(second.nextDue(999_999_999));
        assertThat(schedule(20, 8, 100)).isNotEqualTo(schedule(20, 9, 100));
    }
}

package dev.aigate.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.simulator.TokenLag;
import org.junit.jupiter.api.Test;

/** Server-side token lateness: percentiles round up to the 10 µs bucket, so they never flatter the server. */
class ScheduleLagTest {

    @Test
    void summarisesLatenessInMicroseconds() {
        ScheduleLag lag = new ScheduleLag();
        for (int i = 0; i < 98; i++) {
            lag.record(1_000_000, 1_000_000 + 3_000);    // 3 µs late
        }
        lag.record(1_000_000, 1_000_000 + 2_000_000);    // 2 ms late
        lag.record(1_000_000, 1_000_000 + 50_000_000);   // 50 ms late

        TokenLag summary = lag.summary();

        assertThat(summary.tokens()).isEqualTo(100);
        assertThat(summary.p50Micros()).isEqualTo(10);
        assertThat(summary.p99Micros()).isEqualTo(2_010);
        assertThat(summary.maxMicros()).isEqualTo(50_000);
    }

    @Test
    void earlyDeliveryCountsAsOnTimeAndAnEmptyLagIsZero() {
        ScheduleLag lag = new ScheduleLag();
        assertThat(lag.summary()).isEqualTo(new TokenLag(0, 0, 0, 0));

        lag.record(5_000, 1_000);

        assertThat(lag.summary().maxMicros()).isZero();
    }
}

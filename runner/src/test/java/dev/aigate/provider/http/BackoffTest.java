package dev.aigate.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.provider.RetryPolicy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final RetryPolicy POLICY = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1));

    @Test
    void doublesEachRetryWithinTheUpperHalfOfTheDelay() {
        Backoff lowest = new Backoff(POLICY, () -> 0.0);
        Backoff highest = new Backoff(POLICY, () -> 1.0);

        assertThat(lowest.delayBefore(1, Optional.empty())).isEqualTo(Duration.ofMillis(50));
        assertThat(highest.delayBefore(1, Optional.empty())).isEqualTo(Duration.ofMillis(100));
        assertThat(lowest.delayBefore(2, Optional.empty())).isEqualTo(Duration.ofMillis(100));
        assertThat(highest.delayBefore(3, Optional.empty())).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        Backoff highest = new Backoff(POLICY, () -> 1.0);

        assertThat(highest.delayBefore(5, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
        assertThat(highest.delayBefore(500, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void honoursRetryAfterInFullWithoutJitterOrCap() {
        Backoff backoff = new Backoff(POLICY, () -> 0.0);

        assertThat(backoff.delayBefore(1, Optional.of(Duration.ofMillis(700)))).isEqualTo(Duration.ofMillis(700));
        assertThat(backoff.delayBefore(1, Optional.of(Duration.ofMinutes(2)))).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void waitsNothingWhenThePolicySaysSo() {
        Backoff backoff = new Backoff(new RetryPolicy(3, Duration.ZERO, Duration.ZERO), () -> 0.5);

        assertThat(backoff.delayBefore(3, Optional.empty())).isEqualTo(Duration.ZERO);
    }
}

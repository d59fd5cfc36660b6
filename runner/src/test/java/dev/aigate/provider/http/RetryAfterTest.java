package dev.aigate.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse("3", NOW)).contains(Duration.ofSeconds(3));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsAnHttpDateRelativeToNow() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", NOW)).contains(Duration.ofSeconds(30));
    }

    @Test
    void treatsADateInThePastAsNow() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void ignoresWhatItCannotParse() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }

    @Test
    void prefersOpenAisMillisecondHeader() {
        Headers headers = Headers.of("Retry-After", "2", "retry-after-ms", "250.5");

        assertThat(RetryAfter.from(headers, NOW)).contains(Duration.ofNanos(250_500_000));
    }

    @Test
    void fallsBackToRetryAfterWhenTheMillisecondHeaderIsJunk() {
        Headers headers = Headers.of("Retry-After", "2", "retry-after-ms", "NaN");

        assertThat(RetryAfter.from(headers, NOW)).contains(Duration.ofSeconds(2));
    }
}

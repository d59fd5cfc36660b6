package dev.aigate.provider.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/**
 * How long a server asked us to wait: OpenAI's {@code retry-after-ms}, else {@code Retry-After} as delay-seconds
 * or an HTTP-date (RFC 9110 §10.2.3). A date in the past means "now"; anything unparseable is ignored.
 */
final class RetryAfter {

    private RetryAfter() {
    }

    static Optional<Duration> from(Headers headers, Instant now) {
        Optional<Duration> millis = parseMillis(headers.get("retry-after-ms"));
        return millis.isPresent() ? millis : parse(headers.get("Retry-After"), now);
    }

    static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
            } catch (NumberFormatException tooLong) {
                return Optional.empty();
            }
        }
        try {
            Instant until = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> parseMillis(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            double millis = Double.parseDouble(value.strip());
            return millis >= 0 && Double.isFinite(millis)
                    ? Optional.of(Duration.ofNanos((long) (millis * 1_000_000)))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

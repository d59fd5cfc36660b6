package dev.aigate.text;

import java.time.Duration;

/** Durations as people write them in flags and gate files, for messages: {@code 250ms}, {@code 2s}, {@code 2m30s}. */
public final class DurationText {

    private DurationText() {
    }

    /** A short human form: {@code 250ms}, {@code 30s}, {@code 1.5s}, {@code 2m30s}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        if (millis % 1000 != 0 || millis < 60_000) {
            return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)) + "s";
        }
        long seconds = millis / 1000;
        return seconds % 60 == 0 ? (seconds / 60) + "m" : (seconds / 60) + "m" + (seconds % 60) + "s";
    }
}

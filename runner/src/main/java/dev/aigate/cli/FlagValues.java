package dev.aigate.cli;

import dev.aigate.config.ConfigException;
import dev.aigate.config.Durations;
import java.time.Duration;

/**
 * Range checks of flag values, whose messages name the flag: {@code --concurrency must be at least 1, got 0},
 * {@code --timeout must be longer than 0, got 0s}.
 */
final class FlagValues {

    private FlagValues() {
    }

    static int atLeast(String flag, int value, int min) {
        return (int) atLeast(flag, (long) value, min);
    }

    static long atLeast(String flag, long value, long min) {
        if (value < min) {
            throw new ConfigException(flag + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** A duration flag's value where zero would mean nothing (a run length, a timeout): a zero names the flag. */
    static Duration positiveDuration(String flag, String text) {
        Duration parsed = Durations.parseFlag(flag, text);
        if (parsed.isZero()) {
            throw new ConfigException(flag + " must be longer than 0, got " + text);
        }
        return parsed;
    }
}

package dev.aigate.cli;

import dev.aigate.config.ConfigException;

/** Range checks of numeric flags, whose messages name the flag: {@code --concurrency must be at least 1, got 0}. */
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
}

package dev.aigate.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations users write: {@code 500us}, {@code 250ms}, {@code 30s}, {@code 2m}, {@code 1h}. */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(us|ms|s|m|h)");

    private Durations() {
    }

    public static Duration parse(String text) {
        Matcher matcher = DURATION.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 500ms, 30s, 2m, 1h");
        }
        double amount = Double.parseDouble(matcher.group(1));
        double nanosPerUnit;
        switch (matcher.group(2)) {
            case "us":
                nanosPerUnit = 1e3;
                break;
            case "ms":
                nanosPerUnit = 1e6;
                break;
            case "s":
                nanosPerUnit = 1e9;
                break;
            case "m":
                nanosPerUnit = 60e9;
                break;
            default:
                nanosPerUnit = 3600e9;
                break;
        }
        return Duration.ofNanos(Math.round(amount * nanosPerUnit));
    }

    /** Parses the value of a command-line flag; a bad value is a {@link ConfigException} naming the flag. */
    public static Duration parseFlag(String flag, String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(flag + ": " + e.getMessage());
        }
    }
}

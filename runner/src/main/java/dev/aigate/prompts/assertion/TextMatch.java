package dev.aigate.prompts.assertion;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The string assertions: {@code equals}, {@code contains}, {@code contains-any}, {@code contains-all},
 * {@code starts-with}, their case-insensitive {@code i}-forms, and {@code regex}. Values are literal text; a regex
 * is searched, not fully matched.
 */
public final class TextMatch implements Assertion {

    /** How the expected values are compared with the output. */
    public enum Mode {
        EQUALS("equals"),
        CONTAINS("contains"),
        CONTAINS_ANY("contains-any"),
        CONTAINS_ALL("contains-all"),
        STARTS_WITH("starts-with"),
        REGEX("regex");

        private final String type;

        Mode(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }

        /** Whether the mode takes a list of values. */
        public boolean takesList() {
            return this == CONTAINS_ANY || this == CONTAINS_ALL;
        }
    }

    private final Mode mode;
    private final boolean ignoreCase;
    private final List<String> values;
    private final Pattern pattern;

    /**
     * @throws IllegalArgumentException for an invalid regex or a missing value
     */
    public TextMatch(Mode mode, boolean ignoreCase, List<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(type(mode, ignoreCase) + " needs a value");
        }
        this.mode = mode;
        this.ignoreCase = ignoreCase;
        this.values = List.copyOf(values);
        this.pattern = mode == Mode.REGEX
                ? Pattern.compile(values.get(0), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0)
                : null;
    }

    @Override
    public String type() {
        return type(mode, ignoreCase);
    }

    private static String type(Mode mode, boolean ignoreCase) {
        return (ignoreCase && mode != Mode.REGEX ? "i" : "") + mode.type();
    }

    @Override
    public Check check(Output output, GradingContext context) {
        String text = output.text();
        switch (mode) {
            case EQUALS:
                return Check.of(fold(text.strip()).equals(fold(values.get(0).strip())),
                        "expected to equal " + quote(values.get(0)) + ", got " + quote(abbreviate(text)));
            case CONTAINS:
                return Check.of(fold(text).contains(fold(values.get(0))),
                        "expected to contain " + quote(values.get(0)));
            case CONTAINS_ANY: {
                boolean any = values.stream().anyMatch(v -> fold(text).contains(fold(v)));
                return Check.of(any, "expected to contain any of " + quoteAll(values));
            }
            case CONTAINS_ALL: {
                List<String> missing = values.stream().filter(v -> !fold(text).contains(fold(v))).toList();
                return Check.of(missing.isEmpty(), missing.isEmpty() ? "contains all of " + quoteAll(values)
                        : "missing " + quoteAll(missing));
            }
            case STARTS_WITH:
                return Check.of(fold(text.stripLeading()).startsWith(fold(values.get(0))),
                        "expected to start with " + quote(values.get(0)));
            case REGEX:
                return Check.of(pattern.matcher(text).find(), "expected to match /" + values.get(0) + "/");
            default:
                throw new AssertionError(mode);
        }
    }

    private String fold(String text) {
        return ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static String quoteAll(List<String> texts) {
        return String.join(", ", texts.stream().map(TextMatch::quote).toList());
    }

    static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}

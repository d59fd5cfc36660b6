package dev.aigate.prompts.assertion;

/**
 * The result of one assertion on one output.
 *
 * @param pass   whether it held
 * @param score  in [0, 1]; 1 or 0 for yes/no assertions, the measured similarity for graded ones
 * @param reason one line saying what was found, e.g. {@code expected to contain "Paris"}
 */
public record Check(boolean pass, double score, String reason) {

    public static Check passed(String reason) {
        return new Check(true, 1, reason);
    }

    public static Check failed(String reason) {
        return new Check(false, 0, reason);
    }

    public static Check of(boolean pass, String reason) {
        return pass ? passed(reason) : failed(reason);
    }

    /** The opposite verdict, for {@code not-} assertions. */
    public Check negated(String description) {
        return new Check(!pass, 1 - score, pass ? "matched, which it must not (" + description + ": " + reason + ")"
                : "did not match, as required (" + description + ": " + reason + ")");
    }
}

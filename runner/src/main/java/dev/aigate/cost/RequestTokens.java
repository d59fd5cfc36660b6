package dev.aigate.cost;

/**
 * The tokens one request is billed for (on average, when it stands for many requests).
 *
 * @param input       prompt tokens, cached ones included
 * @param cachedInput the part of {@code input} read from the provider's prompt cache
 * @param output      generated tokens, reasoning tokens included
 */
public record RequestTokens(double input, double cachedInput, double output) {

    public RequestTokens {
        requireCount("input", input);
        requireCount("cached input", cachedInput);
        requireCount("output", output);
        if (cachedInput > input) {
            throw new IllegalArgumentException("cached input tokens (" + cachedInput + ") cannot exceed input tokens ("
                    + input + ")");
        }
    }

    public static RequestTokens of(double input, double output) {
        return new RequestTokens(input, 0, output);
    }

    public double total() {
        return input + output;
    }

    /** Input tokens billed at the full input price. */
    public double uncachedInput() {
        return input - cachedInput;
    }

    private static void requireCount(String what, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " tokens must be at least 0, got " + value);
        }
    }
}

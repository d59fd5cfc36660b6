package dev.aigate.prompts.exec;

/**
 * What a model charges, in US dollars per million tokens.
 *
 * @param inputPerMillion  prompt tokens
 * @param outputPerMillion generated tokens
 */
public record Price(double inputPerMillion, double outputPerMillion) {

    public static final Price FREE = new Price(0, 0);

    public Price {
        if (!(inputPerMillion >= 0) || !(outputPerMillion >= 0)) {
            throw new IllegalArgumentException("prices must be >= 0");
        }
    }

    public double cost(long inputTokens, long outputTokens) {
        return (inputTokens * inputPerMillion + outputTokens * outputPerMillion) / 1e6;
    }
}

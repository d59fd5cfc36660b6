package dev.aigate.prompts.assertion;

import java.util.List;
import java.util.Locale;

/**
 * {@code similar}: the cosine similarity between the embeddings of the output and of the expected text (the best
 * of several) is at least the threshold (default 0.75).
 */
public final class Similar implements Assertion {

    public static final double DEFAULT_THRESHOLD = 0.75;

    private final List<String> expected;
    private final double threshold;

    public Similar(List<String> expected, Double threshold) {
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("similar needs the expected text under 'value'");
        }
        this.expected = List.copyOf(expected);
        this.threshold = threshold == null ? DEFAULT_THRESHOLD : threshold;
    }

    @Override
    public String type() {
        return "similar";
    }

    @Override
    public Check check(Output output, GradingContext context) {
        float[] actual = context.embedder().embed(output.text());
        double best = expected.stream().mapToDouble(e -> cosine(actual, context.embedder().embed(e))).max()
                .orElse(0);
        return new Check(best >= threshold, Math.max(0, best), String.format(Locale.ROOT,
                "cosine similarity %.3f, at least %s (%s)", best, SimilarityAssertion.plain(threshold),
                context.embedder().describe()));
    }

    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embeddings differ in size: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}

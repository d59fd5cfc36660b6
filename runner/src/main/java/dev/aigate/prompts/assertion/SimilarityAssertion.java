package dev.aigate.prompts.assertion;

import java.util.List;
import java.util.Locale;

/**
 * Reference-based scores with a threshold: {@code levenshtein} (the edit distance must be at most the threshold,
 * default 5), {@code rouge-n} (ROUGE-N recall at least the threshold, default 0.75) and {@code bleu} (sentence
 * BLEU-4 at least the threshold, default 0.5).
 */
public final class SimilarityAssertion implements Assertion {

    /** Which score. */
    public enum Metric {
        LEVENSHTEIN("levenshtein", 5),
        ROUGE_N("rouge-n", 0.75),
        BLEU("bleu", 0.5);

        private final String type;
        private final double defaultThreshold;

        Metric(String type, double defaultThreshold) {
            this.type = type;
            this.defaultThreshold = defaultThreshold;
        }

        public String type() {
            return type;
        }

        public double defaultThreshold() {
            return defaultThreshold;
        }
    }

    private final Metric metric;
    private final List<String> references;
    private final double threshold;
    private final int n;

    /**
     * @param references the expected text (BLEU takes several)
     * @param n          the n of ROUGE-N (1 = unigrams)
     */
    public SimilarityAssertion(Metric metric, List<String> references, Double threshold, int n) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException(metric.type() + " needs a reference text under 'value'");
        }
        this.metric = metric;
        this.references = List.copyOf(references);
        this.threshold = threshold == null ? metric.defaultThreshold() : threshold;
        this.n = n;
    }

    @Override
    public String type() {
        return metric.type();
    }

    @Override
    public Check check(Output output, GradingContext context) {
        String text = output.text();
        switch (metric) {
            case LEVENSHTEIN: {
                int distance = TextSimilarity.levenshtein(text.strip(), references.get(0).strip());
                double score = 1 - (double) distance / Math.max(1, Math.max(text.length(), references.get(0).length()));
                return new Check(distance <= threshold, Math.max(0, score), String.format(Locale.ROOT,
                        "edit distance %d, at most %s allowed", distance, plain(threshold)));
            }
            case ROUGE_N: {
                double score = references.stream().mapToDouble(r -> TextSimilarity.rougeN(text, r, n)).max().orElse(0);
                return new Check(score >= threshold, score, String.format(Locale.ROOT, "ROUGE-%d %.3f, at least %s",
                        n, score, plain(threshold)));
            }
            case BLEU: {
                double score = TextSimilarity.bleu(text, references);
                return new Check(score >= threshold, score, String.format(Locale.ROOT, "BLEU %.3f, at least %s",
                        score, plain(threshold)));
            }
            default:
                throw new AssertionError(metric);
        }
    }

    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

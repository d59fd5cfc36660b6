package dev.aigate.bench;

import java.util.Locale;

/** Where a result's output token counts came from (SPEC §4 {@code output_tokens_source}). */
public enum OutputTokensSource {
    /** Every completed request's count is the server's {@code usage.completion_tokens}. */
    USAGE,
    /** No completed request carried usage: every count is a {@code cl100k_base} count of the generated text. */
    TOKENIZER,
    /** Some counts came from the server, others from the tokenizer. */
    MIXED;

    /** The lower-case name written to result files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source of a whole run from how many requests were counted each way; null when none was counted. */
    static OutputTokensSource of(long fromUsage, long fromTokenizer) {
        if (fromUsage > 0 && fromTokenizer > 0) {
            return MIXED;
        }
        if (fromUsage > 0) {
            return USAGE;
        }
        return fromTokenizer > 0 ? TOKENIZER : null;
    }
}

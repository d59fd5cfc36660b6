package dev.aigate.cost;

import java.util.Collection;
import java.util.Locale;

/** Where a token count came from, from the most to the least exact; a cost built on an estimate says so. */
public enum TokenSource {
    /** The server's own usage counts ({@code usage.prompt_tokens}, {@code usage.completion_tokens}). */
    SERVER_USAGE("server usage counts"),
    /** Counted with the model's own encoding. */
    TOKENIZER("the model's own tokenizer"),
    /** Typed in by the user. */
    GIVEN("as given"),
    /** An approximation: another model's tokenizer, or a tokenizer count of text where usage was missing. */
    ESTIMATE("an estimate");

    private final String label;

    TokenSource(String label) {
        this.label = label;
    }

    /** How reports describe it, e.g. "server usage counts". */
    public String label() {
        return label;
    }

    /** The name written to result files, e.g. {@code server_usage}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source of figures combined from several: the least exact of them. */
    public static TokenSource leastExact(Collection<TokenSource> sources) {
        return sources.stream().max(Enum::compareTo).orElse(GIVEN);
    }
}

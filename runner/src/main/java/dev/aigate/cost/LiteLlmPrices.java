package dev.aigate.cost;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads LiteLLM's {@code model_prices_and_context_window.json}: model name → {@code input_cost_per_token},
 * {@code output_cost_per_token}, {@code cache_read_input_token_cost}, {@code max_input_tokens}, ... Entries
 * without both per-token prices (images, audio, rerankers, LiteLLM's {@code sample_spec}) are skipped.
 */
public final class LiteLlmPrices {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** LiteLLM's documentation of its fields, priced at zero. */
    private static final String SAMPLE_SPEC = "sample_spec";

    private LiteLlmPrices() {
    }

    /** Whether {@code root} looks like LiteLLM's file: some entry carries {@code input_cost_per_token}. */
    public static boolean looksLike(JsonNode root) {
        if (root == null || !root.isObject()) {
            return false;
        }
        for (JsonNode entry : root) {
            if (entry.isObject() && entry.has("input_cost_per_token")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token-priced entries of {@code root}.
     *
     * @param source named as each price's source, e.g. the file's path
     */
    public static List<ModelPrice> read(JsonNode root, String source) {
        List<ModelPrice> prices = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode spec = entry.getValue();
            if (entry.getKey().equals(SAMPLE_SPEC) || !spec.isObject() || !isNumber(spec, "input_cost_per_token") || !isNumber(spec, "output_cost_per_token")) {
                continue;
            }
            prices.add(new ModelPrice(entry.getKey(),
                    spec.path("litellm_provider").asText(""),
                    perMillion(spec.get("input_cost_per_token")),
                    perMillion(spec.get("output_cost_per_token")),
                    isNumber(spec, "cache_read_input_token_cost") ? perMillion(spec.get("cache_read_input_token_cost"))
                            : null,
                    contextWindow(spec),
                    source,
                    ""));
        }
        return prices;
    }

    private static boolean isNumber(JsonNode spec, String field) {
        return spec.path(field).isNumber();
    }

    /** Per token → per million in decimal, so 2.5e-06 becomes exactly 2.5 rather than 2.4999999999999996. */
    private static double perMillion(JsonNode perToken) {
        return perToken.decimalValue().multiply(MILLION).doubleValue();
    }

    /** LiteLLM gives max_input_tokens (the prompt limit) and, for older entries, only max_tokens. */
    private static Integer contextWindow(JsonNode spec) {
        for (String field : List.of("max_input_tokens", "max_tokens")) {
            JsonNode value = spec.path(field);
            if (value.isIntegralNumber() && value.asLong() > 0 && value.asLong() <= Integer.MAX_VALUE) {
                return value.asInt();
            }
        }
        return null;
    }
}

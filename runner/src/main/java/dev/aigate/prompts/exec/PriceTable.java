package dev.aigate.prompts.exec;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * List prices of common hosted models, for the estimate before a run and the {@code --max-cost} breaker. A small
 * table until the cost issue brings the full catalog; a target's own {@code price} overrides it. Matched by the
 * longest known name that the model name starts with, so dated snapshots ({@code gpt-4o-2024-08-06}) resolve.
 */
public final class PriceTable {

    // USD per million tokens (input, output), from the providers' public price pages.
    private static final Map<String, Price> LIST_PRICES = Map.ofEntries(
            Map.entry("gpt-4o-mini", new Price(0.15, 0.60)),
            Map.entry("gpt-4o", new Price(2.50, 10.00)),
            Map.entry("gpt-4.1-nano", new Price(0.10, 0.40)),
            Map.entry("gpt-4.1-mini", new Price(0.40, 1.60)),
            Map.entry("gpt-4.1", new Price(2.00, 8.00)),
            Map.entry("o3-mini", new Price(1.10, 4.40)),
            Map.entry("claude-3-5-haiku", new Price(0.80, 4.00)),
            Map.entry("claude-3-5-sonnet", new Price(3.00, 15.00)),
            Map.entry("claude-3-7-sonnet", new Price(3.00, 15.00)),
            Map.entry("claude-sonnet-4", new Price(3.00, 15.00)),
            Map.entry("claude-opus-4", new Price(15.00, 75.00)));

    private PriceTable() {
    }

    /** The list price of a model, if it is in the table. */
    public static Optional<Price> lookup(String model) {
        if (model == null) {
            return Optional.empty();
        }
        String name = model.toLowerCase(Locale.ROOT);
        return LIST_PRICES.entrySet().stream()
                .filter(e -> name.startsWith(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue);
    }
}

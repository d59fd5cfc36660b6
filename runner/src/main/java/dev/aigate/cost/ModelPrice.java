package dev.aigate.cost;

import java.util.Objects;

/**
 * The list price of one API model, in US dollars per 1 million tokens.
 *
 * @param model             the name requests use, e.g. {@code gpt-4o}
 * @param provider          who sells it, e.g. {@code openai}; may be empty
 * @param inputPerMillion   price of 1M prompt tokens
 * @param outputPerMillion  price of 1M generated tokens
 * @param cachedInputPerMillion price of 1M prompt tokens read from the provider's cache; null when the provider
 *                          gives no cache discount (cached tokens are then billed as input)
 * @param contextWindow     the most tokens one request may hold; null when unknown
 * @param source            where the figures are published (a URL) or which file they came from
 * @param checked           the date the figures were taken, e.g. {@code 2026-11-22}; may be empty
 */
public record ModelPrice(String model, String provider, double inputPerMillion, double outputPerMillion,
                         Double cachedInputPerMillion, Integer contextWindow, String source, String checked) {

    public ModelPrice {
        Objects.requireNonNull(model, "model");
        provider = provider == null ? "" : provider;
        source = source == null ? "" : source;
        checked = checked == null ? "" : checked;
        requirePrice("input", inputPerMillion);
        requirePrice("output", outputPerMillion);
        if (cachedInputPerMillion != null) {
            requirePrice("cached input", cachedInputPerMillion);
        }
        if (contextWindow != null && contextWindow < 1) {
            throw new IllegalArgumentException("context window must be at least 1 token, got " + contextWindow);
        }
    }

    /** A price from only the two figures every model has. */
    public static ModelPrice of(String model, double inputPerMillion, double outputPerMillion) {
        return new ModelPrice(model, "", inputPerMillion, outputPerMillion, null, null, "", "");
    }

    /** The same price under another name, for a dated snapshot priced as its model. */
    public ModelPrice named(String name) {
        return new ModelPrice(name, provider, inputPerMillion, outputPerMillion, cachedInputPerMillion, contextWindow,
                source, checked);
    }

    private static void requirePrice(String what, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " price must be a number of at least 0, got " + value);
        }
    }
}

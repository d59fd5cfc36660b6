package dev.aigate.cost;

import java.util.Objects;

/**
 * One kind of request in a traffic mix, e.g. "chat: 1,000 tokens in, 500 out, 80% of requests".
 *
 * @param name   how reports call it
 * @param weight its share of requests, relative to the other shapes' weights (need not sum to 1)
 * @param tokens its tokens
 * @param source how its token counts were obtained
 */
public record RequestShape(String name, double weight, RequestTokens tokens, TokenSource source) {

    public RequestShape {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(source, "source");
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight of '" + name + "' must be greater than 0, got " + weight);
        }
    }
}

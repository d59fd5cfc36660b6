package dev.aigate.cost;

import dev.aigate.gate.Dimension;
import dev.aigate.gate.UnitFormat;
import java.util.Objects;

/** Pay per token at a model's list price. */
public record ApiPricing(ModelPrice price) implements Pricing {

    private static final double MILLION = 1_000_000;

    public ApiPricing {
        Objects.requireNonNull(price, "price");
    }

    /**
     * Dollars for one request of {@code tokens}: uncached input at the input price, cached input at the cached
     * price (the input price when the model has none), output at the output price.
     */
    public double costOf(RequestTokens tokens) {
        double cachedPrice = price.cachedInputPerMillion() == null ? price.inputPerMillion()
                : price.cachedInputPerMillion();
        return (tokens.uncachedInput() * price.inputPerMillion()
                + tokens.cachedInput() * cachedPrice
                + tokens.output() * price.outputPerMillion()) / MILLION;
    }

    @Override
    public String describe() {
        return price.model() + " at " + money(price.inputPerMillion()) + " / " + money(price.outputPerMillion())
                + " per 1M input / output tokens";
    }

    private static String money(double dollars) {
        return UnitFormat.format(dollars, Dimension.MONEY);
    }
}

package dev.aigate.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.cost.LiteLlmPrices;
import dev.aigate.cost.ModelPrice;
import dev.aigate.cost.PricingCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads pricing catalogs: the one shipped in the jar ({@code dev/aigate/cost/prices.yaml}) and users' override
 * files, in the same format (YAML or JSON) or in LiteLLM's {@code model_prices_and_context_window.json} format.
 * The format is documented in docs/cost.md; errors name {@code file:line:column}.
 */
public final class PricingFiles {

    private static final String SHIPPED = "/dev/aigate/cost/prices.yaml";
    private static final Set<String> ROOT_KEYS = Set.of("version", "currency", "models");
    private static final Set<String> PRICE_KEYS = Set.of("provider", "input", "output", "cached_input",
            "context_window", "source", "checked", "verified");

    private PricingFiles() {
    }

    /** The catalog shipped with aigate. */
    public static PricingCatalog shipped() {
        try (InputStream in = PricingFiles.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped pricing catalog " + SHIPPED + " is missing from the jar");
            }
            return parse("prices.yaml (shipped)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped catalog, overridden by {@code overrides} when it is not null. */
    public static PricingCatalog catalog(Path overrides) {
        PricingCatalog shipped = shipped();
        return overrides == null ? shipped : shipped.overriddenBy(read(overrides));
    }

    /** Reads a pricing file in aigate's format (YAML or JSON) or LiteLLM's JSON format. */
    public static PricingCatalog read(Path file) {
        String text = TextFiles.read(file);
        if (text.stripLeading().startsWith("{")) {
            JsonNode json = JsonFiles.parse(file, text);
            if (LiteLlmPrices.looksLike(json)) {
                List<ModelPrice> prices = LiteLlmPrices.read(json, file.toString());
                if (prices.isEmpty()) {
                    throw new ConfigException(file + ": no token-priced model in this LiteLLM prices file");
                }
                return PricingCatalog.of(prices);
            }
        }
        return parse(file.toString(), text);
    }

    /** The price of {@code model}, or a message naming what to do when the catalog has none. */
    public static String unknownModel(PricingCatalog catalog, String model) {
        return "no price for model '" + model + "' in the pricing catalog" + catalog.suggest(model)
                .map(name -> "; did you mean '" + name + "'?").orElse("")
                + " (add it with a prices file, or price a self-hosted server by the GPU-hour; see docs/cost.md)";
    }

    static PricingCatalog parse(String name, String text) {
        ConfigMap root = YamlFiles.parse(name, text).asMap().allowOnly(ROOT_KEYS);
        root.get("version").ifPresent(v -> {
            if (v.asInt(1) != 1) {
                throw v.error("unsupported prices file version " + v.asString() + "; this aigate reads version 1");
            }
        });
        root.get("currency").ifPresent(c -> {
            if (!c.asString().equals("USD")) {
                throw c.error("prices must be in USD, got '" + c.asString() + "'");
            }
        });
        ConfigMap models = root.require("models").asMap();
        List<ModelPrice> prices = new ArrayList<>();
        for (String model : models.keys()) {
            prices.add(price(model, models.require(model)));
        }
        return PricingCatalog.of(prices);
    }

    private static ModelPrice price(String model, ConfigNode node) {
        ConfigMap map = node.asMap().allowOnly(PRICE_KEYS);
        // verified: what the figures were checked against (a string), or false; documentation only, not priced.
        map.get("verified").ifPresent(v -> {
            if (v.asString().isBlank() || v.asString().equals("true")) {
                throw v.error("verified must name what the figures were checked against, or be false");
            }
        });
        return new ModelPrice(model,
                map.get("provider").map(ConfigNode::asString).orElse(""),
                map.require("input").asDouble(0),
                map.require("output").asDouble(0),
                map.get("cached_input").map(n -> n.asDouble(0)).orElse(null),
                map.get("context_window").map(n -> n.asInt(1)).orElse(null),
                map.get("source").map(ConfigNode::asString).orElse(""),
                map.get("checked").map(ConfigNode::asString).orElse(""));
    }
}

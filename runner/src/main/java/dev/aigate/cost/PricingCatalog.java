package dev.aigate.cost;

import dev.aigate.text.NameSuggester;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Model prices by name. Look-ups forgive what commonly differs between the name a request uses and the catalog's:
 * letter case, a provider prefix ({@code openai/gpt-4o}) and a dated snapshot suffix ({@code gpt-4o-2024-08-06},
 * {@code claude-sonnet-4-5-20250929}), but never guess from a shorter prefix: {@code gpt-4.1} is not
 * {@code gpt-4}, and pricing it as one would be wrong by a factor of 15. A snapshot whose price differs from its
 * model's has an entry of its own, which wins.
 */
public final class PricingCatalog {

    private static final Pattern DATED_SNAPSHOT = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{8})$");

    private final Map<String, ModelPrice> byName;

    private PricingCatalog(Map<String, ModelPrice> byName) {
        this.byName = byName;
    }

    public static PricingCatalog of(Collection<ModelPrice> prices) {
        Map<String, ModelPrice> byName = new LinkedHashMap<>();
        for (ModelPrice price : prices) {
            byName.put(key(price.model()), price);
        }
        return new PricingCatalog(Map.copyOf(byName));
    }

    /** This catalog with {@code overrides}' entries added, replacing any of the same name. */
    public PricingCatalog overriddenBy(PricingCatalog overrides) {
        Map<String, ModelPrice> merged = new LinkedHashMap<>(byName);
        merged.putAll(overrides.byName);
        return new PricingCatalog(Map.copyOf(merged));
    }

    public int size() {
        return byName.size();
    }

    /** The catalog's model names, as written in it. */
    public Set<String> models() {
        return byName.values().stream().map(ModelPrice::model).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The price of {@code model}: an exact entry, else the entry without a provider prefix, else the entry of the
     * model a dated snapshot belongs to (the returned price then carries the requested name).
     */
    public Optional<ModelPrice> find(String model) {
        String name = key(model);
        ModelPrice exact = byName.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        int slash = name.lastIndexOf('/');
        if (slash >= 0 && slash < name.length() - 1) {
            return find(name.substring(slash + 1));
        }
        String undated = DATED_SNAPSHOT.matcher(name).replaceFirst("");
        if (!undated.equals(name) && byName.containsKey(undated)) {
            return Optional.of(byName.get(undated).named(model));
        }
        return Optional.empty();
    }

    /** The catalog name closest to {@code model}, for "did you mean" messages. */
    public Optional<String> suggest(String model) {
        return NameSuggester.closest(model, models());
    }

    private static String key(String model) {
        return model.trim().toLowerCase(Locale.ROOT);
    }
}

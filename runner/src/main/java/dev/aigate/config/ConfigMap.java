package dev.aigate.config;

import dev.aigate.text.NameSuggester;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The entries of one YAML mapping, in file order, with strict key checking. */
public final class ConfigMap {

    private final ConfigNode self;
    private final Map<String, ConfigNode> entries;
    private final Map<String, ConfigNode> keys;

    ConfigMap(ConfigNode self, Map<String, ConfigNode> entries, Map<String, ConfigNode> keys) {
        this.self = self;
        this.entries = entries;
        this.keys = keys;
    }

    public ConfigNode node() {
        return self;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** The value under {@code key}, absent when the key is missing or its value is null. */
    public Optional<ConfigNode> get(String key) {
        ConfigNode value = entries.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public ConfigNode require(String key) {
        return get(key).orElseThrow(() -> self.error(
                (self.path().isEmpty() ? "" : "'" + self.path() + "': ") + "missing required key '" + key + "'"));
    }

    /** Fails on the first key not in {@code allowed}, suggesting the closest allowed one. */
    public ConfigMap allowOnly(Collection<String> allowed) {
        for (Map.Entry<String, ConfigNode> key : keys.entrySet()) {
            if (!allowed.contains(key.getKey())) {
                String where = self.path().isEmpty() ? "" : " in '" + self.path() + "'";
                String hint = NameSuggester.closest(key.getKey(), allowed)
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
                throw key.getValue().error("unknown key '" + key.getKey() + "'" + where + hint);
            }
        }
        return this;
    }
}

package dev.aigate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How a YAML value written inline becomes JSON. */
class ConfigJsonTest {

    @Test
    void plainScalarsTakeTheTypeTheirTextReadsAs() {
        String json = ConfigJson.toJson(YamlFiles.parse("t.yaml",
                "{n: 42, f: 1.50, b: true, z: ~, s: Paris, yes_word: yes, padded: 007}")).toString();

        assertThat(json).isEqualTo(
                "{\"n\":42,\"f\":1.50,\"b\":true,\"z\":null,\"s\":\"Paris\",\"yes_word\":\"yes\",\"padded\":\"007\"}");
    }

    @Test
    void aQuotedScalarStaysAString() {
        String json = ConfigJson.toJson(YamlFiles.parse("t.yaml", "[ '42', \"true\", 'null' ]")).toString();

        assertThat(json).isEqualTo("[\"42\",\"true\",\"null\"]");
    }

    @Test
    void anAliasIsTheValueItsAnchorNames() {
        String json = ConfigJson.toJson(YamlFiles.parse("t.yaml", "a: &city {name: Paris}\nb: *city\n")).toString();

        assertThat(json).isEqualTo("{\"a\":{\"name\":\"Paris\"},\"b\":{\"name\":\"Paris\"}}");
    }

    @Test
    void aKeyGivenTwiceIsALocatedError() {
        assertThatThrownBy(() -> ConfigJson.toJson(YamlFiles.parse("t.yaml", "a:\n  k: 1\n  k: 2\n")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("t.yaml:3:3: duplicate key 'k' (first at line 2)");
    }
}

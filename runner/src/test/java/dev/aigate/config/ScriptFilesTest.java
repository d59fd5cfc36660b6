package dev.aigate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.simulator.ScriptResponse;
import dev.aigate.simulator.ScriptSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Script files read as strictly as configuration: one parse, located errors. */
class ScriptFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsRulesWithTypedToolCallArguments() throws IOException {
        Path file = write("""
                rules:
                  - match: {model: "gpt-*"}
                    respond:
                      tool_calls: [{name: get_weather, arguments: {city: Paris, days: 3, zip: '02139'}}]
                      finish_reason: tool_calls
                """);

        ScriptResponse response = ScriptFiles.read(file, "--scripts").match("gpt-4o", Optional.empty(), "hi")
                .orElseThrow();

        assertThat(response.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(call.argumentsJson()).isEqualTo("{\"city\":\"Paris\",\"days\":3,\"zip\":\"02139\"}");
        });
        assertThat(response.finishReason()).hasValue("tool_calls");
    }

    @Test
    void anAliasRepeatsTheAnswerItsAnchorNames() throws IOException {
        Path file = write("""
                rules:
                  - match: {case_id: a}
                    respond: &paris {text: Paris.}
                  - match: {case_id: b}
                    respond: *paris
                """);

        ScriptSet scripts = ScriptFiles.read(file, "--scripts");

        assertThat(scripts.match("m", Optional.of("b"), "").orElseThrow().pickText(0.5)).isEqualTo("Paris.");
    }

    @Test
    void aBadRuleNamesTheFlagTheFileAndTheRule() throws IOException {
        Path file = write("rules:\n  - match: {model: x}\n    respond: {}\n");

        assertThatThrownBy(() -> ScriptFiles.read(file, "--scripts"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--scripts " + file + ": script: rules[0].respond: needs 'text', 'variants' or "
                        + "'tool_calls'");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAtItsLine() throws IOException {
        Path file = write("rules:\n  - respond: {text: a, text: b}\n");

        assertThatThrownBy(() -> ScriptFiles.read(file, "--scripts"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ":2:24: duplicate key 'text' (first at line 2)");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("scripts.yaml"), yaml);
    }
}

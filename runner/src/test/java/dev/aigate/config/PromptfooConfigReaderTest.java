package dev.aigate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.provider.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** promptfoo configs: what we share is read; everything else is named, all at once, never skipped. */
class PromptfooConfigReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsPromptsTestsDefaultTestAndTwoProvidersAsBaselineAndCandidate() throws IOException {
        Files.writeString(dir.resolve("prompt.txt"), "Translate to French: {{text}}");
        Files.writeString(dir.resolve("tests.csv"), "text,__expected,__expected2\nhello,icontains: bonjour,"
                + "similar(0.8): bonjour\n");
        Path config = dir.resolve("promptfooconfig.yaml");
        Files.writeString(config, """
                description: translation
                prompts: [file://prompt.txt]
                providers: [openai:gpt-4o-mini, openai:chat:gpt-4.1-mini]
                defaultTest:
                  assert: [{type: not-is-refusal}]
                tests: file://tests.csv
                """);

        assertThat(PromptfooConfigReader.isPromptfoo(config)).isTrue();
        PromptsStageSpec spec = PromptfooConfigReader.read(config);

        assertThat(spec.suite().name()).isEqualTo("translation");
        assertThat(spec.suite().cases()).hasSize(1);
        assertThat(spec.suite().cases().get(0).assertions()).extracting(a -> a.assertion().type())
                .containsExactly("not-is-refusal", "icontains", "similar");
        assertThat(spec.candidate().target().model()).isEqualTo("gpt-4.1-mini");
        assertThat(spec.candidate().target().api()).isEqualTo(Api.OPENAI);
        assertThat(spec.baseline().orElseThrow().side().orElseThrow().target().model()).isEqualTo("gpt-4o-mini");
    }

    @Test
    void everythingUnsupportedIsNamedInOneMessage() throws IOException {
        Path config = dir.resolve("promptfooconfig.yaml");
        Files.writeString(config, """
                prompts: ["Hi {{name}}"]
                providers: [openai:gpt-4o, bedrock:anthropic.claude-v2]
                scenarios: []
                tests:
                  - vars: {name: Ann}
                    assert:
                      - {type: javascript, value: output.length > 3}
                      - {type: contains, value: Ann}
                      - {type: assert-set, assert: [{type: not-python, value: x}]}
                """);

        assertThatThrownBy(() -> PromptfooConfigReader.read(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("key 'scenarios'")
                .hasMessageContaining("assertion type 'javascript' (" + config + ":7:")
                .hasMessageContaining("assertion type 'not-python'")
                .hasMessageContaining("provider 'bedrock:anthropic.claude-v2'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("'contains'"));
    }
}

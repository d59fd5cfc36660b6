package dev.aigate.prompts.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.config.ConfigException;
import dev.aigate.config.YamlFiles;
import dev.aigate.prompts.assertion.GradingContext;
import dev.aigate.prompts.assertion.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite format: inline and file prompts, defaultTest, CSV and JSONL cases, and located errors. */
class SuiteParserTest {

    @TempDir
    Path dir;

    private Suite parse(String yaml) throws IOException {
        Path file = dir.resolve("suite.yaml");
        Files.writeString(file, yaml);
        return SuiteParser.parse(YamlFiles.read(file).asMap(), "suite", dir);
    }

    @Test
    void readsInlinePromptsCasesAndDefaultTest() throws IOException {
        Suite suite = parse("""
                prompts:
                  - id: capital
                    template: "Capital of {{country}}?"
                    model: {temperature: 0, max_tokens: 20, top_p: 0.5}
                defaultTest:
                  vars: {country: France}
                  assert: [{type: not-is-refusal}]
                tests:
                  - id: fr
                    assert: [{type: icontains, value: "{{answer}}", weight: 2, metric: accuracy}]
                    vars: {answer: paris}
                  - id: de
                    vars: {country: Germany, answer: berlin}
                """);

        assertThat(suite.cases()).extracting(TestCase::id).containsExactly("fr", "de");
        TestCase fr = suite.cases().get(0);
        assertThat(fr.assertions()).hasSize(2);
        assertThat(fr.assertions().get(1).weight()).isEqualTo(2);
        assertThat(fr.assertions().get(1).metric()).isEqualTo("accuracy");
        assertThat(fr.assertions().get(1).assertion().check(Output.text("It is Paris."), GradingContext.empty())
                .pass()).isTrue();
        PromptTemplate prompt = suite.prompt(suite.cases().get(1));
        assertThat(prompt.render(suite.cases().get(1).vars()).get(0).content()).isEqualTo("Capital of Germany?");
        assertThat(prompt.temperature()).isEqualTo(0.0);
        assertThat(prompt.maxTokens()).isEqualTo(20);
        assertThat(prompt.params()).containsKey("top_p");
    }

    @Test
    void readsPromptFilesCsvAndJsonlCases() throws IOException {
        Files.createDirectories(dir.resolve("prompts/production"));
        Files.writeString(dir.resolve("prompts/production/greet.yaml"), """
                id: greet
                version: 3
                messages:
                  - {role: system, content: Be brief.}
                  - {role: user, content: "Say hello to {{name}}"}
                """);
        Files.writeString(dir.resolve("cases.csv"), """
                __id,name,__expected,__expected2
                c1,Ann,contains: Ann,not-icontains: bye
                c2,"Bob, Jr.",Hello Bob,
                """);
        Files.writeString(dir.resolve("cases.jsonl"), """
                {"id": "j1", "vars": {"name": "Cy"}, "assert": [{"type": "starts-with", "value": "Hello"}]}

                {"id": "j2", "vars": {"name": "Di"}}
                """);
        Suite suite = parse("""
                prompts: prompts/production/
                tests:
                  - file: cases.csv
                  - file: cases.jsonl
                """);

        assertThat(suite.prompts().get("greet").label()).isEqualTo("greet@3");
        assertThat(suite.cases()).extracting(TestCase::id).containsExactly("c1", "c2", "j1", "j2");
        assertThat(suite.cases().get(0).assertions()).extracting(a -> a.assertion().type())
                .containsExactly("contains", "not-icontains");
        assertThat(suite.cases().get(1).vars()).containsEntry("name", "Bob, Jr.");
        assertThat(suite.cases().get(1).assertions().get(0).assertion().type()).isEqualTo("equals");
        assertThat(suite.cases().get(2).assertions().get(0).assertion().type()).isEqualTo("starts-with");
    }

    @Test
    void aCaseWithoutAPromptRunsOnEveryPrompt() throws IOException {
        Suite suite = parse("""
                prompts: ["Q1 {{x}}", "Q2 {{x}}"]
                tests: [{id: a, vars: {x: 1}}]
                """);

        assertThat(suite.cases()).extracting(TestCase::id).containsExactly("a@prompt-1", "a@prompt-2");
    }

    @Test
    void errorsNameTheFileLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("bad.jsonl"),
                "{\"id\": \"ok\"}\n{\"id\": \"x\", \"assert\": [{\"type\": \"contain\"}]}\n");
        assertThatThrownBy(() -> parse("prompts: [\"Hi {{name}}\"]\ntests:\n  - vars: {nam: x}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("suite.yaml:3:5")
                .hasMessageContaining("variable 'name' is not defined");
        assertThatThrownBy(() -> parse("prompts: [\"Hi\"]\ntests:\n  - assert: [{type: icontain, value: x}]\n"))
                .hasMessageContaining("suite.yaml:3:21").hasMessageContaining("did you mean 'icontains'?");
        assertThatThrownBy(() -> parse("prompts: [\"Hi\"]\ntests:\n  - file: bad.jsonl\n"))
                .hasMessageContaining("bad.jsonl:2:").hasMessageContaining("unknown assertion type 'contain'");
        assertThatThrownBy(() -> parse("prompts: [\"Hi\"]\ntests: [{id: a}, {id: a}]\n"))
                .hasMessageContaining("duplicate case id 'a'");
        assertThatThrownBy(() -> parse("prompts: [\"Hi\"]\ntests: [{assert: [{type: contains-any, value: x}]}]\n"))
                .hasMessageContaining("takes a list");
        assertThatThrownBy(() -> parse("prompts: [\"Hi\"]\ntests: [{assert: [{type: is-valid-tool-call}]}]\n"))
                .hasMessageContaining("declares no tools");
        assertThatThrownBy(() -> parse("prompts: [\"Hi\"]\ntests: [{assert: [{type: latency}]}]\n"))
                .hasMessageContaining("needs a 'threshold'");
    }

    @Test
    void toolsAreDeclaredInOpenAiFormatAndCheckCalls() throws IOException {
        Suite suite = parse("""
                prompts: ["Weather in {{city}}?"]
                tools:
                  - type: function
                    function:
                      name: get_weather
                      parameters: {type: object, required: [city], properties: {city: {type: string}}}
                tests: [{vars: {city: Oslo}, assert: [{type: is-valid-tool-call, value: get_weather}]}]
                """);

        assertThat(suite.tools()).hasSize(1);
        var check = suite.cases().get(0).assertions().get(0).assertion().check(new Output("", java.util.List.of(
                new dev.aigate.provider.ToolCall("1", "get_weather", "{\"city\": 5}")), "tool_calls", 0, 0, 0, 0),
                GradingContext.empty());
        assertThat(check.pass()).isFalse();
        assertThat(check.reason()).contains("city");
    }
}

package dev.aigate.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule matching and the script file format. */
class ScriptSetTest {

    @Test
    void firstMatchingRuleWins() {
        ScriptSet scripts = ScriptSet.of(
                new ScriptRule(RuleMatch.any().prompt("hello"), ScriptResponse.text("first")),
                new ScriptRule(RuleMatch.any(), ScriptResponse.text("fallback")));

        assertThat(scripts.match("m", Optional.empty(), "oh hello there")).hasValueSatisfying(
                r -> assertThat(r.pickText(0.5)).isEqualTo("first"));
        assertThat(scripts.match("m", Optional.empty(), "bye")).hasValueSatisfying(
                r -> assertThat(r.pickText(0.5)).isEqualTo("fallback"));
    }

    @Test
    void modelGlobsMatchTheWholeNameWithStarAndQuestionMark() {
        RuleMatch match = RuleMatch.any().model("llama-3.?-*b");

        assertThat(match.matches("llama-3.1-8b", Optional.empty(), "")).isTrue();
        assertThat(match.matches("llama-3.1-70b", Optional.empty(), "")).isTrue();
        assertThat(match.matches("llama-3.10-8b", Optional.empty(), "")).isFalse();
        assertThat(match.matches("my-llama-3.1-8b", Optional.empty(), "")).isFalse();
    }

    @Test
    void aCaseIdConditionNeedsARequestCaseId() {
        RuleMatch match = RuleMatch.any().caseId("c1");

        assertThat(match.matches("m", Optional.of("c1"), "")).isTrue();
        assertThat(match.matches("m", Optional.of("c2"), "")).isFalse();
        assertThat(match.matches("m", Optional.empty(), "")).isFalse();
    }

    @Test
    void weightedVariantsSplitTheUnitIntervalByWeight() {
        ScriptResponse response = ScriptResponse.variants(List.of(
                new ScriptResponse.Variant(3, "a"), new ScriptResponse.Variant(1, "b")));

        assertThat(response.pickText(0.0)).isEqualTo("a");
        assertThat(response.pickText(0.74)).isEqualTo("a");
        assertThat(response.pickText(0.76)).isEqualTo("b");
    }

    @Test
    void loadsJsonFilesToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("script.json");
        Files.writeString(file, """
                {"rules": [{"match": {"model": "gpt-*"}, "respond": {"text": "ok", "finish_reason": "length"}}]}""");

        ScriptSet scripts = ScriptSet.load(file);

        assertThat(scripts.rules()).hasSize(1);
        assertThat(scripts.rules().get(0).response().finishReason()).hasValue("length");
    }

    @Test
    void rejectsRulesWithoutAResponseNamingWhere() {
        assertThatThrownBy(() -> ScriptSet.parse("rules:\n  - match: {model: x}\n    respond: {}\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rules[0]");
        assertThatThrownBy(() -> ScriptSet.parse("nothing: here"))
                .hasMessageContaining("'rules'");
    }
}

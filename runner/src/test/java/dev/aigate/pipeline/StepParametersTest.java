package dev.aigate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.config.ConfigException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepParametersTest {

    private static Map<String, Object> named(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static List<String> line(StepCommand command, Object... pairs) {
        return RunnerLaunch.arguments(StepParameters.of(command, named(pairs)), false);
    }

    @Test
    void aBenchStepBecomesTheFlagsAUserWouldType() {
        assertThat(line(StepCommand.BENCH, "url", "http://gpu-01:8000/v1", "model", "llama-3.1-8b",
                "concurrency", 16, "duration", "2m", "inputTokens", "256", "thresholds",
                "p99(ttft) < 500ms\n# a comment\n\n  mean(tpot) < 40ms  ", "args", "--seed 7 --retries 0"))
                .containsExactly("bench", "--url", "http://gpu-01:8000/v1", "--model", "llama-3.1-8b",
                        "--concurrency", "16", "--duration", "2m", "--input-tokens", "256",
                        "--threshold", "p99(ttft) < 500ms", "--threshold", "mean(tpot) < 40ms",
                        "--seed", "7", "--retries", "0", "--out", "aigate-out/bench");
    }

    @Test
    void runAndPromptsTakeTheirFileAsTheArgumentAndCanaryAsConfig() {
        assertThat(line(StepCommand.RUN, "config", "aigate.yaml", "outDir", "reports"))
                .containsExactly("run", "aigate.yaml", "--out", "reports");
        assertThat(line(StepCommand.PROMPTS, "config", "suite.yaml", "target", "embedded", "repeat", 3,
                "thresholds", List.of("pass_rate(prompts) >= 95%")))
                .containsExactly("prompts", "suite.yaml", "--target", "embedded", "--repeat", "3",
                        "--threshold", "pass_rate(prompts) >= 95%", "--out", "aigate-out/prompts");
        assertThat(line(StepCommand.CANARY, "config", "canary.yaml", "samples", "s.json", "confidence", "0.9"))
                .containsExactly("canary", "--config", "canary.yaml", "--samples", "s.json", "--confidence", "0.9",
                        "--out", "aigate-out/canary");
        assertThat(line(StepCommand.COST, "result", "b/result.json", "model", "gpt-4o-mini", "gpuHourly", "$2.50"))
                .containsExactly("cost", "--model", "gpt-4o-mini", "--result", "b/result.json", "--gpu-hourly",
                        "$2.50", "--out", "aigate-out/cost");
    }

    @Test
    void numbersFromGroovyBecomePlainDecimals() {
        assertThat(line(StepCommand.COST, "requestsPerDay", 1.0E7, "inputTokens", 512, "outputTokens", 128L))
                .containsExactly("cost", "--input-tokens", "512", "--output-tokens", "128", "--requests-per-day",
                        "10000000", "--out", "aigate-out/cost");
        assertThat(line(StepCommand.CANARY, "confidence", 0.90)).contains("0.9");
    }

    @Test
    void nullAndBlankValuesAreNotGiven() {
        assertThat(line(StepCommand.BENCH, "url", "embedded", "model", null, "rate", "  ", "args", ""))
                .containsExactly("bench", "--url", "embedded", "--out", "aigate-out/bench");
    }

    @Test
    void defaultsAreAOneGigabyteHeapTheUsualKeyVariableAndTheDefaultRule() {
        StepParameters step = StepParameters.of(StepCommand.BENCH, named("api", "Anthropic"));

        assertThat(step.maxHeap()).isEqualTo("1g");
        assertThat(step.apiKeyVariable()).isEqualTo("ANTHROPIC_API_KEY");
        assertThat(step.options()).containsEntry(StepOption.API, "anthropic");
        assertThat(step.rule()).isEqualTo(BuildResultRule.DEFAULT);
        assertThat(StepParameters.of(StepCommand.RUN, named("config", "g.yaml")).apiKeyVariable())
                .isEqualTo("OPENAI_API_KEY");
    }

    @Test
    void everyBadValueIsOneLineNamingTheStepAndTheParameter() {
        Map<Map<String, Object>, String> cases = new LinkedHashMap<>();
        cases.put(named("concurrency", "many"),
                "aigateBench: parameter 'concurrency' must be a positive whole number, got 'many'");
        cases.put(named("concurrency", 0),
                "aigateBench: parameter 'concurrency' must be a positive whole number, got '0'");
        cases.put(named("duration", "10 minutes"), "aigateBench: parameter 'duration' must be a duration such as "
                + "500ms, 30s, 2m or 1h, got '10 minutes'");
        cases.put(named("api", "gemini"), "aigateBench: parameter 'api' must be one of openai, anthropic, azure, "
                + "got 'gemini'");
        cases.put(named("concurency", 8), "aigateBench: parameter 'concurency' is unknown; did you mean "
                + "'concurrency'?");
        cases.put(named("config", "x.yaml"), "aigateBench: parameter 'config' does not apply: bench takes its "
                + "settings as parameters (url, model, api, profile, concurrency, rate, requests, duration, "
                + "inputTokens, outputTokens, slo)");
        cases.put(named("args", "--out elsewhere"), "aigateBench: parameter 'args' must not set --out; use the "
                + "outDir parameter, whose reports the step reads back");
        cases.put(named("args", "--slo 'ttft:1s"),
                "aigateBench: parameter 'args' cannot be split: unclosed single quote at character 7");
        cases.put(named("maxHeap", "lots"), "aigateBench: parameter 'maxHeap' must be a heap size such as 512m or "
                + "2g, got 'lots'");
        cases.put(named("apiKeyVariable", "MODEL_NAME"), "aigateBench: parameter 'apiKeyVariable' must be an "
                + "environment variable whose name says it is secret (with KEY, TOKEN or SECRET in it, e.g. "
                + "LLM_API_KEY), got 'MODEL_NAME'");
        cases.put(named("failAs", "SUCCESS"), "aigateBench: parameter 'failAs' must be one of UNSTABLE, FAILURE, "
                + "got 'SUCCESS'");
        cases.forEach((parameters, message) -> assertThatThrownBy(
                () -> StepParameters.of(StepCommand.BENCH, parameters))
                .as(parameters.toString()).isInstanceOf(ConfigException.class).hasMessage(message));
    }

    @Test
    void aParameterOfAnotherStepSaysWhichThisOneTakes() {
        assertThatThrownBy(() -> StepParameters.of(StepCommand.COST, named("url", "http://x")))
                .hasMessageStartingWith("aigateCost: parameter 'url' does not apply to cost; it takes ")
                .hasMessageContaining("requestsPerDay");
    }

    @Test
    void runAndPromptsNeedTheirFile() {
        assertThatThrownBy(() -> StepParameters.of(StepCommand.RUN, new HashMap<>()))
                .hasMessage("aigateRun: parameter 'config' is required: the gate file to run, "
                        + "e.g. config: 'aigate.yaml'");
        assertThatThrownBy(() -> StepParameters.of(StepCommand.PROMPTS, new HashMap<>()))
                .hasMessage("aigatePrompts: parameter 'config' is required: the suite to run, "
                        + "e.g. config: 'suite.yaml'");
    }

    @Test
    void everyOptionAppliesToAtLeastOneCommandAndNamesAreUnique() {
        for (StepOption option : StepOption.values()) {
            assertThat(StepCommand.values()).as(option.parameter()).anyMatch(option::appliesTo);
            assertThat(StepParameters.COMMON).doesNotContain(option.parameter());
            assertThat(option.flag()).startsWith("--");
        }
        assertThat(StepOption.values()).extracting(StepOption::parameter).doesNotHaveDuplicates();
    }
}

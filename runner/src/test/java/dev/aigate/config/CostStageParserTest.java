package dev.aigate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.cost.ApiPricing;
import dev.aigate.cost.GpuPricing;
import dev.aigate.cost.RequestShape;
import dev.aigate.cost.RequestTokens;
import dev.aigate.cost.TokenSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostStageParserTest {

    private static final String BENCH = "target: {url: embedded, model: gpt-4o-mini}\nbench:\n  requests: 2\n";

    @TempDir
    Path dir;

    private GateFile parse(String yaml) throws Exception {
        Path file = dir.resolve("gate.yaml");
        Files.writeString(file, yaml);
        return GateFileParser.parse(file);
    }

    @Test
    void readsAnApiModelTrafficMixAndBudgets() throws Exception {
        CostStageSpec cost = parse(String.join("\n",
                "cost:",
                "  model: gpt-4o",
                "  baseline_model: gpt-4o-mini",
                "  requests_per_day: 200_000",
                "  mix:",
                "    - {name: chat, weight: 0.8, input_tokens: 1000, cached_input_tokens: 600, output_tokens: 500}",
                "    - {name: summarise, weight: 0.2, input_tokens: 8000, output_tokens: 300}",
                "  thresholds:",
                "    - cost(per_month) < $5000",
                "")).cost().orElseThrow();

        assertThat(((ApiPricing) cost.pricing()).price().model()).isEqualTo("gpt-4o");
        assertThat(((ApiPricing) cost.baselinePricing()).price().model()).isEqualTo("gpt-4o-mini");
        assertThat(cost.traffic().requestsPerDay()).isEqualTo(200_000.0);
        assertThat(cost.traffic().mix()).containsExactly(
                new RequestShape("chat", 0.8, new RequestTokens(1000, 600, 500), TokenSource.GIVEN),
                new RequestShape("summarise", 0.2, RequestTokens.of(8000, 300), TokenSource.GIVEN));
        assertThat(cost.thresholds()).singleElement().satisfies(t -> {
            assertThat(t.expression()).isEqualTo("cost(per_month) < $5000");
            assertThat(t.location().line()).isEqualTo(9);
        });
    }

    @Test
    void pricesTheBenchModelWhenTheSectionNamesNone() throws Exception {
        GateFile gate = parse(BENCH + "cost:\n  requests_per_day: 1000\n");

        assertThat(((ApiPricing) gate.cost().orElseThrow().pricing()).price().model()).isEqualTo("gpt-4o-mini");
        assertThat(gate.cost().orElseThrow().traffic().hasMix()).isFalse();
    }

    @Test
    void readsASelfHostedServerAndAnOverrideFileBesideTheGateFile() throws Exception {
        Files.writeString(dir.resolve("prices.yaml"), "models:\n  acme: {input: 1, output: 2}\n");
        GateFile gpu = parse(BENCH + "cost:\n  gpu_hourly: $2.49\n  gpus: 2\n  requests_per_day: 1000\n");
        GateFile overridden = parse(BENCH + "cost:\n  model: acme\n  prices: prices.yaml\n");

        assertThat(gpu.cost().orElseThrow().pricing()).isEqualTo(new GpuPricing(2.49, 2));
        assertThat(((ApiPricing) overridden.cost().orElseThrow().pricing()).price().outputPerMillion()).isEqualTo(2.0);
    }

    @Test
    void countsAPromptTextWithTheModelsTokenizerOrLabelsAnEstimate() throws Exception {
        Files.writeString(dir.resolve("system.txt"), "You are a helpful assistant.");
        CostStageSpec exact = parse("cost:\n  model: gpt-4o\n  mix:\n    - {input_file: system.txt, output_tokens: 10}\n")
                .cost().orElseThrow();
        CostStageSpec estimated = parse("cost:\n  model: claude-sonnet-4-5\n  mix:\n"
                + "    - {input_text: You are a helpful assistant., output_tokens: 10}\n").cost().orElseThrow();

        RequestShape shape = exact.traffic().mix().get(0);
        assertThat(shape.tokens().input()).isEqualTo(6);  // o200k_base: You| are| a| helpful| assistant|.
        assertThat(shape.source()).isEqualTo(TokenSource.GIVEN);
        assertThat(shape.name()).isEqualTo("shape 1");
        assertThat(estimated.traffic().mix().get(0).source()).isEqualTo(TokenSource.ESTIMATE);
    }

    @Test
    void aCostOnlyGateFileIsAllowed() throws Exception {
        GateFile gate = parse("cost:\n  model: gpt-4o\n  mix: [{input_tokens: 10, output_tokens: 5}]\n");

        assertThat(gate.bench()).isEmpty();
        assertThat(gate.cost()).isPresent();
    }

    @Test
    void mistakesPointAtTheirLineAndColumn() {
        assertError(BENCH + "cost:\n  model: gpt-4o-mnii\n",
                "gate.yaml:5:10: no price for model 'gpt-4o-mnii' in the pricing catalog; did you mean 'gpt-4o-mini'?");
        assertError("target: {url: embedded, model: llama-3.1-8b}\nbench:\n  requests: 2\ncost:\n  requests_per_day: 1\n",
                "gate.yaml:5:3: no price for model 'llama-3.1-8b'");
        assertError("target: {url: embedded, model: llama-3.1-8b}\nbench:\n  requests: 2\ncost:\n  requests_per_day: 1\n",
                "set 'cost.model' to the API model to price");
        assertError(BENCH + "cost:\n  modle: gpt-4o\n", "gate.yaml:5:3: unknown key 'modle' in 'cost'; did you mean 'model'?");
        assertError("cost:\n  model: gpt-4o\n", "'cost' has no tokens per request");
        assertError(BENCH + "cost:\n  gpu_hourly: 2\n  mix: [{input_tokens: 1, output_tokens: 1}]\n",
                "gate.yaml:6:8: a traffic mix cannot be priced by the GPU-hour");
        assertError(BENCH + "cost:\n  gpu_hourly: two dollars\n", "must be a dollar amount such as 2.50 or $2.50");
        assertError(BENCH + "cost:\n  gpus: 2\n", "'cost.gpus' goes with 'cost.gpu_hourly'");
        assertError(BENCH + "cost:\n  model: gpt-4o\n  gpu_hourly: 2\n", "give either 'cost.model'");
        assertError(BENCH + "cost:\n  mix: [{output_tokens: 1}]\n", "needs exactly one of input_tokens, input_text "
                + "or input_file");
        assertError(BENCH + "cost:\n  mix: [{input_tokens: 1, input_text: hi, output_tokens: 1}]\n",
                "got input_tokens and input_text");
        assertError(BENCH + "cost:\n  mix: [{input_tokens: 10, cached_input_tokens: 11, output_tokens: 1}]\n",
                "cannot exceed the request's input tokens (10)");
        assertError(BENCH + "cost:\n  mix: [{input_tokens: 10, output_tokens: 1, weight: 0}]\n",
                "must be greater than 0");
        assertError(BENCH + "cost:\n  mix: []\n", "is empty");
        assertError(BENCH + "cost:\n  baseline: nowhere.json\n", "gate.yaml:5:13: 'cost.baseline': file not found");
        assertError(BENCH + "cost:\n  prices: nowhere.yaml\n", "'cost.prices': file not found");
        assertError(BENCH + "cost:\n  mix: [{input_file: none.txt, output_tokens: 1}]\n",
                "none.txt: file not found");
        assertError(BENCH + "cost:\n  requests_per_day: lots\n", "'cost.requests_per_day' must be a number");
    }

    @Test
    void anInputFileThatIsNotUtf8IsNamed() throws Exception {
        Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertError(BENCH + "cost:\n  mix: [{input_file: latin1.txt, output_tokens: 1}]\n",
                "latin1.txt: not UTF-8 text");
    }

    private void assertError(String yaml, String expected) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(ConfigException.class).hasMessageContaining(expected);
    }
}

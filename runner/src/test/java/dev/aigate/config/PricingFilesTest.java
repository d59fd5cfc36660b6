package dev.aigate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.cost.ModelPrice;
import dev.aigate.cost.PricingCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricingFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: ${1} in, ${2} out, ${3} cached")
    @CsvSource({
        "gpt-4o, 2.50, 10.00, 1.25", "gpt-4o-mini, 0.15, 0.60, 0.075", "gpt-4.1, 2.00, 8.00, 0.50",
        "gpt-5, 1.25, 10.00, 0.125", "gpt-5-mini, 0.25, 2.00, 0.025", "o3, 2.00, 8.00, 0.50",
        "o4-mini, 1.10, 4.40, 0.275", "claude-sonnet-4-5, 3.00, 15.00, 0.30", "claude-haiku-4-5, 1.00, 5.00, 0.10",
        "claude-opus-4-1, 15.00, 75.00, 1.50", "gemini-2.5-pro, 1.25, 10.00, 0.125",
        "gemini-2.5-flash, 0.30, 2.50, 0.03"})
    void shipsPublicListPrices(String model, double input, double output, double cached) {
        ModelPrice price = PricingFiles.shipped().find(model).orElseThrow();

        assertThat(price.inputPerMillion()).isEqualTo(input);
        assertThat(price.outputPerMillion()).isEqualTo(output);
        assertThat(price.cachedInputPerMillion()).isEqualTo(cached);
    }

    @Test
    void everyShippedPriceNamesItsSourceDateAndContextWindow() {
        PricingCatalog shipped = PricingFiles.shipped();

        assertThat(shipped.size()).isGreaterThanOrEqualTo(35);
        for (String model : shipped.models()) {
            ModelPrice price = shipped.find(model).orElseThrow();
            assertThat(price.source()).as(model).startsWith("https://");
            assertThat(price.checked()).as(model).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(price.contextWindow()).as(model).isNotNull();
            assertThat(price.outputPerMillion()).as(model).isGreaterThanOrEqualTo(price.inputPerMillion());
        }
    }

    @Test
    void aUserFileOverridesAndExtendsTheShippedCatalog() throws IOException {
        Path file = write("prices.yaml", "version: 1\ncurrency: USD\nmodels:\n"
                + "  gpt-4o: {input: 2.00, output: 8.00}\n"
                + "  acme-chat-v2: {provider: acme, input: 0.5, output: 1.5, cached_input: 0.05, "
                + "context_window: 32768, source: contract 2026-Q3}\n");

        PricingCatalog catalog = PricingFiles.catalog(file);

        assertThat(catalog.find("gpt-4o")).map(ModelPrice::inputPerMillion).contains(2.00);
        assertThat(catalog.find("acme-chat-v2")).contains(
                new ModelPrice("acme-chat-v2", "acme", 0.5, 1.5, 0.05, 32768, "contract 2026-Q3", ""));
        assertThat(catalog.find("claude-sonnet-4-5")).isPresent();
    }

    @Test
    void theSameFormatReadsAsJson() throws IOException {
        Path file = write("prices.json", "{\"models\": {\"acme\": {\"input\": 1, \"output\": 2}}}");

        assertThat(PricingFiles.read(file).find("acme")).map(ModelPrice::outputPerMillion).contains(2.0);
    }

    @Test
    void readsLiteLlmsFormat() throws IOException {
        Path file = write("model_prices_and_context_window.json", """
                {
                  "sample_spec": {"input_cost_per_token": 0.0, "output_cost_per_token": 0.0,
                                  "max_input_tokens": "max input tokens"},
                  "gpt-4o": {"input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05,
                             "cache_read_input_token_cost": 1.25e-06, "litellm_provider": "openai",
                             "max_input_tokens": 128000, "max_output_tokens": 16384},
                  "old-model": {"input_cost_per_token": 3e-07, "output_cost_per_token": 6e-07, "max_tokens": 4096},
                  "dall-e-3": {"output_cost_per_image": 0.04, "mode": "image_generation"}
                }
                """);

        PricingCatalog catalog = PricingFiles.read(file);

        assertThat(catalog.find("gpt-4o")).contains(
                new ModelPrice("gpt-4o", "openai", 2.5, 10.0, 1.25, 128000, file.toString(), ""));
        assertThat(catalog.find("old-model")).map(ModelPrice::contextWindow).contains(4096);
        assertThat(catalog.find("old-model")).map(ModelPrice::inputPerMillion).contains(0.3);
        assertThat(catalog.find("dall-e-3")).isEmpty();
        assertThat(catalog.find("sample_spec")).as("LiteLLM's documentation entry, all zeros").isEmpty();
    }

    @Test
    void badFilesNameTheLineAndColumn() throws IOException {
        assertThatThrownBy(() -> PricingFiles.read(write("a.yaml", "models:\n  m: {input: 1}\n")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("a.yaml:2:6: 'models.m': missing required "
                        + "key 'output'");
        assertThatThrownBy(() -> PricingFiles.read(write("b.yaml", "models:\n  m: {input: 1, output: 2, ouput: 3}\n")))
                .hasMessageContaining("b.yaml:2:28: unknown key 'ouput'");
        assertThatThrownBy(() -> PricingFiles.read(write("c.yaml", "currency: EUR\nmodels: {}\n")))
                .hasMessageContaining("c.yaml:1:11: prices must be in USD");
        assertThatThrownBy(() -> PricingFiles.read(write("d.yaml", "models:\n  m: {input: -1, output: 2}\n")))
                .hasMessageContaining("must be a number of at least 0");
        assertThatThrownBy(() -> PricingFiles.read(write("e.json", "{\"gpt\": {\"input_cost_per_token\": }")))
                .hasMessageContaining("e.json:1:").hasMessageContaining("invalid JSON");
        assertThatThrownBy(() -> PricingFiles.read(dir.resolve("missing.yaml")))
                .hasMessageContaining("missing.yaml: file not found");
    }

    @Test
    void anUnknownModelMessageSuggestsAName() {
        assertThat(PricingFiles.unknownModel(PricingFiles.shipped(), "gpt-4o-mnii"))
                .startsWith("no price for model 'gpt-4o-mnii' in the pricing catalog; did you mean 'gpt-4o-mini'?");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}

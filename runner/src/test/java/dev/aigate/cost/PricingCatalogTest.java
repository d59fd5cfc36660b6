package dev.aigate.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PricingCatalogTest {

    private final PricingCatalog catalog = PricingCatalog.of(List.of(
            ModelPrice.of("gpt-4o", 2.50, 10.00),
            ModelPrice.of("gpt-4o-2024-05-13", 5.00, 15.00),
            ModelPrice.of("claude-sonnet-4-5", 3.00, 15.00),
            ModelPrice.of("gpt-4-turbo", 10.00, 30.00)));

    @Test
    void findsAModelByExactNameIgnoringCase() {
        assertThat(catalog.find("GPT-4o")).map(ModelPrice::inputPerMillion).contains(2.50);
    }

    @Test
    void ignoresAProviderPrefix() {
        assertThat(catalog.find("openai/gpt-4o")).map(ModelPrice::inputPerMillion).contains(2.50);
        assertThat(catalog.find("anthropic/claude-sonnet-4-5")).map(ModelPrice::outputPerMillion).contains(15.00);
    }

    @Test
    void pricesADatedSnapshotAsItsModelUnderItsOwnName() {
        assertThat(catalog.find("gpt-4o-2024-08-06")).get()
                .satisfies(price -> {
                    assertThat(price.model()).isEqualTo("gpt-4o-2024-08-06");
                    assertThat(price.inputPerMillion()).isEqualTo(2.50);
                });
        assertThat(catalog.find("claude-sonnet-4-5-20250929")).map(ModelPrice::inputPerMillion).contains(3.00);
    }

    @Test
    void aSnapshotWithItsOwnPriceKeepsIt() {
        assertThat(catalog.find("gpt-4o-2024-05-13")).map(ModelPrice::inputPerMillion).contains(5.00);
    }

    @Test
    void neverGuessesFromAShorterName() {
        // gpt-4.1 costs a fifth of gpt-4-turbo; a prefix fallback would price it wrongly.
        assertThat(catalog.find("gpt-4.1")).isEmpty();
        assertThat(catalog.find("gpt-4")).isEmpty();
        assertThat(catalog.find("gpt-4o-mini")).isEmpty();
        assertThat(catalog.find("llama-3.1-8b")).isEmpty();
    }

    @Test
    void anOverrideReplacesAndAddsEntries() {
        PricingCatalog merged = catalog.overriddenBy(PricingCatalog.of(List.of(
                ModelPrice.of("gpt-4o", 2.00, 8.00), ModelPrice.of("my-finetune", 1.00, 2.00))));

        assertThat(merged.find("gpt-4o")).map(ModelPrice::inputPerMillion).contains(2.00);
        assertThat(merged.find("my-finetune")).isPresent();
        assertThat(merged.find("claude-sonnet-4-5")).isPresent();
        assertThat(merged.size()).isEqualTo(5);
    }

    @Test
    void suggestsTheClosestName() {
        assertThat(catalog.suggest("gpt4o")).contains("gpt-4o");
        assertThat(catalog.suggest("claude-sonet-4-5")).contains("claude-sonnet-4-5");
    }
}

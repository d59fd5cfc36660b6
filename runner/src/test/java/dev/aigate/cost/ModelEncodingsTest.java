package dev.aigate.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelEncodingsTest {

    @ParameterizedTest
    @CsvSource({
        "gpt-5, O200K_BASE", "gpt-5-mini, O200K_BASE", "gpt-5.1-codex, O200K_BASE", "gpt-5.2, O200K_BASE",
        "gpt-4.1, O200K_BASE", "gpt-4.1-nano, O200K_BASE", "gpt-4.5-preview, O200K_BASE",
        "gpt-4o, O200K_BASE", "gpt-4o-mini, O200K_BASE", "gpt-4o-2024-08-06, O200K_BASE", "openai/gpt-4o, O200K_BASE",
        "o1, O200K_BASE", "o1-mini, O200K_BASE", "o3-mini, O200K_BASE", "o4-mini, O200K_BASE",
        "gpt-4, CL100K_BASE", "gpt-4-turbo, CL100K_BASE", "gpt-4-32k, CL100K_BASE", "gpt-3.5-turbo, CL100K_BASE",
        "gpt-35-turbo, CL100K_BASE", "text-embedding-3-small, CL100K_BASE", "text-embedding-ada-002, CL100K_BASE",
        "text-davinci-003, P50K_BASE", "davinci, R50K_BASE"})
    void mapsOpenAiModelsToTheirEncoding(String model, EncodingType expected) {
        assertThat(ModelEncodings.forModel(model)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"claude-sonnet-4-5", "gemini-2.5-pro", "llama-3.1-8b", "gpt-oss-120b", "o10", "gpt-40"})
    void knowsNoEncodingForOtherModels(String model) {
        assertThat(ModelEncodings.forModel(model)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt-4o", "gpt-4.1", "gpt-5-mini"})
    void countsOpenAiModelsExactlyWithTheirEncoding(String model) {
        String text = "Résumé: naïve café — 東京タワー is 333 m tall; count me exactly.";
        TokenCount count = PromptTokens.count(model, text);

        assertThat(count.source()).isEqualTo(TokenSource.TOKENIZER);
        assertThat(count.method()).isEqualTo("o200k_base");
        assertThat(count.tokens()).isEqualTo(Encodings.newLazyEncodingRegistry()
                .getEncoding(EncodingType.O200K_BASE).countTokensOrdinary(text));
        assertThat(count.tokens()).as("o200k and cl100k differ on this text, so the encoding matters")
                .isNotEqualTo(Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE)
                        .countTokensOrdinary(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"claude-sonnet-4-5", "llama-3.1-8b"})
    void labelsOtherModelsCountsAsEstimates(String model) {
        TokenCount count = PromptTokens.count(model, "hello world");

        assertThat(count.source()).isEqualTo(TokenSource.ESTIMATE);
        assertThat(count.method()).contains("cl100k_base as a proxy for " + model);
        assertThat(count.tokens()).isEqualTo(2);
    }
}

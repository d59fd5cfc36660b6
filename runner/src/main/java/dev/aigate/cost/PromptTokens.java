package dev.aigate.cost;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Optional;

/**
 * Counts the tokens of a text as a model would bill them. OpenAI models are counted exactly with their encoding
 * ({@link ModelEncodings}); other models' tokenizers are not bundled, so their count is {@code cl100k_base}'s,
 * labelled an {@link TokenSource#ESTIMATE} (typically within 10–20% for English; more for code and other
 * languages). Special-token text such as {@code <|endoftext|>} counts as plain text, as an API bills it.
 */
public final class PromptTokens {

    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    private PromptTokens() {
    }

    public static TokenCount count(String model, String text) {
        Optional<EncodingType> own = ModelEncodings.forModel(model);
        EncodingType encoding = own.orElse(EncodingType.CL100K_BASE);
        long tokens = text.isEmpty() ? 0 : REGISTRY.getEncoding(encoding).countTokensOrdinary(text);
        return own.isPresent()
                ? new TokenCount(tokens, TokenSource.TOKENIZER, encoding.getName())
                : new TokenCount(tokens, TokenSource.ESTIMATE,
                        encoding.getName() + " as a proxy for " + model + "'s own tokenizer");
    }
}

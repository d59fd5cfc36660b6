package dev.aigate.bench;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Counts tokens with OpenAI's {@code cl100k_base} encoding: how synthetic prompts are sized, and how output tokens
 * are counted when a server reports no usage. Special-token text (e.g. {@code <|endoftext|>}) counts as plain text.
 */
public final class TokenCounter {

    private static final Encoding CL100K =
            Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    private TokenCounter() {
    }

    /** The number of {@code cl100k_base} tokens in {@code text}; 0 for null or empty text. */
    public static int count(String text) {
        return text == null || text.isEmpty() ? 0 : CL100K.countTokensOrdinary(text);
    }
}

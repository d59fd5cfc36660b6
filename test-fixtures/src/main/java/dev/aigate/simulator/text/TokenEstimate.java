package dev.aigate.simulator.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's approximate tokenizer: about four characters per token, as for English text with GPT/Llama
 * tokenizers. Prompt token counts (reported as {@code prompt_tokens} and charged as prefill) and the splitting
 * of scripted text into streamed tokens use the same rule, so usage and timing agree.
 */
public final class TokenEstimate {

    /** A token is up to four non-blank characters with the blanks before them. */
    private static final Pattern PIECE = Pattern.compile("\\s*\\S{1,4}");

    private TokenEstimate() {
    }

    /** Prompt tokens of this text: ceil(characters / 4), at least 1. */
    public static int promptTokens(String text) {
        return Math.max(1, (text.length() + 3) / 4);
    }

    /** Splits text into streamed pieces whose concatenation is the text; trailing blanks join the last piece. */
    public static List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher matcher = PIECE.matcher(text);
        int end = 0;
        while (matcher.find()) {
            pieces.add(matcher.group());
            end = matcher.end();
        }
        if (end < text.length()) {
            String rest = text.substring(end);
            if (pieces.isEmpty()) {
                pieces.add(rest);
            } else {
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + rest);
            }
        }
        return pieces;
    }
}

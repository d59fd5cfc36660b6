package dev.aigate.provider;

import java.util.List;
import java.util.Map;

/**
 * One generation request, independent of the wire format.
 *
 * @param model       the model name; null means the client's configured model
 * @param messages    the conversation, for chat APIs; empty when {@code prompt} is used
 * @param prompt      a raw prompt for the Completions API; null for chat
 * @param maxTokens   the most output tokens to generate
 * @param temperature null leaves the server's default
 * @param stream      whether to stream (SSE) or wait for one JSON body
 * @param ignoreEos   ask the server to ignore end-of-sequence so exactly {@code maxTokens} are generated
 *                    (vLLM's {@code ignore_eos}; servers that do not know it ignore it)
 * @param extraBody   further top-level body fields, passed through as they are
 */
public record ModelRequest(
        String model,
        List<ChatMessage> messages,
        String prompt,
        int maxTokens,
        Double temperature,
        boolean stream,
        boolean ignoreEos,
        Map<String, Object> extraBody) {

    public ModelRequest {
        messages = List.copyOf(messages);
        extraBody = Map.copyOf(extraBody);
    }

    /** A streaming chat request with one user message. */
    public static ModelRequest chat(String userMessage, int maxTokens) {
        return new ModelRequest(null, List.of(ChatMessage.user(userMessage)), null, maxTokens, null, true, false,
                Map.of());
    }

    public ModelRequest withStream(boolean streamed) {
        return new ModelRequest(model, messages, prompt, maxTokens, temperature, streamed, ignoreEos, extraBody);
    }

    public ModelRequest withIgnoreEos(boolean ignore) {
        return new ModelRequest(model, messages, prompt, maxTokens, temperature, stream, ignore, extraBody);
    }

    public ModelRequest withTemperature(Double value) {
        return new ModelRequest(model, messages, prompt, maxTokens, value, stream, ignoreEos, extraBody);
    }
}

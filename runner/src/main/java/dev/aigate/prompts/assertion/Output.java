package dev.aigate.prompts.assertion;

import dev.aigate.provider.ToolCall;
import java.util.List;

/**
 * What one model call produced, as assertions see it.
 *
 * @param text         the generated text
 * @param toolCalls    the tool calls the model made, in order
 * @param finishReason the server's finish reason, or null
 * @param latencyMs    from sending the request to its last content event (for a cached answer: when it was made)
 * @param inputTokens  prompt tokens as the server reported them (0 when it did not)
 * @param outputTokens generated tokens as the server reported them (0 when it did not)
 * @param costUsd      what the call cost at the target's prices (0 when they are unknown)
 */
public record Output(String text, List<ToolCall> toolCalls, String finishReason, double latencyMs, int inputTokens,
                     int outputTokens, double costUsd) {

    public Output {
        text = text == null ? "" : text;
        toolCalls = List.copyOf(toolCalls);
    }

    /** A text answer with nothing else measured: for tests and for graders. */
    public static Output text(String text) {
        return new Output(text, List.of(), "stop", 0, 0, 0, 0);
    }
}

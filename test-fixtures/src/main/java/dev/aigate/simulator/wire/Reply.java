package dev.aigate.simulator.wire;

import dev.aigate.simulator.ToolCall;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer a request gets, already cut into tokens.
 *
 * @param tokens       the tokens in order: text content first, then tool-call argument pieces
 * @param toolCalls    the tool calls the tool tokens belong to
 * @param finishReason in OpenAI terms: {@code stop}, {@code length}, {@code tool_calls}, ...
 */
public record Reply(List<OutputToken> tokens, List<ToolCall> toolCalls, String finishReason) {

    public Reply {
        tokens = List.copyOf(tokens);
        toolCalls = List.copyOf(toolCalls);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a reply has at least one token");
        }
    }

    /** The text content, without tool calls. */
    public String text() {
        return tokens.stream().filter(OutputToken::isContent).map(OutputToken::text).collect(Collectors.joining());
    }

    public int completionTokens() {
        return tokens.size();
    }

    /** The finish reason in Anthropic's terms ({@code stop_reason}). */
    public String anthropicStopReason() {
        return switch (finishReason) {
            case "stop" -> "end_turn";
            case "length" -> "max_tokens";
            case "tool_calls" -> "tool_use";
            default -> finishReason;
        };
    }
}

package dev.aigate.simulator;

/**
 * One scripted tool call, answered in OpenAI's {@code tool_calls} format (and as a {@code tool_use} block by the
 * Anthropic API).
 *
 * @param id            the call id, e.g. {@code call_1}
 * @param name          the function name
 * @param argumentsJson the arguments as a JSON object text, e.g. {@code {"city":"Paris"}}
 */
public record ToolCall(String id, String name, String argumentsJson) {
}

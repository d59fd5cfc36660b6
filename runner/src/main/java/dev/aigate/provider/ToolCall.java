package dev.aigate.provider;

/**
 * One tool (function) call the model asked for.
 *
 * @param id        the server's id for the call, or null when it sent none
 * @param name      the tool's name
 * @param arguments the arguments as the JSON text the model generated (it may be invalid JSON: models err)
 */
public record ToolCall(String id, String name, String arguments) {
}

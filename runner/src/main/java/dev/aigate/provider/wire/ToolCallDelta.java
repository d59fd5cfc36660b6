package dev.aigate.provider.wire;

/**
 * A piece of a tool call: the first piece of a call usually carries its id and name, later ones fragments of
 * its JSON arguments, all under the same index.
 *
 * @param index             which call of the answer this piece belongs to
 * @param id                the call's id, or null when this piece does not carry it
 * @param name              the tool's name, or null when this piece does not carry it
 * @param argumentsFragment the next characters of the arguments' JSON text ("" when none)
 */
public record ToolCallDelta(int index, String id, String name, String argumentsFragment) {
}

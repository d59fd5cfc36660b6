package dev.aigate.simulator.wire;

/**
 * One generated token as a wire format streams it: a piece of text content, or a piece of a tool call's
 * arguments.
 *
 * @param text       the piece
 * @param toolIndex  the tool call it belongs to, or -1 for text content
 * @param opensTool  whether it is the first piece of its tool call (which carries the call's id and name)
 */
public record OutputToken(String text, int toolIndex, boolean opensTool) {

    public static OutputToken content(String text) {
        return new OutputToken(text, -1, false);
    }

    public boolean isContent() {
        return toolIndex < 0;
    }
}

package dev.aigate.simulator.wire;

/**
 * Renders one streaming response as SSE text, event by event. Stateful (Anthropic opens and closes content
 * blocks), so one instance per response, used from one thread.
 */
public interface StreamEncoder {

    /** Events sent with the response headers, before any token (role chunk, {@code message_start}, ...). */
    String head();

    /** The event(s) carrying one token. */
    String token(OutputToken token);

    /** Events after the last token (finish reason, usage, {@code [DONE]} / {@code message_stop}). */
    String tail();

    /** A data event whose payload is not valid JSON, for the {@code bad_json} fault. */
    default String corruptEvent() {
        return "data: {\"choices\":[{\"delta\":{\"content\":\"\n\n";
    }
}

package dev.aigate.provider.sse;

import java.nio.charset.StandardCharsets;

/**
 * One server-sent event.
 *
 * @param type          the {@code event:} field, {@code "message"} when the server sent none
 * @param data          the {@code data:} lines joined by {@code \n}, as the UTF-8 bytes that arrived: decoders
 *                      parse JSON straight from them, with no string in between
 * @param receivedNanos {@link System#nanoTime()} when the read that delivered the event's terminating blank line
 *                      returned
 */
public record SseEvent(String type, byte[] data, long receivedNanos) {

    /** An event whose data is {@code text} (tests and non-streamed paths). */
    public static SseEvent of(String type, String text, long receivedNanos) {
        return new SseEvent(type, text.getBytes(StandardCharsets.UTF_8), receivedNanos);
    }

    /** The data as text. */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }
}

package dev.aigate.provider.sse;

/**
 * One server-sent event.
 *
 * @param type          the {@code event:} field, {@code "message"} when the server sent none
 * @param data          the {@code data:} lines joined by {@code \n}
 * @param receivedNanos {@link System#nanoTime()} when the blank line that ends the event was read
 */
public record SseEvent(String type, String data, long receivedNanos) {
}

package dev.aigate.provider;

/**
 * Receives content-carrying stream events as they arrive, on the transport's event loop that reads the response:
 * keep it short, as every other connection of that loop waits meanwhile.
 */
@FunctionalInterface
public interface StreamObserver {

    StreamObserver NONE = (receivedNanos, text) -> { };

    /**
     * @param receivedNanos {@link System#nanoTime()} when the socket read that delivered the event's last byte
     *                      returned
     * @param text the generated text the event carries (may be empty for tool-call deltas)
     */
    void onContent(long receivedNanos, String text);
}

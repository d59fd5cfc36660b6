package dev.aigate.provider;

/** Receives content-carrying stream events as they arrive, on the thread that reads the response. */
@FunctionalInterface
public interface StreamObserver {

    StreamObserver NONE = (receivedNanos, text) -> { };

    /**
     * @param receivedNanos {@link System#nanoTime()} when the event's last byte was read
     * @param text the generated text the event carries (may be empty for tool-call deltas)
     */
    void onContent(long receivedNanos, String text);
}

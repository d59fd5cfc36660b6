package dev.aigate.provider;

/**
 * One model endpoint behind one wire format. Implementations are thread-safe, share one HTTP client sized to
 * the requested concurrency, and retry where it is safe (see {@link RetryPolicy}).
 */
public interface ModelClient extends AutoCloseable {

    /**
     * Sends one request and blocks until it has completed or failed. Faults of the target never throw: they come
     * back as a {@link Completion} whose {@link Completion#failure()} names the {@link ErrorKind}.
     *
     * @param observer told of every content-carrying event as it arrives, with its monotonic timestamp
     */
    Completion send(ModelRequest request, StreamObserver observer);

    default Completion send(ModelRequest request) {
        return send(request, StreamObserver.NONE);
    }

    /**
     * Gets ready, before anything is timed, to send requests like {@code sample} on up to {@code connections} at
     * once: opens the connections and encodes the sample once (nothing is sent). A cold JVM otherwise spends its
     * first few hundred milliseconds there, after the first requests' scheduled instants. A target that cannot
     * be reached is left to the requests, which meet it and are counted; this one says nothing.
     */
    default void warmUp(ModelRequest sample, int connections) {
    }

    @Override
    void close();
}

package dev.aigate.bench;

/**
 * What a load generator's worker does with each request it is given.
 *
 * @param <T> what {@link #prepare} builds for {@link #send}
 */
interface RequestHandler<T> {

    /** Builds the request; called before waiting for its due instant so the work never delays the send. */
    T prepare(PlannedRequest request);

    /** Sends it and records the outcome; blocks until the request has completed or failed. */
    void send(PlannedRequest request, T prepared);
}

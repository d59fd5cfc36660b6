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

    /**
     * The run will not wait for requests still in flight: from now on their outcomes must be ignored. Called
     * after an interrupt's drain timeout, before their workers are interrupted, so that how a client reacts to
     * the interrupt cannot change the result.
     */
    void abandonInFlight();
}

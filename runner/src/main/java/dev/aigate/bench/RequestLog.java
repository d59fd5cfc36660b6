package dev.aigate.bench;

/**
 * Receives every request's measurement as it completes, warm-up included, e.g. to stream raw per-request records
 * to a file. Called from many worker threads at once: implementations are thread-safe. Appends after
 * {@link #close()} are ignored.
 */
public interface RequestLog extends AutoCloseable {

    /** Keeps nothing. */
    RequestLog NONE = new RequestLog() {
        @Override
        public void append(PlannedRequest request, RequestMeasurement measurement) {
        }

        @Override
        public void close() {
        }
    };

    void append(PlannedRequest request, RequestMeasurement measurement);

    @Override
    void close();
}

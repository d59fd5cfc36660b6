package dev.aigate.bench;

/**
 * The thread-safe front of a run's {@link BenchTally}: counts requests in flight (and the peak), leaves warm-up and
 * cool-down requests out of every metric, and after {@link #seal()} ignores stragglers, which are counted as abandoned.
 */
final class BenchRecorder {

    private final BenchTally tally = new BenchTally();
    private final ServiceLevels serviceLevels;
    private final RequestLog requestLog;
    private int inFlight;
    private int peakInFlight;
    private long measuredInFlight;
    private boolean sealed;

    BenchRecorder(ServiceLevels serviceLevels, RequestLog requestLog) {
        this.serviceLevels = serviceLevels;
        this.requestLog = requestLog;
    }

    /** Called just before a request is sent. */
    synchronized void begin(PlannedRequest request) {
        if (sealed) {
            return;
        }
        inFlight++;
        peakInFlight = Math.max(peakInFlight, inFlight);
        if (request.measured()) {
            measuredInFlight++;
            tally.countSent(request.waitedForSlot());
        }
    }

    /** Called when the client has returned the request's completion. */
    void finish(PlannedRequest request, RequestMeasurement measurement) {
        boolean good = serviceLevels.metBy(measurement);
        synchronized (this) {
            if (sealed) {
                return;
            }
            inFlight--;
            if (request.measured()) {
                measuredInFlight--;
                tally.record(measurement, good);
            }
        }
        requestLog.append(request, measurement);
    }

    /** Ends recording: measured requests still in flight are counted as abandoned. Returns the final tally. */
    synchronized BenchTally seal() {
        if (!sealed) {
            sealed = true;
            tally.countAbandoned(measuredInFlight);
        }
        return tally;
    }

    /** The most requests in flight at once, warm-up included. */
    synchronized int peakConcurrency() {
        return peakInFlight;
    }
}

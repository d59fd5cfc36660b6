package dev.aigate.prompts.exec;

/**
 * The {@code --max-cost} circuit breaker. Before a request is sent its worst case (prompt tokens plus
 * {@code max_tokens} at the target's prices) is reserved; when the reservation would pass the limit the request
 * is not sent and the breaker trips; after the call the reservation is replaced by what it really cost. So the
 * spend never passes the limit, whatever the concurrency.
 */
public final class CostBudget {

    /** No limit. */
    public static CostBudget unlimited() {
        return new CostBudget(Double.POSITIVE_INFINITY);
    }

    private final double limitUsd;
    private double committed;
    private double reserved;
    private boolean tripped;

    public CostBudget(double limitUsd) {
        if (!(limitUsd > 0)) {
            throw new IllegalArgumentException("the cost limit must be greater than $0");
        }
        this.limitUsd = limitUsd;
    }

    /** Reserves {@code worstCaseUsd}; false (and the breaker trips) when that would pass the limit. */
    public synchronized boolean reserve(double worstCaseUsd) {
        if (tripped || committed + reserved + worstCaseUsd > limitUsd) {
            tripped = true;
            return false;
        }
        reserved += worstCaseUsd;
        return true;
    }

    /** Replaces a reservation by the real cost of the call. */
    public synchronized void settle(double reservedUsd, double actualUsd) {
        reserved -= reservedUsd;
        committed += actualUsd;
    }

    public synchronized boolean tripped() {
        return tripped;
    }

    public synchronized double spent() {
        return committed;
    }

    public double limit() {
        return limitUsd;
    }

    public boolean limited() {
        return Double.isFinite(limitUsd);
    }
}

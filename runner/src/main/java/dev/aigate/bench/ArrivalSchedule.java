package dev.aigate.bench;

/** When the next request is due. Called under the plan's lock, once per released request. */
interface ArrivalSchedule {

    /** The instant the next request is due, given the current {@link System#nanoTime()}. */
    long nextDue(long nowNanos);

    /** Whether requests follow a schedule (open loop), so a late send is client-side queueing. */
    boolean paced();

    /** The schedule for a spec: Poisson arrivals when it gives a rate, back to back otherwise. */
    static ArrivalSchedule of(BenchSpec spec) {
        return spec.openLoop() ? new PoissonArrivals(spec.rate(), spec.seed()) : new BackToBack();
    }
}

package dev.aigate.bench;

/** When the next request is due. Called under the plan's lock, once per released request. */
interface ArrivalSchedule {

    /** The instant the next request is due, given the current {@link System#nanoTime()}. */
    long nextDue(long nowNanos);

    /** Whether requests follow a schedule (open loop), so a late send is client-side queueing. */
    boolean paced();

    /**
     * The schedule of one shard of a spec: an open loop at the shard's share of the rate, with a seed of its own,
     * when the spec gives a rate; back to back over the shard's workers otherwise.
     */
    static ArrivalSchedule of(BenchSpec spec) {
        long rampUpNanos = spec.rampUp() == null ? 0 : spec.rampUp().toNanos();
        Shard shard = spec.shard();
        if (!spec.openLoop()) {
            return new BackToBack(shard.share(spec.concurrency()), rampUpNanos);
        }
        // Shards differ in seed so their arrivals are independent; together they make the whole rate.
        long seed = spec.seed() + 0x9E3779B97F4A7C15L * shard.index();
        return new OpenLoopArrivals(spec.rate() / shard.count(), rampUpNanos / 1e9,
                new UnitGaps(spec.arrivals(), spec.burstiness(), seed));
    }
}

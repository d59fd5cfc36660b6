package dev.aigate.bench;

/** A closed loop: every request is due the moment a worker asks for it. */
final class BackToBack implements ArrivalSchedule {

    @Override
    public long nextDue(long nowNanos) {
        return nowNanos;
    }

    @Override
    public boolean paced() {
        return false;
    }
}

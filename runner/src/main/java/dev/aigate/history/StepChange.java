package dev.aigate.history;

/**
 * A shift in a metric's level that the builds from {@code index} on show against the builds before them.
 *
 * @param index         the first build of the new level (an index into the trend's builds)
 * @param pValue        two-sided Mann-Whitney p-value of the window after against the window before
 * @param shift         Hodges–Lehmann estimate of after − before, in the metric's unit
 * @param relativeShift the shift as a fraction of the median before
 * @param regression    whether the shift is for the worse (up for latency and cost, down for throughput)
 */
public record StepChange(int index, double pValue, double shift, double relativeShift, boolean regression) {
}

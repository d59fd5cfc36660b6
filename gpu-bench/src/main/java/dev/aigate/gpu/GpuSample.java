package dev.aigate.gpu;

/**
 * One nvidia-smi reading of one GPU, stamped with the monotonic time its line was received. A field the GPU does
 * not report ({@code [N/A]}, {@code [Not Supported]}) is null, never zero.
 *
 * @param receivedNanos     {@link System#nanoTime()} when the line arrived
 * @param utilizationPercent {@code utilization.gpu}: the share of the last sample period a kernel was running
 * @param memoryUsedMib     {@code memory.used}
 * @param memoryTotalMib    {@code memory.total}
 * @param powerWatts        {@code power.draw}: board power
 * @param smClockMhz        {@code clocks.sm}
 * @param temperatureC      {@code temperature.gpu}
 */
public record GpuSample(
        int index,
        String uuid,
        String name,
        long receivedNanos,
        Double utilizationPercent,
        Double memoryUsedMib,
        Double memoryTotalMib,
        Double powerWatts,
        Double smClockMhz,
        Double temperatureC) {
}

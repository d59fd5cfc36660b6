package dev.aigate.gpu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One GPU's telemetry over a run. A series the GPU did not report is null (and named by {@link #unreported()}).
 *
 * @param energyJoules board energy over the whole window: power integrated over time (trapezoids between samples,
 *                     the first and last readings held to the window's edges); null without power readings
 */
public record GpuTelemetry(
        int index,
        String uuid,
        String name,
        Double memoryTotalMib,
        int samples,
        Distribution utilizationPercent,
        Distribution memoryUsedMib,
        Distribution powerWatts,
        Distribution smClockMhz,
        Distribution temperatureC,
        Double energyJoules) {

    /** Summarises one GPU's samples (in receive order) over the window {@code startNanos..endNanos}. */
    static GpuTelemetry of(List<GpuSample> samples, long startNanos, long endNanos) {
        GpuSample first = samples.get(0);
        Double memoryTotal = samples.stream().map(GpuSample::memoryTotalMib).filter(v -> v != null).findFirst()
                .orElse(null);
        return new GpuTelemetry(first.index(), first.uuid(), first.name(), memoryTotal, samples.size(),
                series(samples, GpuSample::utilizationPercent), series(samples, GpuSample::memoryUsedMib),
                series(samples, GpuSample::powerWatts), series(samples, GpuSample::smClockMhz),
                series(samples, GpuSample::temperatureC), energy(samples, startNanos, endNanos));
    }

    /** The nvidia-smi fields this GPU gave no value for. */
    public List<String> unreported() {
        List<String> missing = new ArrayList<>();
        if (utilizationPercent == null) {
            missing.add("utilization.gpu");
        }
        if (memoryUsedMib == null) {
            missing.add("memory.used");
        }
        if (powerWatts == null) {
            missing.add("power.draw");
        }
        if (smClockMhz == null) {
            missing.add("clocks.sm");
        }
        if (temperatureC == null) {
            missing.add("temperature.gpu");
        }
        return missing;
    }

    private static Distribution series(List<GpuSample> samples, Function<GpuSample, Double> field) {
        return Distribution.of(samples.stream().map(field).toList());
    }

    static Double energy(List<GpuSample> samples, long startNanos, long endNanos) {
        List<GpuSample> powered = samples.stream().filter(s -> s.powerWatts() != null).toList();
        if (powered.isEmpty()) {
            return null;
        }
        GpuSample first = powered.get(0);
        GpuSample last = powered.get(powered.size() - 1);
        double joules = first.powerWatts() * Math.max(0, first.receivedNanos() - startNanos) / 1e9;
        for (int i = 1; i < powered.size(); i++) {
            GpuSample before = powered.get(i - 1);
            GpuSample after = powered.get(i);
            joules += (before.powerWatts() + after.powerWatts()) / 2
                    * (after.receivedNanos() - before.receivedNanos()) / 1e9;
        }
        joules += last.powerWatts() * Math.max(0, endNanos - last.receivedNanos()) / 1e9;
        return joules;
    }
}

package dev.aigate.gpu.probe;

import java.util.Map;

/**
 * What the CUDA probe measured on one device: the median of its timed repetitions for each {@link ProbeCheck}.
 *
 * @param measured each check's median, in the check's unit
 * @param best     each check's fastest repetition, in the check's unit
 */
public record ProbeDevice(
        int index,
        String name,
        String uuid,
        String computeCapability,
        int smCount,
        long memoryTotalBytes,
        Map<ProbeCheck, Double> measured,
        Map<ProbeCheck, Double> best) {

    public ProbeDevice {
        measured = Map.copyOf(measured);
        best = Map.copyOf(best);
    }
}

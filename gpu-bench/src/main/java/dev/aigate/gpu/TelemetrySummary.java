package dev.aigate.gpu;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What GPU telemetry found over one run: each GPU's series and energy, and the notes a reader needs.
 *
 * @param durationSeconds the sampled window
 * @param interval        the sampling interval asked for
 * @param gpus            one entry per GPU that gave samples
 * @param notes           plain-language remarks: unreported fields, sampling problems
 */
public record TelemetrySummary(double durationSeconds, Duration interval, List<GpuTelemetry> gpus, List<String> notes) {

    public TelemetrySummary {
        gpus = List.copyOf(gpus);
        notes = List.copyOf(notes);
    }

    /** Energy of all GPUs together, or null when any GPU gave no power reading (a partial sum would mislead). */
    public Double energyJoules() {
        if (gpus.isEmpty() || gpus.stream().map(GpuTelemetry::energyJoules).anyMatch(Objects::isNull)) {
            return null;
        }
        return gpus.stream().mapToDouble(GpuTelemetry::energyJoules).sum();
    }

    /** Joules per output token over the window, or null without energy or tokens. */
    public Double joulesPerToken(long outputTokens) {
        Double energy = energyJoules();
        return energy == null || outputTokens <= 0 ? null : energy / outputTokens;
    }

    /** Output tokens per joule, or null without energy or tokens. */
    public Double tokensPerJoule(long outputTokens) {
        Double energy = energyJoules();
        return energy == null || energy <= 0 || outputTokens <= 0 ? null : outputTokens / energy;
    }
}

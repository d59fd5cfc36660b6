package dev.aigate.gpu.probe;

/**
 * One probe figure set against the datasheet.
 *
 * @param measured the probe's median, in the check's unit
 * @param peak     the datasheet peak; null when the model is unknown
 * @param expected what a healthy card reaches ({@code peak × healthyFraction}); null when the model is unknown
 */
public record CheckResult(ProbeCheck check, double measured, Double peak, Double expected) {

    /** Measured over expected (1.0 = a healthy card), or null when the model is unknown. */
    public Double ratioToExpected() {
        return expected == null ? null : measured / expected;
    }

    /** Measured over the datasheet peak, or null when the model is unknown. */
    public Double ratioToPeak() {
        return peak == null ? null : measured / peak;
    }
}

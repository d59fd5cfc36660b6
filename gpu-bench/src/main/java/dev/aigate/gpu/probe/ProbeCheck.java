package dev.aigate.gpu.probe;

/**
 * What the probe measures, and how much of the datasheet peak a healthy card of the model reaches in that test.
 *
 * <p>"Expected" is {@code datasheet peak × healthyFraction}: a copy kernel never moves the datasheet's memory
 * bandwidth, and pinned copies never move the link's raw rate, so judging against the raw peak would call every
 * card slow. The fractions are what such tests reach on healthy cards (STREAM-like copies on HBM reach about
 * 90%; a FMA-bound kernel about 90% once clocks settle below the boost clock; pinned PCIe copies about 80% of
 * the link's raw rate), and the H100 measured for docs/gpu.md sits inside them.
 */
public enum ProbeCheck {
    /** Device-memory copy, bytes read plus written per second. */
    MEMORY_BANDWIDTH("memory_bandwidth", "memory bandwidth", "GB/s", 0.90),
    /** FP32 fused multiply-add rate. */
    FP32("fp32", "FP32 FMA rate", "TFLOP/s", 0.90),
    /** Pinned host to device copies. */
    H2D("h2d", "host→device copy", "GB/s", 0.80),
    /** Pinned device to host copies. */
    D2H("d2h", "device→host copy", "GB/s", 0.80);

    private final String key;
    private final String label;
    private final String unit;
    private final double healthyFraction;

    ProbeCheck(String key, String label, String unit, double healthyFraction) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.healthyFraction = healthyFraction;
    }

    /** The key in the probe's JSON output and in result.json, e.g. {@code memory_bandwidth}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** The share of the datasheet peak a healthy card reaches in this test. */
    public double healthyFraction() {
        return healthyFraction;
    }

    /** The datasheet peak for this test, in {@link #unit()}. */
    public double peak(Datasheet datasheet) {
        return switch (this) {
            case MEMORY_BANDWIDTH -> datasheet.memoryBandwidthGbs();
            case FP32 -> datasheet.fp32Tflops();
            case H2D, D2H -> datasheet.hostLinkGbs();
        };
    }
}

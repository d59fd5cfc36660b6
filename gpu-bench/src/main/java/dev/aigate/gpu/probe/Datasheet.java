package dev.aigate.gpu.probe;

import java.util.List;
import java.util.Locale;

/**
 * A GPU model's published peak figures.
 *
 * @param model              the model as people name it, e.g. {@code H100 SXM5 80GB}
 * @param nameMarkers        every marker must occur in the name nvidia-smi/CUDA reports (case-insensitive)
 * @param memoryBandwidthGbs peak device-memory bandwidth, GB/s
 * @param fp32Tflops         peak FP32 (non-tensor) rate at boost clock, TFLOP/s
 * @param hostLinkGbs        raw host-link rate per direction, GB/s (PCIe Gen3/4/5 x16: 15.75/31.5/63)
 * @param source             where the figures come from
 */
public record Datasheet(
        String model,
        List<String> nameMarkers,
        double memoryBandwidthGbs,
        double fp32Tflops,
        double hostLinkGbs,
        String source) {

    public Datasheet {
        nameMarkers = nameMarkers.stream().map(marker -> marker.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether the device name reported by the driver is this model. */
    public boolean matches(String deviceName) {
        String name = deviceName.toLowerCase(Locale.ROOT);
        return nameMarkers.stream().allMatch(name::contains);
    }
}

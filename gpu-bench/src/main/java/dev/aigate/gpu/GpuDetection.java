package dev.aigate.gpu;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether this machine has NVIDIA GPUs, which, and how to reach them; or, plainly, why not.
 *
 * @param nvidiaSmi    the program to sample with; null when there are no GPUs
 * @param gpus         the GPUs found; empty when there are none
 * @param absentReason why there are none, e.g. {@code no NVIDIA GPU detected: nvidia-smi not found}; null otherwise
 */
public record GpuDetection(NvidiaSmi nvidiaSmi, List<GpuInfo> gpus, String absentReason) {

    public GpuDetection {
        gpus = List.copyOf(gpus);
    }

    /** Looks for nvidia-smi in {@code environment} and asks it for the GPUs. */
    public static GpuDetection detect(Map<String, String> environment) {
        Optional<NvidiaSmi> found = NvidiaSmi.locate(environment);
        if (found.isEmpty()) {
            return absent("nvidia-smi not found");
        }
        try {
            List<GpuInfo> gpus = found.get().listGpus();
            return gpus.isEmpty() ? absent("nvidia-smi lists no GPU")
                    : new GpuDetection(found.get(), gpus, null);
        } catch (IOException e) {
            return absent(e.getMessage());
        }
    }

    private static GpuDetection absent(String why) {
        return new GpuDetection(null, List.of(), "no NVIDIA GPU detected: " + why);
    }

    public boolean present() {
        return absentReason == null;
    }
}

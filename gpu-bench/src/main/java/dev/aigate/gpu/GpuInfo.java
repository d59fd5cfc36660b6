package dev.aigate.gpu;

/**
 * One GPU as nvidia-smi lists it.
 *
 * @param index          nvidia-smi's index (the CUDA device order may differ; the UUID is the stable identity)
 * @param uuid           e.g. {@code GPU-5b2f...}
 * @param name           the product name, e.g. {@code NVIDIA H100 80GB HBM3}
 * @param memoryTotalMib total device memory in MiB
 * @param driverVersion  the driver, e.g. {@code 580.159.04}
 */
public record GpuInfo(int index, String uuid, String name, Double memoryTotalMib, String driverVersion) {
}

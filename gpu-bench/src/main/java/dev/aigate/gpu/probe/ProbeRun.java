package dev.aigate.gpu.probe;

/**
 * A finished probe: its figures and which binary produced them.
 *
 * @param binary e.g. {@code bundled (sm_75, sm_80, sm_90, PTX compute_90)} or {@code compiled here with nvcc}
 */
public record ProbeRun(ProbeOutput output, String binary) {
}

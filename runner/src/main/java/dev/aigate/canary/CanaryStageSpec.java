package dev.aigate.canary;

/** The canary stage of a gate file or of {@code aigate canary}: its input and how to judge it. */
public record CanaryStageSpec(CanaryInput input, CanaryConfig config) {
}

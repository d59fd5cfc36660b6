package dev.aigate.pipeline;

/**
 * A build result as Jenkins names them ({@code hudson.model.Result}), best first. The plugin maps each to the
 * Jenkins constant of the same name.
 */
public enum BuildStatus {
    SUCCESS,
    UNSTABLE,
    FAILURE;

    /** The worse of two results, as Jenkins combines a stage's result into the build's. */
    public BuildStatus and(BuildStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }
}

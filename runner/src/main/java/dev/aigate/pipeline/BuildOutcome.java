package dev.aigate.pipeline;

/**
 * What one step does to the build: the result to set and the one line that says why, for the build log and,
 * on FAILURE, the error the step ends with.
 */
public record BuildOutcome(BuildStatus status, String message) {

    public boolean isSuccess() {
        return status == BuildStatus.SUCCESS;
    }
}

package dev.aigate.pipeline;

/** One build's result of one step, for trends: the build's number, its display name and the result. */
public record TrendPoint(int buildNumber, String buildName, StepResult result) {
}

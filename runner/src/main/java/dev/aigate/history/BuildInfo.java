package dev.aigate.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Which build a result came from, as CI tells it through the environment: the build number of GitHub Actions
 * ({@code GITHUB_RUN_NUMBER}), Jenkins ({@code BUILD_NUMBER}) or GitLab ({@code CI_PIPELINE_IID}), else the next
 * number of the history; the commit when {@code GITHUB_SHA}, {@code GIT_COMMIT} or {@code CI_COMMIT_SHA} is set.
 *
 * @param build  the build's label on the trend charts
 * @param commit the commit built, or null
 */
public record BuildInfo(String build, String commit, Instant timestamp) {

    private static final List<String> BUILD_NUMBERS = List.of("GITHUB_RUN_NUMBER", "BUILD_NUMBER", "CI_PIPELINE_IID");
    private static final List<String> COMMITS = List.of("GITHUB_SHA", "GIT_COMMIT", "CI_COMMIT_SHA");

    /**
     * @param counter the number to use when CI gives none: one more than the builds already in the history
     */
    public static BuildInfo fromEnvironment(Map<String, String> environment, long counter, Instant now) {
        String build = first(environment, BUILD_NUMBERS);
        String attempt = environment.get("GITHUB_RUN_ATTEMPT");
        if (build != null && attempt != null && !attempt.isBlank() && !"1".equals(attempt.trim())) {
            build = build + "." + attempt.trim();
        }
        return new BuildInfo(build == null ? String.valueOf(counter) : build, first(environment, COMMITS), now);
    }

    private static String first(Map<String, String> environment, List<String> names) {
        for (String name : names) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}

package dev.aigate.action;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.report.ResultJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pull request a workflow run belongs to, read from what GitHub gives every step: the event payload
 * ({@code GITHUB_EVENT_PATH}) and {@code GITHUB_REF} ({@code refs/pull/42/merge}).
 *
 * @param repository {@code owner/name}
 * @param number     the pull request's number
 */
record PullRequest(String repository, int number) {

    private static final Pattern PULL_REF = Pattern.compile("refs/pull/(\\d+)/(?:merge|head)");

    /** The run's pull request, or empty for a push, a schedule or a run outside GitHub. */
    static Optional<PullRequest> of(Map<String, String> environment) {
        String repository = environment.get("GITHUB_REPOSITORY");
        if (repository == null || !repository.contains("/")) {
            return Optional.empty();
        }
        return numberFromEvent(environment.get("GITHUB_EVENT_PATH"))
                .or(() -> numberFromRef(environment.get("GITHUB_REF")))
                .map(number -> new PullRequest(repository, number));
    }

    private static Optional<Integer> numberFromEvent(String eventPath) {
        if (eventPath == null || eventPath.isBlank() || !Files.isRegularFile(Path.of(eventPath))) {
            return Optional.empty();
        }
        try {
            JsonNode event = ResultJson.MAPPER.readTree(Path.of(eventPath).toFile());
            JsonNode number = event.path("pull_request").path("number");
            if (!number.isInt() && event.path("issue").has("pull_request")) {
                number = event.path("issue").path("number"); // issue_comment on a pull request
            }
            return number.isInt() ? Optional.of(number.asInt()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> numberFromRef(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        Matcher matcher = PULL_REF.matcher(ref);
        return matcher.matches() ? Optional.of(Integer.valueOf(matcher.group(1))) : Optional.empty();
    }
}

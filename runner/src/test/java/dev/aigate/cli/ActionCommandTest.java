package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.report.ResultJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's adapter as GitHub runs it — {@code aigate action} with the INPUT_* and GITHUB_* variables and
 * files of a step — against gate files on the embedded simulator, and a local fake of GitHub's REST API.
 */
class ActionCommandTest {

    private static final String TOKEN = "ghs_actionTestToken0123456789abcdef";

    @TempDir
    Path workspace;

    private Path outputFile;
    private Path summaryFile;

    @BeforeEach
    void stepFiles() throws IOException {
        outputFile = Files.createFile(workspace.resolve("github_output"));
        summaryFile = Files.createFile(workspace.resolve("step_summary"));
    }

    @Test
    void aPassingGateExitsZeroWithOutputsAndTheSummary() throws IOException {
        Path gate = gateFile("pass.yaml", "p99(ttft) < 5s", "rate(errors) < 1%");

        CliRunner.Run run = CliRunner.run(step(gate), "action");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(0);
        Map<String, String> outputs = outputs();
        assertThat(outputs).containsEntry("verdict", "pass").containsEntry("score", "100")
                .containsEntry("exit-code", "0").containsEntry("gates-total", "2").containsEntry("gates-failed", "0")
                .containsEntry("error-rate", "0")
                .containsEntry("report-dir", workspace.resolve("out").toString())
                .containsKeys("ttft-p99-ms", "tpot-mean-ms", "output-tokens-per-s");
        assertThat(Double.parseDouble(outputs.get("ttft-p99-ms"))).isPositive();
        assertThat(summary()).contains("aigate run: action-test — **PASS**", "p99(ttft) < 5s");
        assertThat(run.stdout()).doesNotContain("::error");
        assertThat(workspace.resolve("out/result.json")).isRegularFile();
    }

    @Test
    void aFailingGateExitsOneAndAnnotatesTheLineThatFailed() throws IOException {
        // Line 12 of the file below is the second threshold: no server has a TTFT under a microsecond.
        Path gate = gateFile("fail.yaml", "rate(errors) < 1%", "p99(ttft) < 1us");

        CliRunner.Run run = CliRunner.run(step(gate), "action");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(outputs()).containsEntry("verdict", "fail").containsEntry("score", "50")
                .containsEntry("exit-code", "1").containsEntry("gates-failed", "1");
        assertThat(run.stdout()).contains("::error file=gates/fail.yaml,line=12,col=5,title=aigate bench%3A p99(ttft) < 1us::"
                + "p99(ttft) = ");
        assertThat(run.stdout()).doesNotContain("title=aigate bench%3A rate(errors)");
        assertThat(summary()).contains("**FAIL**");
        JsonNode result = ResultJson.MAPPER.readTree(workspace.resolve("out/result.json").toFile());
        assertThat(result.at("/gates/1/location/line").asInt()).isEqualTo(12);
    }

    @Test
    void badYamlExitsTwoWithAnAnnotationOnTheLineAndNoVerdict() throws IOException {
        Path gate = workspace.resolve("gates/typo.yaml");
        Files.createDirectories(gate.getParent());
        Files.writeString(gate, "version: 1\nbench:\n  requests: 4\n  concurency: 2\n");

        CliRunner.Run run = CliRunner.run(step(gate), "action");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).contains("::error file=gates/typo.yaml,line=4,col=3,title=aigate%3A configuration "
                + "error::unknown key 'concurency' in 'bench'; did you mean 'concurrency'?");
        assertThat(outputs()).doesNotContainKey("verdict").containsEntry("exit-code", "2");
        assertThat(summary()).contains("configuration error", "concurency");
    }

    @Test
    void aBadInputExitsTwoBeforeAnythingRuns() {
        Map<String, String> env = step(workspace.resolve("none.yaml"));
        env.put("INPUT_FAIL-ON-MARGINAL", "maybe");

        CliRunner.Run run = CliRunner.run(env, "action");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).contains("::error title=aigate%3A bad action input::input 'fail-on-marginal': must be "
                + "true or false, got 'maybe'");
    }

    @Test
    void postsThePullRequestCommentOnceThenEditsItInPlace() throws Exception {
        Path gate = gateFile("pass.yaml", "rate(errors) < 1%");
        try (MockWebServer github = new MockWebServer()) {
            github.enqueue(json("[{\"id\": 7, \"body\": \"an unrelated review comment\"}]"));
            github.enqueue(json("{\"id\": 99}").setResponseCode(201));
            github.start();
            Map<String, String> env = pullRequestStep(gate, github);

            CliRunner.Run first = CliRunner.run(env, "action");

            assertThat(first.exitCode()).as(first.all()).isEqualTo(0);
            RecordedRequest list = github.takeRequest(5, TimeUnit.SECONDS);
            assertThat(list.getMethod()).isEqualTo("GET");
            assertThat(list.getPath()).startsWith("/api/v3/repos/acme/models/issues/42/comments?per_page=100&page=1");
            assertThat(list.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
            RecordedRequest post = github.takeRequest(5, TimeUnit.SECONDS);
            assertThat(post.getMethod()).isEqualTo("POST");
            assertThat(post.getPath()).isEqualTo("/api/v3/repos/acme/models/issues/42/comments");
            String body = ResultJson.MAPPER.readTree(post.getBody().readUtf8()).path("body").asText();
            assertThat(body).startsWith("<!-- aigate-report: run ").contains("**PASS**",
                    "[Workflow run](https://github.example/acme/models/actions/runs/1234)");
            assertThat(first.stdout()).contains("posted the report comment on pull request #42");

            // The next push: our comment is found by its marker and edited, not duplicated.
            String marker = body.lines().findFirst().orElseThrow();
            github.enqueue(json("[{\"id\": 7, \"body\": \"x\"}, {\"id\": 99, \"body\": "
                    + ResultJson.MAPPER.writeValueAsString(marker + "\nold report") + "}]"));
            github.enqueue(json("{\"id\": 99}"));

            CliRunner.Run second = CliRunner.run(env, "action");

            assertThat(second.exitCode()).isEqualTo(0);
            assertThat(github.takeRequest(5, TimeUnit.SECONDS).getMethod()).isEqualTo("GET");
            RecordedRequest patch = github.takeRequest(5, TimeUnit.SECONDS);
            assertThat(patch.getMethod()).isEqualTo("PATCH");
            assertThat(patch.getPath()).isEqualTo("/api/v3/repos/acme/models/issues/comments/99");
            assertThat(second.stdout()).contains("updated the report comment on pull request #42");
            assertThat(first.all() + second.all() + Files.readString(summaryFile) + Files.readString(outputFile))
                    .doesNotContain(TOKEN);
        }
    }

    @Test
    void aCommentGitHubRefusesOnlyWarnsAndNeverLeaksTheToken() throws Exception {
        Path gate = gateFile("fail.yaml", "p99(ttft) < 1us");
        try (MockWebServer github = new MockWebServer()) {
            github.enqueue(json("{\"message\": \"Resource not accessible by integration " + TOKEN + "\"}")
                    .setResponseCode(403));
            github.start();

            CliRunner.Run run = CliRunner.run(pullRequestStep(gate, github), "action");

            assertThat(run.exitCode()).as("the verdict decides, not the comment").isEqualTo(1);
            assertThat(run.stdout()).contains("::warning title=aigate%3A PR comment::could not comment on pull "
                    + "request #42: GET /api/v3/repos/acme/models/issues/42/comments answered HTTP 403: Resource not "
                    + "accessible by integration ***");
            assertThat(run.all()).doesNotContain(TOKEN);
        }
    }

    private Map<String, String> step(Path gate) {
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_OUTPUT", outputFile.toString());
        env.put("GITHUB_STEP_SUMMARY", summaryFile.toString());
        env.put("INPUT_COMMAND", "run");
        env.put("INPUT_CONFIG", gate.toString());
        env.put("INPUT_ARGS", "");
        env.put("INPUT_OUTPUT-DIR", workspace.resolve("out").toString());
        env.put("INPUT_FAIL-ON-MARGINAL", "false");
        env.put("INPUT_GITHUB-TOKEN", "");
        return env;
    }

    private Map<String, String> pullRequestStep(Path gate, MockWebServer github) throws IOException {
        Path event = workspace.resolve("event.json");
        Files.writeString(event, "{\"action\": \"synchronize\", \"pull_request\": {\"number\": 42}}");
        Map<String, String> env = step(gate);
        env.put("INPUT_GITHUB-TOKEN", TOKEN);
        env.put("GITHUB_EVENT_NAME", "pull_request");
        env.put("GITHUB_EVENT_PATH", event.toString());
        env.put("GITHUB_REPOSITORY", "acme/models");
        env.put("GITHUB_API_URL", github.url("/api/v3").toString());
        env.put("GITHUB_SERVER_URL", "https://github.example");
        env.put("GITHUB_RUN_ID", "1234");
        return env;
    }

    /** A small, fast gate on the embedded simulator; its thresholds start at line 11. */
    private Path gateFile(String name, String... thresholds) throws IOException {
        StringBuilder yaml = new StringBuilder("version: 1\n"
                + "name: action-test\n"
                + "target:\n"
                + "  url: embedded\n"
                + "  profile: fast\n"
                + "bench:\n"
                + "  concurrency: 4\n"
                + "  requests: 8\n"
                + "  output_tokens: 8\n"
                + "thresholds:\n");
        for (String threshold : thresholds) {
            yaml.append("  - ").append(threshold).append('\n');
        }
        Path file = workspace.resolve("gates").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private Map<String, String> outputs() throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String line : Files.readAllLines(outputFile)) {
            int eq = line.indexOf('=');
            outputs.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return outputs;
    }

    private String summary() throws IOException {
        return Files.readString(summaryFile);
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}

package dev.aigate.action;

import dev.aigate.action.WorkflowCommands.Level;
import dev.aigate.config.ConfigException;
import dev.aigate.secrets.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The GitHub Action's adapter (action/action.yml): reads the {@code INPUT_*} variables, runs one aigate command as
 * a user would, and hands GitHub what it understands — outputs in {@code $GITHUB_OUTPUT}, summary.md in
 * {@code $GITHUB_STEP_SUMMARY}, {@code ::error} annotations on the gate-file lines that failed, an optional pull
 * request comment updated in place — then exits with SPEC §2's code. It makes no decision of its own: the verdict
 * is the engine's, read back from result.json.
 */
public final class GithubAction {

    /** Runs one aigate command line and says how it ended. */
    @FunctionalInterface
    public interface Aigate {
        Invocation run(List<String> args);
    }

    /**
     * How one aigate command ended.
     *
     * @param stderr what it printed on stderr (the one-line error of bad input), for annotations
     */
    public record Invocation(int exitCode, String stderr) {
    }

    /** The hidden marker that finds our own pull-request comment again. */
    static final String MARKER_PREFIX = "<!-- aigate-report: ";
    private static final String DEFAULT_API = "https://api.github.com";

    private final Map<String, String> environment;
    private final PrintWriter out;
    private final Path workspace;

    /**
     * @param environment the step's environment ({@code INPUT_*}, {@code GITHUB_*})
     * @param out         the step's log; every line passes through the {@link Redactor}
     */
    public GithubAction(Map<String, String> environment, PrintWriter out) {
        this.environment = environment;
        this.out = out;
        this.workspace = Path.of(environment.getOrDefault("GITHUB_WORKSPACE", "."));
    }

    /** Runs the step and returns its exit code. */
    public int run(Aigate aigate) {
        ActionInputs inputs;
        List<String> args;
        try {
            inputs = ActionInputs.from(environment);
            args = AigateArguments.of(inputs);
        } catch (ConfigException e) {
            print(WorkflowCommands.annotation(Level.ERROR, "aigate: bad action input", null, null, null,
                    e.getMessage()));
            return 2;
        }
        Redactor.global().register(inputs.githubToken());
        String reportDir = AigateArguments.outDir(args);
        Path outDir = Path.of(reportDir);
        ResultFile.clear(outDir);

        print("aigate " + String.join(" ", args));
        Invocation invocation = aigate.run(args);
        Optional<ResultFile> result = ResultFile.read(outDir);

        GithubFiles files = GithubFiles.from(environment);
        Annotations annotations = new Annotations(workspace);
        int exitCode = StepExit.code(result.map(ResultFile::verdict).orElse(null), invocation.exitCode(),
                inputs.failOnMarginal());
        String summary;
        if (result.isPresent()) {
            files.writeOutputs(ActionOutputs.of(result.get(), reportDir, exitCode));
            annotations.forResult(result.get().json()).forEach(this::print);
            summary = result.get().summaryMarkdown();
        } else {
            files.writeOutputs(ActionOutputs.withoutResult(reportDir, exitCode));
            List<String> errors = annotations.forError(invocation.stderr(), invocation.exitCode());
            errors.forEach(this::print);
            summary = errorSummary(inputs, invocation);
        }
        files.appendSummary(Redactor.global().redact(summary));
        if (result.map(ResultFile::verdict).filter("marginal"::equals).isPresent() && !inputs.failOnMarginal()) {
            print("aigate: marginal verdict: the step passes (set fail-on-marginal: true to fail it)");
        }
        comment(inputs, summary);
        out.flush();
        return exitCode;
    }

    private void comment(ActionInputs inputs, String summary) {
        if (inputs.githubToken() == null) {
            return;
        }
        Optional<PullRequest> pull = PullRequest.of(environment);
        if (pull.isEmpty()) {
            print("aigate: not a pull request run; no comment posted");
            return;
        }
        HttpUrl api = HttpUrl.parse(environment.getOrDefault("GITHUB_API_URL", DEFAULT_API));
        if (api == null) {
            print(WorkflowCommands.annotation(Level.WARNING, "aigate: PR comment", null, null, null,
                    "GITHUB_API_URL is not a URL; no comment posted"));
            return;
        }
        String marker = MARKER_PREFIX + inputs.commentKey().replace("--", "- -") + " -->";
        try {
            PullRequestComments.Outcome outcome = new PullRequestComments(api, inputs.githubToken())
                    .upsert(pull.get(), marker, Redactor.global().redact(summary + runLink()));
            print("aigate: " + (outcome == PullRequestComments.Outcome.CREATED ? "posted" : "updated")
                    + " the report comment on pull request #" + pull.get().number());
        } catch (IOException | RuntimeException e) {
            // The verdict stands; a comment that could not be written (a read-only token on a fork's PR) only warns.
            print(WorkflowCommands.annotation(Level.WARNING, "aigate: PR comment", null, null, null,
                    "could not comment on pull request #" + pull.get().number() + ": " + e.getMessage()
                            + " (the workflow needs 'permissions: pull-requests: write')"));
        }
    }

    private String runLink() {
        String server = environment.get("GITHUB_SERVER_URL");
        String repository = environment.get("GITHUB_REPOSITORY");
        String runId = environment.get("GITHUB_RUN_ID");
        if (server == null || repository == null || runId == null) {
            return "";
        }
        return "\n\n[Workflow run](" + server + "/" + repository + "/actions/runs/" + runId + ")\n";
    }

    private static String errorSummary(ActionInputs inputs, Invocation invocation) {
        String error = invocation.stderr().lines().filter(l -> !l.isBlank()).findFirst()
                .orElse("exit code " + invocation.exitCode());
        String what = invocation.exitCode() == 2 ? "configuration error" : "could not judge";
        return "## ❗ aigate " + inputs.command() + " — **" + what + "**\n\n```\n" + error.replace("```", "'''")
                + "\n```\n";
    }

    private void print(String line) {
        out.println(Redactor.global().redact(line)); // GitHub's answers may echo what they were sent
        out.flush();
    }
}

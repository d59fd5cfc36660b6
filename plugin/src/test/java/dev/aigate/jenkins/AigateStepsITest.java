package dev.aigate.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import hudson.util.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import dev.aigate.simulator.LlmSimulator;
import dev.aigate.simulator.SimulatorConfig;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The steps in a real Jenkins, each against the runner's embedded LLM simulator: the build result the verdict
 * sets, the values a Jenkinsfile gets back, masking, the build page and the trend. Needs the Jenkins repository
 * (built with -Pjenkins).
 */
@WithJenkins
class AigateStepsITest {

    private static final String FAST_BENCH = "url: 'embedded', profile: 'fast', requests: 16, concurrency: 4, "
            + "outputTokens: 16";

    private static WorkflowRun run(JenkinsRule jenkins, String script, Result expected) throws Exception {
        WorkflowJob job = jenkins.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return jenkins.assertBuildStatus(expected, job.scheduleBuild2(0));
    }

    @Test
    void aPassingBenchmarkOnAnAgentReturnsItsFigures(JenkinsRule jenkins) throws Exception {
        DumbSlave agent = jenkins.createOnlineSlave();
        WorkflowRun build = run(jenkins, "node('" + agent.getNodeName() + "') {\n"
                + "  def r = aigateBench " + FAST_BENCH + ", thresholds: 'rate(errors) < 1%\\np99(ttft) < 60s'\n"
                + "  echo \"verdict=${r.verdict} gates=${r.gatesTotal} failed=${r.gatesFailed}\"\n"
                + "  echo \"ttft=${r.ttftP99Ms > 0} report=${r.reportHtml}\"\n"
                + "}", Result.SUCCESS);

        jenkins.assertLogContains("aigate bench: pass, 2 of 2 gates passed", build);
        jenkins.assertLogContains("verdict=pass gates=2 failed=0", build);
        jenkins.assertLogContains("ttft=true report=aigate-out/bench/report.html", build);
        AigateBuildAction action = build.getAction(AigateBuildAction.class);
        assertThat(action.getVerdict()).isEqualTo("pass");
        assertThat(action.getReportUrl()).isEqualTo("artifact/aigate-out/bench/report.html");
        assertThat(build.getArtifactManager().root().child("aigate-out/bench/junit.xml").exists()).isTrue();
    }

    @Test
    void aMissedThresholdFailsTheBuildWithOneLine(JenkinsRule jenkins) throws Exception {
        WorkflowRun build = run(jenkins, "node { aigateBench " + FAST_BENCH + ", thresholds: 'p99(ttft) < 1ms' }",
                Result.FAILURE);

        jenkins.assertLogContains("aigate bench: fail, 1 of 1 gate failed: p99(ttft) = ", build);
        jenkins.assertLogNotContains("Exception", build);
    }

    @Test
    void failAsUnstableMarksTheStageAndReturnsTheValues(JenkinsRule jenkins) throws Exception {
        WorkflowRun build = run(jenkins, "node {\n"
                + "  def r = aigateBench " + FAST_BENCH + ", thresholds: 'p99(ttft) < 1ms', failAs: 'UNSTABLE'\n"
                + "  echo \"verdict=${r.verdict} failed=${r.failedGates}\"\n"
                + "}", Result.UNSTABLE);

        jenkins.assertLogContains("verdict=fail failed=[p99(ttft) < 1ms]", build);
        assertThat(warnings(build)).anySatisfy(warning -> assertThat(warning.getMessage())
                .startsWith("aigate bench: fail"));
    }

    @Test
    void aMarginalCanaryMakesTheBuildUnstable(JenkinsRule jenkins) throws Exception {
        StringBuilder samples = new StringBuilder("{\"metrics\": {");
        String[] metrics = {"ttft", "tpot", "itl", "e2el"};
        for (int m = 0; m < metrics.length; m++) {
            double factor = m < 2 ? 1.3 : 1.0; // two of four metrics regress: score 50, marginal
            samples.append(m == 0 ? "" : ",").append('"').append(metrics[m]).append("\": {\"baseline\": [")
                    .append(series(1.0, m)).append("], \"candidate\": [").append(series(factor, m + 10))
                    .append("]}");
        }
        samples.append("}}");
        WorkflowRun build = run(jenkins, "node {\n"
                + "  writeFile file: 'samples.json', text: '" + samples + "'\n"
                + "  def r = aigateCanary samples: 'samples.json'\n"
                + "  echo \"score=${r.score}\"\n"
                + "}", Result.UNSTABLE);

        jenkins.assertLogContains("aigate canary: marginal, score 50", build);
        jenkins.assertLogContains("score=50.0", build);
        assertThat(warnings(build)).isNotEmpty();
    }

    @Test
    void badParametersFailWithTheRunnersMessage(JenkinsRule jenkins) throws Exception {
        WorkflowRun build = run(jenkins, "node { aigateBench url: 'embedded', duration: 'ten minutes' }",
                Result.FAILURE);

        jenkins.assertLogContains("aigateBench: parameter 'duration' must be a duration such as 500ms, 30s, 2m "
                + "or 1h, got 'ten minutes'", build);
    }

    @Test
    void theApiKeyReachesTheRunnerAndNeverTheLog(JenkinsRule jenkins) throws Exception {
        String key = "sk-proj-aigate-test-0123456789abcdef";
        CredentialsProvider.lookupStores(jenkins.jenkins).iterator().next().addCredentials(Domain.global(),
                new StringCredentialsImpl(CredentialsScope.GLOBAL, "llm-key", "test key", Secret.fromString(key)));
        try (LlmSimulator server = LlmSimulator.start(SimulatorConfig.builder().profile("fast")
                .requiredApiKey(key).build())) {
            String bench = "node { aigateBench url: '" + server.baseUrl() + "', model: 'm', requests: 8, "
                    + "outputTokens: 16, args: '--retries 0 --debug'";

            WorkflowRun withKey = run(jenkins, bench + ", credentialsId: 'llm-key', apiKeyVariable: 'LLM_API_KEY' }",
                    Result.SUCCESS);
            WorkflowRun withoutKey = run(jenkins, bench + " }", Result.FAILURE);

            jenkins.assertLogContains("--api-key-env LLM_API_KEY", withKey);
            jenkins.assertLogNotContains(key, withKey);
            jenkins.assertLogContains("aigate bench: inconclusive", withoutKey); // the server answered 401
        }
    }

    @Test
    void theJobPageTrendsTheFiguresAcrossBuilds(JenkinsRule jenkins) throws Exception {
        WorkflowJob job = jenkins.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("node { aigateBench " + FAST_BENCH + ", failAs: 'UNSTABLE', "
                + "thresholds: 'p99(ttft) < 60s' }", true));
        jenkins.buildAndAssertSuccess(job);
        job.setDefinition(new CpsFlowDefinition("node { aigateBench " + FAST_BENCH + ", failAs: 'UNSTABLE', "
                + "thresholds: 'p99(ttft) < 1ms' }", true));
        jenkins.assertBuildStatus(Result.UNSTABLE, job.scheduleBuild2(0));

        AigateProjectAction trends = job.getAction(AigateProjectAction.class);

        assertThat(trends).isNotNull();
        assertThat(trends.getCharts()).extracting(AigateTrendChart::getTitle)
                .contains("aigate aigate-out/bench: Score (%)", "aigate aigate-out/bench: Latency (ms)");
        assertThat(trends.getCharts().get(0).getRegressedBuilds()).containsExactly("#2");
        assertThat(trends.getCharts().get(0).getBuildTrendModel()).contains("\"#2 ▼\"");
    }

    private static List<WarningAction> warnings(WorkflowRun build) {
        List<WarningAction> warnings = new ArrayList<>();
        for (FlowNode node : new DepthFirstScanner().allNodes(build.getExecution())) {
            WarningAction warning = node.getPersistentAction(WarningAction.class);
            if (warning != null) {
                warnings.add(warning);
            }
        }
        return warnings;
    }

    private static String series(double factor, long seed) {
        Random random = new Random(seed);
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            values.append(i == 0 ? "" : ",").append(Math.round((400 * factor + 50 * random.nextGaussian()) * 100)
                    / 100.0);
        }
        return values.toString();
    }
}

package dev.aigate.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.config.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionInputsTest {

    @Test
    void defaultsFollowActionYml() {
        ActionInputs inputs = ActionInputs.from(Map.of("INPUT_CONFIG", "aigate.yaml", "INPUT_ARGS", "",
                "INPUT_GITHUB-TOKEN", ""));

        assertThat(inputs.command()).isEqualTo("run");
        assertThat(inputs.config()).isEqualTo("aigate.yaml");
        assertThat(inputs.args()).isEmpty();
        assertThat(inputs.outDir()).isEqualTo(Path.of("aigate-out"));
        assertThat(inputs.failOnMarginal()).isFalse();
        assertThat(inputs.githubToken()).as("GitHub passes unset inputs as empty").isNull();
        assertThat(AigateArguments.of(inputs)).containsExactly("run", "aigate.yaml", "--out", "aigate-out");
    }

    @Test
    void hyphenatedInputsKeepTheirHyphensAsGitHubPassesThem() {
        ActionInputs inputs = ActionInputs.from(Map.of("INPUT_COMMAND", "bench", "INPUT_FAIL-ON-MARGINAL", "True",
                "INPUT_OUTPUT-DIR", "reports/bench", "INPUT_GITHUB-TOKEN", "ghs_x"));

        assertThat(inputs.failOnMarginal()).isTrue();
        assertThat(inputs.outDir()).isEqualTo(Path.of("reports/bench"));
        assertThat(inputs.githubToken()).isEqualTo("ghs_x");
    }

    @Test
    void argsThresholdsAndBaselineBecomeFlags() {
        ActionInputs inputs = ActionInputs.from(Map.of("INPUT_COMMAND", "prompts", "INPUT_CONFIG", "suite.yaml",
                "INPUT_BASELINE", "main/result.json",
                "INPUT_THRESHOLDS", "pass_rate(prompts) >= 95%\n\n# a comment\n  cost(per_1k_requests) < $2  \n",
                "INPUT_ARGS", "--repeat 3 --debug"));

        assertThat(AigateArguments.of(inputs)).containsExactly("prompts", "suite.yaml", "--baseline",
                "main/result.json", "--threshold", "pass_rate(prompts) >= 95%", "--threshold",
                "cost(per_1k_requests) < $2", "--repeat", "3", "--debug", "--out", "aigate-out");
    }

    @Test
    void canaryAndCostTakeTheirConfigAsAFlag() {
        assertThat(AigateArguments.of(ActionInputs.from(Map.of("INPUT_COMMAND", "canary", "INPUT_CONFIG", "c.yaml"))))
                .startsWith("canary", "--config", "c.yaml");
    }

    @Test
    void anOutInArgsWinsAndIsTheReportDir() {
        ActionInputs inputs = ActionInputs.from(Map.of("INPUT_CONFIG", "a.yaml", "INPUT_ARGS", "--out=shard-1"));

        assertThat(AigateArguments.of(inputs)).containsExactly("run", "a.yaml", "--out=shard-1");
        assertThat(AigateArguments.outDir(AigateArguments.of(inputs))).isEqualTo("shard-1");
    }

    @Test
    void badInputsNameTheInput() {
        assertThatThrownBy(() -> ActionInputs.from(Map.of("INPUT_COMMAND", "deploy")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("input 'command': must be one of run, ");
        assertThatThrownBy(() -> ActionInputs.from(Map.of("INPUT_FAIL-ON-MARGINAL", "yes")))
                .hasMessage("input 'fail-on-marginal': must be true or false, got 'yes'");
        assertThatThrownBy(() -> ActionInputs.from(Map.of("INPUT_ARGS", "--threshold 'p99(ttft)")))
                .hasMessageStartingWith("input 'args': unclosed single quote");
        assertThatThrownBy(() -> AigateArguments.of(ActionInputs.from(Map.of())))
                .hasMessageContaining("command 'run' needs a gate file");
        assertThatThrownBy(() -> AigateArguments.of(ActionInputs.from(Map.of("INPUT_COMMAND", "bench",
                "INPUT_CONFIG", "x.yaml")))).hasMessageContaining("bench takes its settings as flags");
    }
}

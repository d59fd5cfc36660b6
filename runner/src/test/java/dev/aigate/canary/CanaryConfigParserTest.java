package dev.aigate.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanaryConfigParserTest {

    @TempDir
    Path dir;

    private CanaryConfig parse(String yaml) throws IOException {
        Path file = dir.resolve("canary.yaml");
        Files.writeString(file, yaml);
        return CanaryConfigParser.parse(file);
    }

    @Test
    void whatIsNotWrittenKeepsItsDefault() throws IOException {
        CanaryConfig c = parse("pass_score: 90\nmetrics:\n  ttft: {allowed_increase: 1.05, critical: true}\n"
                + "  queue_depth: {direction: increase}\n");
        assertThat(c.passScore()).isEqualTo(90);
        assertThat(c.marginalScore()).isEqualTo(50);
        MetricRule ttft = c.rule("ttft");
        assertThat(ttft.allowedIncrease()).isEqualTo(1.05);
        assertThat(ttft.critical()).isTrue();
        assertThat(ttft.direction()).isEqualTo(Direction.INCREASE);
        assertThat(ttft.group()).isEqualTo("latency");
        assertThat(c.rule("queue_depth").allowedIncrease()).isEqualTo(1.10);
        assertThat(c.rule("error_rate").test()).isEqualTo(MetricTest.FISHER);
    }

    @Test
    void mistakesPointAtTheLine() {
        assertThatThrownBy(() -> parse("metrics:\n  ttft: {alowed_increase: 1.2}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("canary.yaml:2:")
                .hasMessageContaining("did you mean 'allowed_increase'?");
        assertThatThrownBy(() -> parse("metrics:\n  ttft: {allowed_increase: 0.8}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("of at least 1 (1.10 allows 10% more)");
        assertThatThrownBy(() -> parse("pass_score: 40\nmarginal_score: 60\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must not exceed pass_score");
        assertThatThrownBy(() -> parse("confidence: 95\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("canary.yaml:1:13")
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> parse("groups: {latency: 100}\nmetrics:\n  error_rate: {group: errs}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("group 'errs', which has no weight");
        assertThatThrownBy(() -> parse("metrics:\n  ttft: {test: t-test}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must be mann-whitney or fisher");
    }
}

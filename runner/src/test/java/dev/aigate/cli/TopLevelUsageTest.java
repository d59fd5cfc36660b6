package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code aigate} itself: no command is a usage error (as {@code aigate gpu} without a subcommand is). */
class TopLevelUsageTest {

    @Test
    void noCommandPrintsTheUsageOnStderrAndExitsTwo() {
        CliRunner.Run run = CliRunner.run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("Usage: aigate").contains("run").contains("merge");
    }

    @Test
    void helpAndVersionAreAnswersNotErrors() {
        CliRunner.Run help = CliRunner.run("--help");
        CliRunner.Run version = CliRunner.run("--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("Usage: aigate");
        assertThat(version.exitCode()).isZero();
        assertThat(version.stdout()).isNotBlank();
    }
}

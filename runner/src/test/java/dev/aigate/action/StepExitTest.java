package dev.aigate.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepExitTest {

    @Test
    void theVerdictDecidesWithSpecExitCodes() {
        assertThat(StepExit.code("pass", 0, false)).isZero();
        assertThat(StepExit.code("fail", 1, false)).isEqualTo(1);
        assertThat(StepExit.code("inconclusive", 3, true)).isEqualTo(3);
    }

    @Test
    void aMarginalVerdictFailsOnlyWhenAskedTo() {
        assertThat(StepExit.code("marginal", 0, false)).isZero();
        assertThat(StepExit.code("marginal", 0, true)).isEqualTo(1);
    }

    @Test
    void withoutAResultTheCommandsOwnCodeStands() {
        assertThat(StepExit.code(null, 2, true)).isEqualTo(2);
        assertThat(StepExit.code(null, 3, false)).isEqualTo(3);
    }
}

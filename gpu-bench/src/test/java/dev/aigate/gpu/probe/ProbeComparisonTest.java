package dev.aigate.gpu.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aigate.fakegpu.FakeGpuTools;
import org.junit.jupiter.api.Test;

class ProbeComparisonTest {

    @Test
    void setsTheRecordedH100AgainstAHealthyH100() throws ProbeException {
        ProbeComparison h100 = compare("h100-probe-output.json");

        assertThat(h100.datasheet().model()).isEqualTo("H100 SXM5 80GB");
        CheckResult bandwidth = h100.check(ProbeCheck.MEMORY_BANDWIDTH);
        assertThat(bandwidth.peak()).isEqualTo(3350.0);
        assertThat(bandwidth.expected()).isCloseTo(3015.0, within(1e-9));
        assertThat(bandwidth.ratioToExpected()).isCloseTo(2808.960 / 3015.0, within(1e-12));
        assertThat(bandwidth.ratioToPeak()).isCloseTo(2808.960 / 3350.0, within(1e-12));
        assertThat(h100.check(ProbeCheck.FP32).expected()).isCloseTo(60.3, within(1e-9));
        assertThat(h100.check(ProbeCheck.H2D).expected()).isCloseTo(50.4, within(1e-9));
    }

    @Test
    void aDegradedCardShowsInItsRatio() throws ProbeException {
        assertThat(compare("h100-degraded-memory-probe-output.json").check(ProbeCheck.MEMORY_BANDWIDTH)
                .ratioToExpected()).isCloseTo(0.632, within(0.001));
    }

    @Test
    void anUnknownModelHasFiguresButNothingToCompareWith() throws ProbeException {
        ProbeComparison unknown = compare("unknown-model-probe-output.json");

        assertThat(unknown.datasheet()).isNull();
        assertThat(unknown.checks()).allSatisfy(check -> {
            assertThat(check.measured()).isPositive();
            assertThat(check.expected()).isNull();
            assertThat(check.ratioToExpected()).isNull();
        });
    }

    private static ProbeComparison compare(String recording) throws ProbeException {
        return ProbeComparison.of(ProbeOutput.parse(FakeGpuTools.recording(recording)).devices().get(0));
    }
}

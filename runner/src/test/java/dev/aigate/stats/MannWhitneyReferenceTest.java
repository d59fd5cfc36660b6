package dev.aigate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Mann-Whitney p-value and the Hodges–Lehmann shift and interval, compared with SciPy 1.17 and R on the data
 * sets of {@code test-fixtures/reference/canary/mann-whitney.json} (small, tied, large, identical, constant,
 * empty).
 */
class MannWhitneyReferenceTest {

    /** p-values agree to this relative error (measured agreement is 1e-13). */
    private static final double P_RELATIVE = 1e-12;
    static Stream<Named<JsonNode>> cases() {
        return ReferenceVectors.cases("mann-whitney.json").stream().map(c -> Named.of(c.get("name").asText(), c));
    }

    @Test
    void coversAtLeastFiftyDataSets() {
        List<JsonNode> all = ReferenceVectors.cases("mann-whitney.json");
        assertThat(all).hasSizeGreaterThanOrEqualTo(50);
        assertThat(all).extracting(c -> c.get("name").asText())
                .anyMatch(n -> n.startsWith("small_")).anyMatch(n -> n.startsWith("ties_"))
                .anyMatch(n -> n.startsWith("large_")).anyMatch(n -> n.startsWith("identical_"))
                .anyMatch(n -> n.startsWith("constant_")).anyMatch(n -> n.startsWith("empty_"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pValueEqualsSciPy(JsonNode c) {
        double[] baseline = ReferenceVectors.values(c.get("baseline"));
        double[] candidate = ReferenceVectors.values(c.get("candidate"));
        if (c.get("scipy_p_value").isNull()) {
            assertThatThrownBy(() -> MannWhitneyTest.test(candidate, baseline))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
            return;
        }
        double expected = c.get("scipy_p_value").asDouble();
        assertThat(MannWhitneyTest.test(candidate, baseline).pValue())
                .isCloseTo(expected, org.assertj.core.api.Assertions.within(expected * P_RELATIVE + 1e-300));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shiftAndIntervalEqualR(JsonNode c) {
        double[] baseline = ReferenceVectors.values(c.get("baseline"));
        double[] candidate = ReferenceVectors.values(c.get("candidate"));
        double confidence = c.get("confidence").asDouble();
        JsonNode r = c.get("r");
        if (r.isNull()) {
            if (baseline.length == 0 || candidate.length == 0) {
                assertThatThrownBy(() -> HodgesLehmann.estimate(candidate, baseline, confidence))
                        .isInstanceOf(IllegalArgumentException.class);
            } else {
                // R refuses two constants; the shift between two constants is known exactly.
                HodgesLehmann.Estimate e = HodgesLehmann.estimate(candidate, baseline, confidence);
                assertThat(e.shift()).isEqualTo(candidate[0] - baseline[0]);
                assertThat(e.interval().low()).isEqualTo(e.shift());
                assertThat(e.interval().high()).isEqualTo(e.shift());
            }
            return;
        }
        HodgesLehmann.Estimate e = HodgesLehmann.estimate(candidate, baseline, confidence);
        // R's root search is replayed step by step with R's own z, so even its coarse answers on tiny-unit data
        // come out to the last bit (R printed them with 17 digits).
        assertThat(e.shift()).as("shift").isEqualTo(r.get("shift").asDouble());
        assertThat(e.interval().low()).as("ci_low").isEqualTo(r.get("ci_low").asDouble());
        assertThat(e.interval().high()).as("ci_high").isEqualTo(r.get("ci_high").asDouble());
    }
}

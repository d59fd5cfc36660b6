package dev.aigate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two-sided p-values against SciPy's {@code fisher_exact} ({@code test-fixtures/reference/canary/fisher.json}). */
class FisherExactTestTest {

    static Stream<Named<JsonNode>> tables() {
        return ReferenceVectors.cases("fisher.json").stream().map(c -> Named.of(
                c.get("baseline_errors") + "/" + c.get("baseline_ok") + " vs " + c.get("candidate_errors") + "/"
                        + c.get("candidate_ok"), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void equalsSciPy(JsonNode c) {
        double expected = c.get("p_value").asDouble();
        double actual = FisherExactTest.pValue(c.get("baseline_errors").asLong(), c.get("baseline_ok").asLong(),
                c.get("candidate_errors").asLong(), c.get("candidate_ok").asLong());
        assertThat(actual).isCloseTo(expected, within(expected * 1e-9));
    }
}

package dev.aigate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R 4.2.2's {@code qnorm(p, lower.tail = FALSE)}, printed with 17 digits: equal to the last bit. */
class NormalQuantileTest {

    @ParameterizedTest(name = "p = {0}")
    @CsvSource({
        "0.5, 0",
        "0.1, 1.2815515655446008",
        "0.05, 1.6448536269514726",
        "0.025, 1.9599639845400538",
        "0.005, 2.5758293035488999",
        "0.0005, 3.2905267314918945",
        "1e-20, 9.2623400897984052",
        "0.975, -1.9599639845400536"})
    void equalsR(double p, double z) {
        assertThat(NormalQuantile.upper(p)).isEqualTo(z);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.1, Double.NaN})
    void refusesProbabilitiesOutsideTheOpenUnitInterval(double p) {
        assertThatThrownBy(() -> NormalQuantile.upper(p)).isInstanceOf(IllegalArgumentException.class);
    }
}

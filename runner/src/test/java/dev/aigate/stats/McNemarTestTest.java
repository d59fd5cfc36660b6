package dev.aigate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference p-values from SciPy 1.17: {@code binomtest(min(b, c), b + c, 0.5).pvalue} (1.0 when b + c == 0). */
class McNemarTestTest {

    @ParameterizedTest(name = "b={0}, c={1}")
    @CsvSource({
        "0, 0, 1.0",
        "1, 0, 1.0",
        "5, 1, 0.21875",
        "10, 3, 0.09228515625",
        "3, 10, 0.09228515625",
        "20, 20, 1.0",
        "0, 12, 0.00048828125",
        "47, 30, 0.06754925145902677",
        "200, 170, 0.1315365203209573",
        "1000, 900, 0.023108845108901193"})
    void equalsSciPysExactBinomialTest(long b, long c, double expected) {
        assertThat(McNemarTest.pValue(b, c)).isCloseTo(expected, within(expected * 1e-9));
    }
}

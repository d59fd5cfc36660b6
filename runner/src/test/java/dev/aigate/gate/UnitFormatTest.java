package dev.aigate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitFormatTest {

    @ParameterizedTest(name = "{0} {1} prints as ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            612.44      | DURATION | 612.4 ms
            612.45      | DURATION | 612.5 ms
            500         | DURATION | 500 ms
            0.0456      | DURATION | 0.046 ms
            0           | DURATION | 0 ms
            -0.0        | DURATION | 0 ms
            0.001       | RATIO    | 0.1%
            0.95        | RATIO    | 95%
            0.123456    | RATIO    | 12.35%
            0.0000123   | RATIO    | 0.0012%
            0           | RATIO    | 0%
            2           | MONEY    | $2.00
            2.5         | MONEY    | $2.50
            0.0015      | MONEY    | $0.0015
            1.234567    | MONEY    | $1.2346
            -0.5        | MONEY    | -$0.50
            2000        | RATE     | 2000/s
            1843.66     | RATE     | 1843.7/s
            3           | NUMBER   | 3
            123.456     | NUMBER   | 123.46
            0.11745     | ENERGY   | 0.1175 J
            2.3661      | ENERGY   | 2.37 J
            0.5         | ENERGY   | 0.5 J
            """)
    void printsEachDimensionReadably(double value, Dimension dimension, String expected) {
        assertThat(UnitFormat.format(value, dimension)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} with {2} extra decimals prints as ''{3}''")
    @CsvSource(delimiter = '|', textBlock = """
            500.04      | DURATION | 1 | 500.04 ms
            0.00123     | RATIO    | 1 | 0.123%
            2.00001     | MONEY    | 1 | $2.00001
            """)
    void addsDecimalsOnRequest(double value, Dimension dimension, int extra, String expected) {
        assertThat(UnitFormat.format(value, dimension, extra)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Infinity, DURATION, Infinity ms", "NaN, NUMBER, NaN"})
    void printsNonFiniteValuesPlainly(double value, Dimension dimension, String expected) {
        assertThat(UnitFormat.format(value, dimension)).isEqualTo(expected);
    }
}

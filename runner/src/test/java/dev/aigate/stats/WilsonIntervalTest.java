package dev.aigate.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference bounds computed with SciPy 1.17's {@code norm.ppf} and the Wilson score formula. */
class WilsonIntervalTest {

    @ParameterizedTest(name = "{0} of {1} at {2}")
    @CsvSource({
        "0, 10, 0.95, 0.0, 0.2775327998628892",
        "10, 10, 0.95, 0.7224672001371107, 1.0",
        "7, 10, 0.95, 0.39677814746114537, 0.8922087325936989",
        "95, 100, 0.95, 0.8882495307680808, 0.9784563208456319",
        "1, 3, 0.90, 0.07826572633372836, 0.746466131718776",
        "500, 1000, 0.99, 0.45940700521208483, 0.5405929947879151"})
    void matchesTheReferenceBounds(long k, long n, double confidence, double low, double high) {
        Interval interval = WilsonInterval.of(k, n, confidence);
        assertThat(interval.low()).isCloseTo(low, within(1e-12));
        assertThat(interval.high()).isCloseTo(high, within(1e-12));
        assertThat(interval.confidence()).isEqualTo(confidence);
    }

    @Test
    void noTrialsIsTheWholeUnitInterval() {
        assertThat(WilsonInterval.of(0, 0, 0.95)).isEqualTo(new Interval(0, 1, 0.95));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of(5, 3, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(1, 3, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.aigate.gate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdValidatorTest {

    private final FakeMetricSource release = FakeMetricSource.llmRelease();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "p99(ttft) < 500ms", "p99.9(itl) < 80ms", "mean(tpot) <= 40ms", "min(e2el) > 250us", "max(e2el) < 30s",
        "rate(errors) < 0.1%", "rate(errors) < 0.001", "rate(errors) <= 100%", "count(errors) == 0",
        "pass_rate(prompts) >= 95%", "pass_rate(prompts) >= 0.95", "cost(per_1k_requests) < $2.00",
        "cost(per_1k_requests) < 2", "throughput(output_tokens) >= 2000/s", "throughput(output_tokens) >= 2000",
        "mean(output_tokens) > 100", "max(gpu.utilization) <= 95%"})
    void acceptsThresholdsThatFitTheCatalog(String expression) {
        assertThatCode(() -> ThresholdValidator.validate(ThresholdParser.parse(expression), release))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # unknown metric: a suggestion when one is close, else the whole catalog
            p99(ttfb) < 500ms                    | unknown metric 'ttfb'; did you mean 'ttft'?
            mean(tpto) < 40ms                    | unknown metric 'tpto'; did you mean 'tpot'?
            p99(latency) < 1s                    | unknown metric 'latency'; known metrics: e2el, errors, gpu.utilization, itl, output_tokens, per_1k_requests, prompts, tpot, ttft
            # aggregate the metric does not support, with those it does
            p99(errors) < 5                      | p99 does not apply to 'errors'; it supports rate, count
            throughput(ttft) > 5/s               | throughput does not apply to 'ttft'; it supports min, max, mean, median, p<N>
            # unit that does not fit the value's dimension
            p99(ttft) < 5%                       | unit '%' does not fit p99(ttft), a duration; use us, ms or s
            p99(ttft) < 500                      | the limit needs a unit: p99(ttft) is a duration; use us, ms or s
            count(errors) < 5ms                  | unit 'ms' does not fit count(errors), a plain number; write a bare number
            mean(output_tokens) > $5             | unit '$' does not fit mean(output_tokens), a plain number; write a bare number
            rate(errors) < 5/s                   | unit '/s' does not fit rate(errors), a ratio; use % or a bare number
            throughput(output_tokens) >= 2000ms  | unit 'ms' does not fit throughput(output_tokens), a rate per second; use /s or a bare number
            cost(per_1k_requests) < 2%           | unit '%' does not fit cost(per_1k_requests), an amount of money; use $ or a bare number
            # a ratio above 1 can never be reached
            pass_rate(prompts) >= 95             | limit 95 is above 1 for pass_rate(prompts), a ratio; did you mean 95%?
            rate(errors) < 150%                  | limit 150% is above 100% for rate(errors), a ratio
            """)
    void rejectsThresholdsThatDoNotFitTheCatalog(String expression, String reason) {
        assertThatThrownBy(() -> ThresholdValidator.validate(ThresholdParser.parse(expression), release))
                .isExactlyInstanceOf(ThresholdException.class)
                .hasMessage("threshold '%s': %s", expression, reason);
    }

    @Test
    void validateAllReportsTheFirstThresholdThatDoesNotFit() {
        List<Threshold> thresholds = Stream.of("p99(ttft) < 500ms", "p99(ttfb) < 1s", "rate(errors) < 5ms")
                .map(ThresholdParser::parse)
                .toList();

        assertThatThrownBy(() -> ThresholdValidator.validateAll(thresholds, release))
                .isInstanceOf(ThresholdException.class)
                .hasMessageContaining("'ttfb'");
    }
}

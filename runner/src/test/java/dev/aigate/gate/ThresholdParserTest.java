package dev.aigate.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # expression                             | aggregate  | metric          | op | limit (base unit) | unit
            p99(ttft) < 500ms                        | p99        | ttft            | <  | 500               | MILLISECONDS
            mean(tpot) <= 40ms                       | mean       | tpot            | <= | 40                | MILLISECONDS
            rate(errors) < 0.1%                      | rate       | errors          | <  | 0.001             | PERCENT
            pass_rate(prompts) >= 95%                | pass_rate  | prompts         | >= | 0.95              | PERCENT
            cost(per_1k_requests) < $2.00            | cost       | per_1k_requests | <  | 2.0               | DOLLARS
            cost(per_1k_requests) < 2.00$            | cost       | per_1k_requests | <  | 2.0               | DOLLARS
            cost(per_1k_requests) < $ 0.0015         | cost       | per_1k_requests | <  | 0.0015            | DOLLARS
            throughput(output_tokens) >= 2000/s      | throughput | output_tokens   | >= | 2000              | PER_SECOND
            p99.9(itl) < 80ms                        | p99.9      | itl             | <  | 80                | MILLISECONDS
            count(errors) == 0                       | count      | errors          | == | 0                 | NONE
            median(e2el) != 1.5s                     | median     | e2el            | != | 1500              | SECONDS
            min(ttft) > 250us                        | min        | ttft            | >  | 0.25              | MICROSECONDS
            max(e2el) <= 30s                         | max        | e2el            | <= | 30000             | SECONDS
            p50(ttft) < 0.5 s                        | p50        | ttft            | <  | 500               | SECONDS
            "  p90 ( ttft )<200 ms  "                | p90        | ttft            | <  | 200               | MILLISECONDS
            p99(ttft)<500ms                          | p99        | ttft            | <  | 500               | MILLISECONDS
            p0.1(itl) >= 1ms                         | p0.1       | itl             | >= | 1                 | MILLISECONDS
            p100(itl) < 1s                           | p100       | itl             | <  | 1000              | SECONDS
            p099(itl) < 1s                           | p99        | itl             | <  | 1000              | SECONDS
            rate(errors) <= 0.001                    | rate       | errors          | <= | 0.001             | NONE
            throughput(requests) > 12.5              | throughput | requests        | >  | 12.5              | NONE
            mean(gpu.utilization) >= 80 %            | mean       | gpu.utilization | >= | 0.8               | PERCENT
            mean(energy_per_token) < 0.5J            | mean       | energy_per_token | <  | 0.5              | JOULES
            mean(energy_per_token) < 150 mJ          | mean       | energy_per_token | <  | 0.15             | MILLIJOULES
            """)
    void parsesEachPartAndConvertsTheValueToItsBaseUnit(String expression, String aggregate, String metric,
                                                        String op, double limit, Unit unit) {
        Threshold threshold = ThresholdParser.parse(expression);

        assertThat(threshold.text()).isEqualTo(expression);
        assertThat(threshold.aggregate()).hasToString(aggregate);
        assertThat(threshold.metric()).isEqualTo(metric);
        assertThat(threshold.comparison().symbol()).isEqualTo(op);
        // Exact, not approximate: the conversion is decimal, so 0.1% is the very double 0.001.
        assertThat(threshold.limit()).isEqualTo(limit);
        assertThat(threshold.unit()).isEqualTo(unit);
    }

    @Test
    void keepsThePercentileRank() {
        assertThat(ThresholdParser.parse("p99.9(itl) < 80ms").aggregate()).isEqualTo(Aggregate.percentile(99.9));
        assertThat(ThresholdParser.parse("mean(itl) < 80ms").aggregate()).isEqualTo(Aggregate.of(Aggregate.Kind.MEAN));
    }

    @Test
    void namesItsSubjectNormalised() {
        assertThat(ThresholdParser.parse(" p99 ( ttft ) < 500ms").subject()).isEqualTo("p99(ttft)");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # expression                          | column | reason
            ""                                    | 1  | empty threshold at column 1; write e.g. p99(ttft) < 500ms
            "   "                                 | 4  | empty threshold at column 4; write e.g. p99(ttft) < 500ms
            p99(ttft) < 500xs                     | 16 | unknown unit 'xs' at column 16; units: us ms s % $ /s J mJ
            p99(ttft) < 5 MS                      | 15 | unknown unit 'MS' at column 15; units: us ms s % $ /s J mJ
            p99(ttft) < 5/m                       | 14 | unknown unit '/m' at column 14; units: us ms s % $ /s J mJ
            count(errors) == 0e5                  | 19 | unknown unit 'e5' at column 19; units: us ms s % $ /s J mJ
            p99(ttft) 500ms                       | 11 | expected an operator (< <= > >= == !=), found '500' at column 11
            p99(ttft)) < 5ms                      | 10 | expected an operator (< <= > >= == !=), found ')' at column 10
            p99(ttft) ≤ 5ms                       | 11 | expected an operator (< <= > >= == !=), found '≤' at column 11
            p99(ttft) = 500ms                     | 11 | unknown operator '=' at column 11; operators: < <= > >= == !=
            p99(ttft) => 500ms                    | 11 | unknown operator '=>' at column 11; operators: < <= > >= == !=
            p99(ttft) <> 500ms                    | 11 | unknown operator '<>' at column 11; operators: < <= > >= == !=
            p99(ttft) << 5ms                      | 11 | unknown operator '<<' at column 11; operators: < <= > >= == !=
            p99 ttft < 500ms                      | 5  | expected '(', found 'ttft' at column 5
            p99[ttft] < 5ms                       | 4  | expected '(', found '[' at column 4
            p99(ttft < 500ms                      | 10 | expected ')', found '<' at column 10
            p99() < 500ms                         | 5  | expected a metric name, found ')' at column 5
            p99((ttft) < 5ms                      | 5  | expected a metric name, found '(' at column 5
            p99(2xx) < 5ms                        | 5  | expected a metric name, found '2' at column 5
            (ttft) < 500ms                        | 1  | expected an aggregate such as p99 or mean, found '(' at column 1
            p99(ttft) <                           | 12 | expected a number, found end of input at column 12
            p99(ttft) < ms                        | 13 | expected a number, found 'ms' at column 13
            p99(ttft) < -5ms                      | 13 | expected a number, found '-' at column 13
            p99(ttft) < = 500ms                   | 13 | expected a number, found '=' at column 13
            p99(ttft) < $$5                       | 14 | expected a number, found '$' at column 14
            p99(ttft) < 1.2.3ms                   | 13 | malformed number '1.2.3' at column 13; write digits with at most one '.', e.g. 0.5
            p99(ttft) < .5s                       | 13 | malformed number '.5' at column 13; write digits with at most one '.', e.g. 0.5
            p99(ttft) < 5.ms                      | 13 | malformed number '5.' at column 13; write digits with at most one '.', e.g. 0.5
            p99(ttft) < $5ms                      | 15 | a second unit 'ms' after '$' at column 15; a value has one unit
            p99(ttft) < 500 ms ms                 | 20 | unexpected 'ms' after the value at column 20
            p99(ttft) < 5ms;                      | 16 | unexpected ';' after the value at column 16
            p99(ttft) < 5ms)                      | 16 | unexpected ')' after the value at column 16
            p99(ttft) < 5 5                       | 15 | unexpected '5' after the value at column 15
            p99(ttft) < 5ms and p50(ttft) < 2ms   | 17 | unexpected 'and' after the value at column 17
            mean(tpot) <= 40 ms/s                 | 20 | unexpected '/s' after the value at column 20
            pass_rate(prompts) >= 95%%            | 26 | unexpected '%' after the value at column 26
            p0(ttft) < 5ms                        | 1  | percentile 'p0' out of range at column 1; N in p<N> must be in (0, 100]
            p100.1(ttft) < 5ms                    | 1  | percentile 'p100.1' out of range at column 1; N in p<N> must be in (0, 100]
            avg(ttft) < 5ms                       | 1  | unknown aggregate 'avg' at column 1; aggregates: min max mean median p<N> rate count pass_rate cost throughput
            p(ttft) < 5ms                         | 1  | unknown aggregate 'p' at column 1; aggregates: min max mean median p<N> rate count pass_rate cost throughput
            p99.9.9(ttft) < 5ms                   | 1  | unknown aggregate 'p99.9.9' at column 1; aggregates: min max mean median p<N> rate count pass_rate cost throughput
            maen(ttft) < 5ms                      | 1  | unknown aggregate 'maen' at column 1; did you mean 'mean'?
            P99(ttft) < 5ms                       | 1  | unknown aggregate 'P99' at column 1; did you mean 'p99'?
            p99(TTFT) < 5ms                       | 5  | invalid metric name 'TTFT' at column 5; metric names are lower case: [a-z][a-z0-9_.]*
            p99(_ttft) < 5ms                      | 5  | invalid metric name '_ttft' at column 5; metric names are lower case: [a-z][a-z0-9_.]*
            """)
    void rejectsMalformedExpressionsNamingTheColumn(String expression, int column, String reason) {
        ThresholdSyntaxException error = catchThrowableOfType(ThresholdSyntaxException.class,
                () -> ThresholdParser.parse(expression));

        assertThat(error).as("parsing '%s' should fail", expression).isNotNull();
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.reason()).isEqualTo(reason);
        assertThat(error.getMessage()).isEqualTo("threshold '" + expression + "': " + reason).doesNotContain("\n");
    }

    @Test
    void countsColumnsAcrossTabs() {
        ThresholdSyntaxException error = catchThrowableOfType(ThresholdSyntaxException.class,
                () -> ThresholdParser.parse("p99(ttft)\t<\t5xs"));

        assertThat(error.column()).isEqualTo(14);
    }

    @Test
    void drawsACaretUnderTheOffendingText() {
        ThresholdSyntaxException error = catchThrowableOfType(ThresholdSyntaxException.class,
                () -> ThresholdParser.parse("p99(ttft)\t< 500xs"));

        assertThat(error.pointer()).isEqualTo(String.join(System.lineSeparator(),
                "  p99(ttft) < 500xs",
                "                 ^^"));
    }

    @Test
    void drawsOneCaretPastTheEndForAMissingValue() {
        ThresholdSyntaxException error = catchThrowableOfType(ThresholdSyntaxException.class,
                () -> ThresholdParser.parse("p99(ttft) <"));

        assertThat(error.pointer()).endsWith(System.lineSeparator() + "             ^");
    }

    @Test
    void syntaxErrorsAreThresholdErrors() {
        assertThatThrownBy(() -> ThresholdParser.parse("nonsense")).isInstanceOf(ThresholdException.class);
    }
}

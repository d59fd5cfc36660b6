package dev.aigate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSuggesterTest {

    private static final List<String> METRICS = List.of("ttft", "tpot", "itl", "e2el", "errors", "output_tokens");

    @ParameterizedTest(name = "''{0}'' suggests ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            ttfb          | ttft
            tpto          | tpot
            TTFT          | ttft
            e2e           | e2el
            erors         | errors
            erorrs        | errors
            output_token  | output_tokens
            outptu_tokens | output_tokens
            """)
    void suggestsTheNearbyName(String typed, String expected) {
        assertThat(NameSuggester.closest(typed, METRICS)).contains(expected);
    }

    @ParameterizedTest(name = "''{0}'' suggests nothing")
    @CsvSource(delimiter = '|', textBlock = """
            latency
            gpu
            x
            tokens_out
            """)
    void staysQuietWhenNothingIsClose(String typed) {
        assertThat(NameSuggester.closest(typed, METRICS)).isEmpty();
    }

    @Test
    void aBlankInputOrNoCandidatesSuggestNothing() {
        assertThat(NameSuggester.closest("", METRICS)).isEmpty();
        assertThat(NameSuggester.closest("  ", METRICS)).isEmpty();
        assertThat(NameSuggester.closest(null, METRICS)).isEmpty();
        assertThat(NameSuggester.closest("ttft", List.of())).isEmpty();
    }

    @Test
    void theClosestCandidateWinsOverAMerelyCloseOne() {
        assertThat(NameSuggester.closest("concurency", List.of("currency", "concurrency"))).contains("concurrency");
    }

    @Test
    void tiesGoToTheAlphabeticallyFirstWhateverTheIterationOrder() {
        assertThat(NameSuggester.closest("abcd", List.of("abcx", "abce"))).contains("abce");
        assertThat(NameSuggester.closest("abcd", List.of("abce", "abcx"))).contains("abce");
        assertThat(NameSuggester.closest("abcd", Set.of("abcx", "abce"))).contains("abce");
    }

    @Test
    void suggestsYamlKeysAsWellAsMetrics() {
        List<String> keys = List.of("concurrency", "requests", "duration", "input_tokens", "max_cost");
        assertThat(NameSuggester.closest("concurrancy", keys)).contains("concurrency");
        assertThat(NameSuggester.closest("max-cost", keys)).contains("max_cost");
        assertThat(NameSuggester.closest("Duration", keys)).contains("duration");
    }

    @ParameterizedTest(name = "distance(''{0}'', ''{1}'') = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''     | ''     | 0
            abc    | ''     | 3
            kitten | sitting| 3
            tpot   | tpto   | 1
            ca     | abc    | 3
            flaw   | lawn   | 2
            """)
    void distanceCountsInsertionsDeletionsSubstitutionsAndAdjacentSwaps(String a, String b, int expected) {
        assertThat(NameSuggester.distance(a, b)).isEqualTo(expected);
        assertThat(NameSuggester.distance(b, a)).isEqualTo(expected);
    }
}

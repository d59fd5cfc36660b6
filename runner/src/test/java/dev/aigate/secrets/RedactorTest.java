package dev.aigate.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = Redactor.of(Map.of(
            "OPENAI_API_KEY", "opaque-value-123456",
            "GITHUB_TOKEN", "ghp_0123456789abcdef",
            "HOME", "/root-is-not-a-secret"));

    @Test
    void masksTheValuesOfSecretLookingVariables() {
        assertThat(redactor.redact("key=opaque-value-123456 token ghp_0123456789abcdef home /root-is-not-a-secret"))
                .isEqualTo("key=*** token *** home /root-is-not-a-secret");
    }

    @Test
    void masksKeyShapedTokensItWasNeverTold() {
        assertThat(redactor.redact("Authorization: Bearer abcdefghijklmnop")).isEqualTo("Authorization: Bearer ***");
        assertThat(redactor.redact("used sk-proj-AAAAAAAAAAAAAAAAAAAAAAAA here")).isEqualTo("used *** here");
        assertThat(redactor.redact("{\"api-key\": \"0123456789abcdef\"}")).isEqualTo("{\"api-key\": \"***\"}");
        assertThat(redactor.redact("x-api-key=sk-ant-BBBBBBBBBBBBBBBBBBBB")).isEqualTo("x-api-key=***");
    }

    @Test
    void leavesShortValuesAndOrdinaryTextAlone() {
        Redactor shortOnes = Redactor.of(Map.of("SOME_TOKEN", "true"));
        assertThat(shortOnes.redact("it is true that p99 < 500ms")).isEqualTo("it is true that p99 < 500ms");
    }

    @Test
    void writerRedactsSecretsSplitAcrossWrites() throws Exception {
        StringWriter sink = new StringWriter();
        try (RedactingWriter writer = new RedactingWriter(sink, redactor)) {
            writer.write("leak opaque-val");
            writer.write("ue-123456 now\nsecond line");
        }
        assertThat(sink.toString()).isEqualTo("leak *** now\nsecond line");
    }
}

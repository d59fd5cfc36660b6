package dev.aigate.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
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

    @Test
    void masksTheEncodingsOfAKnownSecretAServerMightEcho() {
        Redactor keyed = Redactor.of(Map.of("OPENAI_API_KEY", "sk-proj-Key/With+Odd=Chars0123"));
        String secret = "sk-proj-Key/With+Odd=Chars0123";
        for (String prefix : new String[] {"", "u", "us", "user:"}) { // every Base64 alignment, and Basic auth
            String encoded = Base64.getEncoder().encodeToString((prefix + secret).getBytes(StandardCharsets.UTF_8));
            assertThat(keyed.redact("echo " + encoded)).doesNotContain(encoded.substring(8, 24));
            String urlSafe = Base64.getUrlEncoder().encodeToString((prefix + secret).getBytes(StandardCharsets.UTF_8));
            assertThat(keyed.redact("echo " + urlSafe)).doesNotContain(urlSafe.substring(8, 24));
        }
        assertThat(keyed.redact("?k=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)))
                .isEqualTo("?k=" + Redactor.MASK);
        assertThat(keyed.redact("tls record " + HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("tls record " + Redactor.MASK);
    }

    @Test
    void masksTheVisibleEndsOfAKeyAServerMaskedOnlyPartly() {
        Redactor keyed = Redactor.of(Map.of("OPENAI_API_KEY", "sk-proj-AuditKey0123456789abcdefXYZ"));
        assertThat(keyed.redact("Incorrect API key provided: sk-proj-AuditK****efXYZ."))
                .isEqualTo("Incorrect API key provided: ***.");
        assertThat(keyed.redact("key sk-proj-****fXYZ")).isEqualTo("key ***"); // OpenAI's form: prefix, last 4
        assertThat(keyed.redact("key sk-****fXYZ")).isEqualTo("key sk-****fXYZ"); // 4 characters reveal nothing
        assertThat(keyed.redact("p99 went from 12.5... to 13")).isEqualTo("p99 went from 12.5... to 13");
    }

    @Test
    void masksCredentialsWrittenIntoAUrl() {
        assertThat(redactor.redact("target: http://user:hunter2hunter2@host:8000/v1 (m)"))
                .isEqualTo("target: http://user:***@host:8000/v1 (m)");
        assertThat(redactor.redact("GET https://host/v1?api_key=plainQuerySecret1&model=m"))
                .isEqualTo("GET https://host/v1?api_key=***&model=m");
        assertThat(redactor.redact("https://x.blob/f?sv=2024&sig=AbCdEf0123456789%2B"))
                .isEqualTo("https://x.blob/f?sv=2024&sig=***");
        assertThat(redactor.redact("http://host:8000/v1?model=llama")).isEqualTo("http://host:8000/v1?model=llama");
    }
}

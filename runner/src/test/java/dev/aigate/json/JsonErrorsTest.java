package dev.aigate.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.aigate.config.ConfigException;
import dev.aigate.config.JsonFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jackson's parse errors in plain words, without its "[Source: ...]" and location fragments. */
class JsonErrorsTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    @TempDir
    Path dir;

    private static String describe(String text) {
        return JsonErrors.describe(catchThrowableOfType(() -> JSON.readTree(text), JsonProcessingException.class));
    }

    @Test
    void aDocumentThatEndsEarlySaysSoAndWhereTheOpenValueStarted() {
        assertThat(describe("{\"metrics\": {")).isEqualTo("the JSON ends early, inside the object opened at 1:13");
        assertThat(describe("[1, 2")).isEqualTo("the JSON ends early, inside the array opened at 1:1");
        assertThat(describe("{\"a\": \"unclosed")).startsWith("the JSON ends early");
    }

    @Test
    void otherErrorsKeepJacksonsWordsWithoutItsSourceNoise() {
        assertThat(describe("{\"a\": [1,}}")).isEqualTo("Unexpected character ('}' (code 125)): expected a value");
        assertThat(describe("{\"a\": 1} x")).isNotBlank().doesNotContain("Source").doesNotContain("REDACTED");
        assertThat(describe("{\"a\": 1} {\"b\": 2}")).isNotBlank().doesNotContain("Source");
    }

    @Test
    void aTruncatedSamplesFileIsOneLocatedLine() throws IOException {
        Path file = dir.resolve("samples.json");
        Files.writeString(file, "{\"metrics\": {");

        ConfigException error = catchThrowableOfType(() -> JsonFiles.read(file), ConfigException.class);

        assertThat(error).hasMessage(file + ":1:14: invalid JSON: the JSON ends early, inside the object opened at "
                + "1:13");
    }
}

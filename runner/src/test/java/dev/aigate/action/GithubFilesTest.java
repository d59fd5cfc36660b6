package dev.aigate.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubFilesTest {

    @TempDir
    Path dir;

    @Test
    void appendsOutputsAfterEarlierSteps() throws IOException {
        Path output = Files.writeString(dir.resolve("output"), "earlier=1\n");
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("verdict", "pass");
        outputs.put("score", "100");

        new GithubFiles(output, null).writeOutputs(outputs);

        assertThat(Files.readAllLines(output)).containsExactly("earlier=1", "verdict=pass", "score=100");
    }

    @Test
    void aValueOnSeveralLinesUsesADelimiterItCannotContain() throws IOException {
        Path output = dir.resolve("output");

        new GithubFiles(output, null).writeOutputs(Map.of("notes", "one\ntwo"));

        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("notes<<aigate_");
        String delimiter = lines.get(0).substring("notes<<".length());
        assertThat(lines.subList(1, 4)).containsExactly("one", "two", delimiter);
    }

    @Test
    void theSummaryIsAppendedAndUnsetFilesAreSkipped() throws IOException {
        Path summary = Files.writeString(dir.resolve("summary"), "# earlier step\n");

        new GithubFiles(null, summary).appendSummary("## aigate");
        new GithubFiles(null, null).appendSummary("ignored");

        assertThat(Files.readString(summary)).isEqualTo("# earlier step\n## aigate\n");
    }
}

package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input file that is not UTF-8 (here Latin-1 bytes) is one line naming the file, {@code FILE: not UTF-8 text},
 * and exit 2, whichever reader takes it: never the decoder's "Input length = 1".
 */
class NotUtf8InputTest {

    private static final byte E_ACUTE_LATIN1 = (byte) 0xE9;

    @TempDir
    Path dir;

    @Test
    void aBenchDatasetInLatin1IsNamed() throws IOException {
        Path dataset = latin1("prompts.jsonl", "{\"prompt\": \"caf", "\"}\n{\"prompt\": \"tea\"}\n");
        assertNotUtf8(dataset, "bench", "--dataset", dataset.toString(), "--requests", "2", "--out", out());
    }

    @Test
    void aShareGptDatasetInLatin1IsNamed() throws IOException {
        Path dataset = latin1("sharegpt.json", "[{\"conversations\": [{\"value\": \"caf", "\"}]}]");
        assertNotUtf8(dataset, "bench", "--dataset", dataset.toString(), "--dataset-format", "sharegpt",
                "--requests", "2", "--out", out());
    }

    @Test
    void canaryResultFilesAndRequestLogsInLatin1AreNamed() throws IOException {
        Path result = latin1("baseline.json", "{\"schema\": \"caf", "\"}");
        Path log = latin1("baseline.jsonl", "{\"ok\": true, \"note\": \"caf", "\"}\n{\"ok\": true}\n");
        for (Path file : List.of(result, log)) {
            assertNotUtf8(file, "canary", "--baseline", file.toString(), "--candidate", file.toString(), "--out",
                    out());
        }
    }

    @Test
    void aHistoryInLatin1IsNamed() throws IOException {
        Path history = latin1("history.jsonl", "{\"gate\": \"caf", "\"}\n");
        Path samples = dir.resolve("samples.json");
        Files.writeString(samples, "{\"metrics\": {\"ttft\": {\"baseline\": [1, 2, 3], \"candidate\": [1, 2, 3]}}}");
        assertNotUtf8(history, "canary", "--samples", samples.toString(), "--history", history.toString(), "--out",
                out());
    }

    private Path latin1(String name, String before, String after) throws IOException {
        Path file = dir.resolve(name);
        byte[] head = before.getBytes(StandardCharsets.US_ASCII);
        byte[] tail = after.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = E_ACUTE_LATIN1;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);
        return file;
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    private static void assertNotUtf8(Path file, String... args) {
        CliRunner.Run run = CliRunner.run(args);
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.stderr()).contains(file + ": not UTF-8 text").doesNotContain("Input length");
        assertThat(run.stderr().strip().lines()).as(run.stderr()).hasSize(1);
    }
}

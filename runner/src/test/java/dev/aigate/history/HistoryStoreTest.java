package dev.aigate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigate.config.ConfigException;
import dev.aigate.gate.Verdict;
import dev.aigate.secrets.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {

    private static final Redactor NO_SECRETS = Redactor.of(Map.of());

    @TempDir
    Path dir;

    private static BuildRecord record(String build, String title, double ttft) {
        return new BuildRecord(build, Instant.parse("2026-11-22T10:00:00Z"), "abc123", "bench", title, Verdict.PASS,
                Map.of("ttft_p99_ms", ttft));
    }

    @Test
    void recordsRoundTripOneLineEach() throws Exception {
        HistoryStore store = HistoryStore.at(dir.resolve("h.jsonl"), false, NO_SECRETS);
        store.append(record("1", "gate", 300));
        store.append(record("2", "gate", 310));

        assertThat(Files.readAllLines(store.file())).hasSize(2);
        assertThat(store.read()).containsExactly(record("1", "gate", 300), record("2", "gate", 310));
    }

    @Test
    void aDirectoryHoldsTheHistoryFile() {
        assertThat(HistoryStore.at(dir, false, NO_SECRETS).file()).isEqualTo(dir.resolve(HistoryStore.FILE_NAME));
        assertThat(HistoryStore.at(dir.resolve("new"), true, NO_SECRETS).file())
                .isEqualTo(dir.resolve("new").resolve(HistoryStore.FILE_NAME));
    }

    @Test
    void theTrendHoldsOnlyTheSameGatesBuildsEndingWithTheCurrentOne() {
        HistoryStore store = HistoryStore.at(dir.resolve("h.jsonl"), false, NO_SECRETS);
        store.append(record("1", "gate", 300));
        store.append(record("2", "other gate", 900));

        Trend trend = store.record(sequence -> record("3", "gate", 305));

        assertThat(trend.builds()).extracting(BuildRecord::build).containsExactly("1", "3");
        assertThat(trend.series()).singleElement().satisfies(s -> assertThat(s.values()).containsExactly(300.0, 305.0));
        assertThat(store.read()).hasSize(3);
    }

    @Test
    void aMalformedLineIsBadInputNamingTheLine() throws Exception {
        Path file = dir.resolve("h.jsonl");
        Files.writeString(file, record("1", "gate", 300).toJson() + "\n{\"build\": 2}\n");

        assertThatThrownBy(() -> HistoryStore.at(file, false, NO_SECRETS).read()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("h.jsonl:2: not an aigate history record");
    }

    @Test
    void secretsNeverReachTheHistory() throws Exception {
        HistoryStore store = HistoryStore.at(dir.resolve("h.jsonl"), false,
                Redactor.of(Map.of("MY_API_KEY", "secret-value-0001")));
        store.append(record("1", "gate of secret-value-0001", 300));

        assertThat(Files.readString(store.file())).doesNotContain("secret-value-0001");
    }

    @Test
    void ciTellsTheBuildAndCommit() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        assertThat(BuildInfo.fromEnvironment(Map.of("GITHUB_RUN_NUMBER", "41", "GITHUB_RUN_ATTEMPT", "2",
                "GITHUB_SHA", "deadbeef"), 7, now)).isEqualTo(new BuildInfo("41.2", "deadbeef", now));
        assertThat(BuildInfo.fromEnvironment(Map.of("BUILD_NUMBER", "12", "GIT_COMMIT", "cafe"), 7, now))
                .isEqualTo(new BuildInfo("12", "cafe", now));
        assertThat(BuildInfo.fromEnvironment(Map.of(), 7, now)).isEqualTo(new BuildInfo("7", null, now));
    }
}

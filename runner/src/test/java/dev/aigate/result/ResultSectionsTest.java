package dev.aigate.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ResultSectionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSingleCommandsResultIsItsOwnSection() {
        JsonNode bench = SampleResults.single("bench");

        assertThat(ResultSections.section(bench, "bench")).containsSame(bench);
        assertThat(ResultSections.kind(bench)).contains("bench");
    }

    @Test
    void aRunResultHoldsOneSectionPerStage() {
        JsonNode run = SampleResults.run();

        assertThat(ResultSections.section(run, "prompts")).containsSame(run.path("stages").path("prompts"));
        assertThat(ResultSections.section(run, "cost")).containsSame(run.path("stages").path("cost"));
        assertThat(ResultSections.section(run, "run")).containsSame(run);
        assertThat(ResultSections.kind(run)).contains(ResultSections.RUN);
    }

    @Test
    void schemasAreNamedByKind() {
        assertThat(ResultSections.schema("canary")).isEqualTo("aigate/canary/v1");
        assertThat(ResultSections.kind(json("{\"schema\": \"k6/summary\"}"))).isEmpty();
        assertThat(ResultSections.kind(json("{\"schema\": \"aigate/bench/v2\"}"))).isEmpty();
        assertThat(ResultSections.kind(json("[1]"))).isEmpty();
        assertThat(ResultSections.kind(null)).isEmpty();
    }

    @Test
    void anotherKindIsRefusedByItsSchema() {
        JsonNode canary = SampleResults.single("canary");

        assertThat(ResultSections.section(canary, "bench")).isEmpty();
        assertThat(ResultSections.notFound(canary, "bench")).isEqualTo("not an aigate bench result (schema "
                + "'aigate/canary/v1'); give the result.json of 'aigate bench', or of an 'aigate run' with a bench stage");
    }

    @Test
    void aRunWithoutTheStageIsRefusedSayingSo() {
        JsonNode run = json("{\"schema\": \"aigate/run/v1\", \"stages\": {\"bench\": {}, \"prompts\": [1]}}");

        assertThat(ResultSections.section(run, "cost")).isEmpty();
        assertThat(ResultSections.section(run, "prompts")).as("a stage must be an object").isEmpty();
        assertThat(ResultSections.notFound(run, "cost")).startsWith(
                "not an aigate cost result (schema 'aigate/run/v1' without a cost stage); give the result.json of "
                        + "'aigate cost'");
    }

    @Test
    void onlyARunNestsStages() {
        JsonNode bench = json("{\"schema\": \"aigate/bench/v1\", \"stages\": {\"prompts\": {}}}");

        assertThat(ResultSections.section(bench, "prompts")).isEmpty();
    }

    @Test
    void whatIsNoAigateResultIsRefusedWithTheReason() {
        JsonNode noSchema = json("{\"stages\": {\"bench\": {}}, \"metrics\": {}}");

        assertThat(ResultSections.section(noSchema, "bench")).isEmpty();
        assertThat(ResultSections.notFound(noSchema, "bench")).startsWith("not an aigate bench result (no \"schema\");");
        assertThat(ResultSections.section(json("[]"), "bench")).isEmpty();
        assertThat(ResultSections.notFound(json("[]"), "bench")).startsWith("not an aigate bench result (not a JSON "
                + "object);");
        assertThat(ResultSections.section(null, "bench")).isEmpty();
        assertThat(ResultSections.notFound(null, "bench")).startsWith("not an aigate bench result (not a JSON object)");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

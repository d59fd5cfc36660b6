package dev.aigate.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.result.KeyFigure;
import dev.aigate.result.ResultSections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a result.json that a pipeline branches on and trends: the benchmark's key latencies and
 * throughputs (SPEC §4 keys), its error rate, the prompt suite's pass rate, the canary's score and every cost
 * figure ({@link KeyFigure#ALL}). Read the same way from a single command's result and from the stages of a
 * {@code run}. Names are the figures' kebab-case {@link KeyFigure#outputName}s ({@code ttft-p99-ms}), as the GitHub
 * Action's outputs are; docs/jenkins.md lists them.
 */
public final class KeyFigures {

    private KeyFigures() {
    }

    /** The figures the result has, in a fixed order; a figure the result lacks (or holds as null) is absent. */
    public static Map<String, Double> of(JsonNode result) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (KeyFigure figure : KeyFigure.ALL) {
            if (figure.outputName() != null) {
                ResultSections.section(result, figure.stage()).flatMap(figure::read)
                        .ifPresent(value -> figures.put(figure.outputName(), value));
            }
        }
        return figures;
    }
}

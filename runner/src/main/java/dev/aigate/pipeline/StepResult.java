package dev.aigate.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.gate.Verdict;
import dev.aigate.json.JsonErrors;
import dev.aigate.result.ResultSections;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A finished command's result.json, as the pipeline step that ran it sees it: the verdict, a score, the gates,
 * the key figures and where the reports are. Read from the file's text, the same for every result kind
 * ({@code aigate/run|prompts|bench|canary|cost/v1}), so the plugin can copy the file back from the agent and
 * judge it on the controller.
 *
 * @param kind      the result kind from its schema: run, prompts, bench, canary, cost
 * @param title     what was tested (gate name, suite, target)
 * @param verdict   pass, marginal, fail or inconclusive
 * @param exitCode  the exit code the runner gave it (SPEC §2)
 * @param score     a canary's score (% of metrics that pass); otherwise the % of gates that passed, 100 for a pass
 *                  without gates and 0 for any other verdict without gates
 * @param gates     every gate with its verdict and message
 * @param figures   key figures by kebab-case name ({@link KeyFigures})
 * @param notes     the runner's notes (why a run was inconclusive, what was skipped)
 * @param reportDir the directory with result.json, summary.md, junit.xml and report.html
 */
public record StepResult(
        String kind,
        String title,
        Verdict verdict,
        int exitCode,
        double score,
        List<Gate> gates,
        Map<String, Double> figures,
        List<String> notes,
        String reportDir) {

    /** One gate of the result. */
    public record Gate(String stage, String name, Verdict verdict, String message) {
    }

    public static final String RESULT_JSON = "result.json";
    public static final String REPORT_HTML = "report.html";
    public static final String JUNIT_XML = "junit.xml";

    private static final ObjectMapper JSON = new ObjectMapper();

    public StepResult {
        gates = List.copyOf(gates);
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        notes = List.copyOf(notes);
    }

    /**
     * Reads a result.json's text; anything that is not an aigate result is an {@link IllegalArgumentException}
     * saying what was wrong with it.
     */
    public static StepResult parse(String resultJson, String reportDir) {
        JsonNode json;
        try {
            json = JSON.readTree(resultJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(RESULT_JSON + " is not valid JSON: " + JsonErrors.describe(e));
        }
        return of(json, reportDir);
    }

    /** Reads a parsed result.json. */
    public static StepResult of(JsonNode json, String reportDir) {
        String kind = ResultSections.kind(json).orElseThrow(() -> new IllegalArgumentException(RESULT_JSON
                + " is not an aigate result: its schema is '" + json.path("schema").asText("") + "'"));
        Verdict verdict = verdict(json.path("verdict").asText(""));
        List<Gate> gates = new ArrayList<>();
        for (JsonNode gate : json.path("gates")) {
            gates.add(new Gate(gate.path("stage").asText(""), gate.path("name").asText(""),
                    verdict(gate.path("verdict").asText("")), gate.path("message").asText("")));
        }
        List<String> notes = new ArrayList<>();
        json.path("notes").forEach(note -> notes.add(note.asText()));
        return new StepResult(kind, json.path("title").asText(""), verdict,
                json.path("exit_code").asInt(verdict.exitCode()), score(json, verdict, gates), gates,
                KeyFigures.of(json), notes, reportDir);
    }

    private static Verdict verdict(String label) {
        try {
            return Verdict.valueOf(label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(RESULT_JSON + " has an unknown verdict '" + label + "'");
        }
    }

    private static double score(JsonNode json, Verdict verdict, List<Gate> gates) {
        if (json.path("score").isNumber()) {
            return json.path("score").asDouble();
        }
        if (gates.isEmpty()) {
            return verdict == Verdict.PASS ? 100 : 0;
        }
        return 100.0 * gates.stream().filter(gate -> gate.verdict() == Verdict.PASS).count() / gates.size();
    }

    public List<Gate> failedGates() {
        return gates.stream().filter(gate -> gate.verdict() == Verdict.FAIL).toList();
    }

    /**
     * One line for the build log and the step's error: the kind, the verdict and why, e.g.
     * {@code aigate bench: fail, 1 of 3 gates failed: p99(ttft) = 612 ms, limit < 500 ms}.
     */
    public String headline() {
        StringBuilder line = new StringBuilder("aigate " + kind + ": " + verdict.label());
        if (kind.equals("canary")) {
            line.append(", score ").append(Numbers.plain(score));
        }
        List<Gate> failed = failedGates();
        if (!failed.isEmpty()) {
            line.append(", ").append(failed.size()).append(" of ").append(gates(gates.size())).append(" failed: ")
                    .append(String.join("; ", failed.stream().map(StepResult::shortMessage).toList()));
        } else if (verdict == Verdict.INCONCLUSIVE && !notes.isEmpty()) {
            line.append(": ").append(notes.get(0));
        } else if (!kind.equals("canary")) {
            line.append(gates.isEmpty() ? ", no gates to judge" : ", " + gates.size() + " of "
                    + gates(gates.size()) + " passed");
        }
        return line.toString();
    }

    private static String gates(int count) {
        return count + (count == 1 ? " gate" : " gates");
    }

    /** A gate's message without its trailing {@code : FAILED}, or its name when it has none. */
    private static String shortMessage(Gate gate) {
        String message = gate.message().isBlank() ? gate.name() : gate.message();
        return message.replaceFirst(":\\s*FAILED$", "");
    }

    /**
     * What the step returns to the pipeline: {@code verdict score exitCode kind reportDir reportHtml junitXml
     * gatesTotal gatesFailed failedGates}, then each key figure under its camelCase name ({@code ttftP99Ms}).
     * Values are Strings, Integers, Doubles and Lists of Strings, which a Pipeline can keep across a restart.
     */
    public Map<String, Object> stepValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("verdict", verdict.label());
        values.put("score", score);
        values.put("exitCode", exitCode);
        values.put("kind", kind);
        values.put("reportDir", reportDir);
        values.put("reportHtml", reportDir + "/" + REPORT_HTML);
        values.put("junitXml", reportDir + "/" + JUNIT_XML);
        values.put("gatesTotal", gates.size());
        values.put("gatesFailed", failedGates().size());
        values.put("failedGates", new ArrayList<>(failedGates().stream().map(Gate::name).toList()));
        figures.forEach((name, value) -> values.put(camelCase(name), value));
        return values;
    }

    /** {@code ttft-p99-ms} → {@code ttftP99Ms}. */
    static String camelCase(String kebab) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}

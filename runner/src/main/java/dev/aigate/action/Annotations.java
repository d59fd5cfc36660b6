package dev.aigate.action;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.action.WorkflowCommands.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ::error} / {@code ::warning} annotations of a run: one per gate that did not pass, on the gate-file
 * line that declared it (GitHub shows it in the pull request's diff), and one for a configuration error, on the
 * line it names.
 */
final class Annotations {

    /** A configuration error as the CLI prints it: {@code aigate run: gates/a.yaml:12:5: unknown key 'x'}. */
    private static final Pattern LOCATED_ERROR =
            Pattern.compile("^(?:aigate(?: [a-z]+)?: )?(?<file>[^\\s:][^:]*):(?<line>\\d+):(?<col>\\d+): (?<message>.+)$");

    private final Path workspace;

    /** @param workspace the checkout ({@code GITHUB_WORKSPACE}); annotation paths are made relative to it */
    Annotations(Path workspace) {
        this.workspace = workspace.toAbsolutePath().normalize();
    }

    List<String> forResult(JsonNode result) {
        List<String> lines = new ArrayList<>();
        for (JsonNode gate : result.path("gates")) {
            Level level = level(gate.path("verdict").asText());
            if (level == null) {
                continue;
            }
            JsonNode location = gate.path("location");
            String title = "aigate " + gate.path("stage").asText() + ": " + gate.path("name").asText();
            lines.add(WorkflowCommands.annotation(level, title,
                    location.isObject() ? relative(location.path("file").asText()) : null,
                    location.isObject() ? location.path("line").asInt() : null,
                    location.isObject() ? location.path("column").asInt() : null,
                    gate.path("message").asText()));
        }
        String verdict = result.path("verdict").asText();
        Level overall = level(verdict);
        if (overall != null && (lines.isEmpty() || !"fail".equals(verdict))) {
            // Say why when no gate explains it: nothing measured (inconclusive), or a marginal canary.
            lines.add(WorkflowCommands.annotation(overall, "aigate: " + verdict, null, null, null,
                    String.join("; ", texts(result.path("notes")))));
        }
        return lines;
    }

    /** An annotation for a command that failed before writing a result: its error line, located when it can be. */
    List<String> forError(String stderr, int exitCode) {
        String line = stderr.lines().filter(l -> !l.isBlank()).findFirst().orElse("aigate exited with " + exitCode);
        Matcher located = LOCATED_ERROR.matcher(line);
        String title = exitCode == 2 ? "aigate: configuration error" : "aigate: could not judge";
        if (located.matches()) {
            return List.of(WorkflowCommands.annotation(Level.ERROR, title, relative(located.group("file")),
                    Integer.valueOf(located.group("line")), Integer.valueOf(located.group("col")),
                    located.group("message")));
        }
        return List.of(WorkflowCommands.annotation(Level.ERROR, title, null, null, null, line));
    }

    private static Level level(String verdict) {
        switch (verdict) {
            case "fail":
                return Level.ERROR;
            case "inconclusive":
            case "marginal":
                return Level.WARNING;
            default:
                return null;
        }
    }

    private String relative(String file) {
        Path path = Path.of(file);
        Path absolute = path.isAbsolute() ? path.normalize() : workspace.resolve(path).normalize();
        return absolute.startsWith(workspace) ? workspace.relativize(absolute).toString() : file;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}

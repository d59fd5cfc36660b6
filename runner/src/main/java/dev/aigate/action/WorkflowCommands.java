package dev.aigate.action;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * GitHub Actions workflow commands printed on stdout ({@code ::error file=F,line=L::message}), with the escaping
 * the runner expects: in messages {@code % CR LF} become {@code %25 %0D %0A}; in properties {@code :} and
 * {@code ,} are escaped too. Unescaped, a message holding {@code ::} could inject a command of its own.
 */
final class WorkflowCommands {

    /** The level of an annotation, as GitHub names it. */
    enum Level {
        ERROR("error"),
        WARNING("warning"),
        NOTICE("notice");

        private final String command;

        Level(String command) {
            this.command = command;
        }
    }

    private WorkflowCommands() {
    }

    /**
     * An annotation; {@code file}, {@code line} and {@code column} may be null (it then shows on the run, not a
     * line).
     */
    static String annotation(Level level, String title, String file, Integer line, Integer column, String message) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (file != null) {
            properties.put("file", file);
            if (line != null) {
                properties.put("line", line.toString());
            }
            if (column != null) {
                properties.put("col", column.toString());
            }
        }
        if (title != null) {
            properties.put("title", title);
        }
        return command(level.command, properties, message);
    }

    /** Masks a value in the rest of the job's log ({@code ::add-mask::}). */
    static String addMask(String value) {
        return command("add-mask", Map.of(), value);
    }

    private static String command(String name, Map<String, String> properties, String message) {
        StringBuilder text = new StringBuilder("::").append(name);
        if (!properties.isEmpty()) {
            StringJoiner joined = new StringJoiner(",", " ", "");
            properties.forEach((key, value) -> joined.add(key + "=" + escapeProperty(value)));
            text.append(joined);
        }
        return text.append("::").append(escapeData(message)).toString();
    }

    static String escapeData(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}

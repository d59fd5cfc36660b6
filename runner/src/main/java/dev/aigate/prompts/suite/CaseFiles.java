package dev.aigate.prompts.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.config.ConfigException;
import dev.aigate.config.ConfigNode;
import dev.aigate.config.YamlFiles;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cases kept in data files. <b>JSONL</b>: one case per line, the same keys as a case in YAML ({@code id},
 * {@code prompt}, {@code vars}, {@code assert}, ...). <b>CSV</b> (promptfoo's layout): a header row; columns
 * {@code __id}, {@code __prompt}, {@code __description} set those keys, {@code __expected}, {@code __expected2}, ...
 * hold one assertion each as {@code type: value} (a bare value means {@code equals}), every other column is a
 * variable. Each case is handed back as a located {@link ConfigNode}, so errors name the file and line.
 */
final class CaseFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseFiles() {
    }

    static List<ConfigNode> read(Path file, ConfigNode where) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw where.error("case file " + file + " not found");
        } catch (MalformedInputException e) {
            throw where.error("case file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw where.error("cannot read case file " + file + ": " + e.getMessage());
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            return jsonl(file, text);
        }
        if (name.endsWith(".csv")) {
            return csv(file, text);
        }
        throw where.error("case file " + file + ": use .csv or .jsonl");
    }

    private static List<ConfigNode> jsonl(Path file, String text) {
        List<ConfigNode> cases = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                cases.add(atLine(file, i + 1, lines[i]));
            }
        }
        return cases;
    }

    private static List<ConfigNode> csv(Path file, String text) {
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new ConfigException(file + ":1:1: the file is empty");
        }
        List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
        List<ConfigNode> cases = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != header.size()) {
                throw new ConfigException(file + ":" + row.line() + ": " + row.fields().size() + " fields, the header "
                        + "has " + header.size());
            }
            cases.add(atLine(file, row.line(), caseJson(header, row.fields()).toString()));
        }
        return cases;
    }

    private static ObjectNode caseJson(List<String> header, List<String> fields) {
        ObjectNode testCase = JSON.createObjectNode();
        ObjectNode vars = testCase.putObject("vars");
        ArrayNode assertions = JSON.createArrayNode();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c);
            String value = fields.get(c);
            switch (column) {
                case "__id", "id" -> testCase.put("id", value);
                case "__prompt" -> testCase.put("prompt", value);
                case "__description", "description" -> testCase.put("description", value);
                default -> {
                    if (column.matches("__expected\\d*")) {
                        if (!value.isBlank()) {
                            assertions.add(expected(value));
                        }
                    } else {
                        vars.put(column, value);
                    }
                }
            }
        }
        if (!assertions.isEmpty()) {
            testCase.set("assert", assertions);
        }
        return testCase;
    }

    /**
     * {@code contains: Paris}, {@code not-icontains: sorry}, {@code is-json}, {@code similar(0.8): text},
     * promptfoo's {@code grade: rubric} (llm-rubric), or a bare value for equals. A lower-case word before the colon
     * is taken as a type even when it is not one of ours ({@code javascript: ...}), so that an unsupported promptfoo
     * assertion is reported by name instead of silently becoming an equality check.
     */
    static ObjectNode expected(String text) {
        ObjectNode assertion = JSON.createObjectNode();
        String stripped = text.strip();
        java.util.regex.Matcher typed = java.util.regex.Pattern
                .compile("((?:not-)?[a-z][a-z0-9-]*)(?:\\(([0-9.]+)\\))?(?::\\s*(.*))?", java.util.regex.Pattern.DOTALL)
                .matcher(stripped);
        if (typed.matches() && (typed.group(3) != null || AssertionParser.TYPES.contains(bare(typed.group(1))))) {
            String type = typed.group(1).replace("grade", "llm-rubric");
            assertion.put("type", type);
            if (typed.group(2) != null) {
                assertion.put("threshold", Double.parseDouble(typed.group(2)));
            }
            if (typed.group(3) != null) {
                assertion.put("value", typed.group(3).strip());
            }
        } else {
            assertion.put("type", "equals");
            assertion.put("value", stripped);
        }
        return assertion;
    }

    private static String bare(String type) {
        return type.startsWith("not-") ? type.substring(4) : type;
    }

    /** JSON text parsed as if it stood on {@code line} of {@code file}, so located errors name that line. */
    private static ConfigNode atLine(Path file, int line, String json) {
        return YamlFiles.parse(file.toString(), "\n".repeat(line - 1) + json);
    }
}

package dev.aigate.prompts.suite;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code {{name}}} placeholders (spaces inside the braces allowed), filled from a case's variables.
 * Deliberately small: no logic, no filters, so a template reads the same to everyone.
 */
public record Template(String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*}}");

    /** The variable names the text uses, in order of first use. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * @throws IllegalArgumentException naming the first variable that {@code vars} lacks
     */
    public String render(Map<String, String> vars) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = vars.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("variable '" + matcher.group(1) + "' is not defined"
                        + (vars.isEmpty() ? "" : "; defined: "
                                + String.join(", ", new java.util.TreeSet<>(vars.keySet()))));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

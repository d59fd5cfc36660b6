package dev.aigate.prompts.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.Optional;

/**
 * {@code jsonpath}: the output is JSON and the value at {@code path} equals {@code expected} (JSON equality, so
 * {@code 42} equals {@code 42.0} and key order does not matter). A path that selects several values must select
 * exactly the expected array.
 */
public final class JsonPathEquals implements Assertion {

    private static final Configuration JACKSON = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.SUPPRESS_EXCEPTIONS)
            .build();

    private final String path;
    private final JsonPath compiled;
    private final JsonNode expected;

    /**
     * @throws IllegalArgumentException for a path that does not compile
     */
    public JsonPathEquals(String path, JsonNode expected) {
        try {
            this.compiled = JsonPath.compile(path);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("invalid JSONPath '" + path + "': " + e.getMessage(), e);
        }
        this.path = path;
        this.expected = expected;
    }

    @Override
    public String type() {
        return "jsonpath";
    }

    @Override
    public Check check(Output output, GradingContext context) {
        Optional<JsonNode> json = JsonText.whole(output.text()).or(() -> JsonText.embedded(output.text()));
        if (json.isEmpty()) {
            return Check.failed("output is not JSON, so " + path + " cannot be read");
        }
        JsonNode actual;
        try {
            actual = JsonPath.using(JACKSON).parse(json.get()).read(compiled);
        } catch (PathNotFoundException e) {
            actual = null;
        }
        if (actual == null || actual.isMissingNode()) {
            return Check.failed(path + " not found");
        }
        boolean equal = numericallyEqual(actual, expected);
        return Check.of(equal, path + " = " + actual + (equal ? "" : ", expected " + expected));
    }

    private static boolean numericallyEqual(JsonNode actual, JsonNode expected) {
        if (actual.isNumber() && expected.isNumber()) {
            return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        if (actual.isTextual() && !expected.isTextual() && !expected.isContainerNode()) {
            return actual.asText().equals(expected.asText());
        }
        return actual.equals(expected);
    }
}

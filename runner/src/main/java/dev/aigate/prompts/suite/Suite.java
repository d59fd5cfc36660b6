package dev.aigate.prompts.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A prompt regression suite: prompts, the tools they may call, and cases.
 *
 * @param prompts by id, in file order
 * @param tools   the declared tools in OpenAI's format, sent with every request that has them; empty for none
 */
public record Suite(String name, Map<String, PromptTemplate> prompts, ArrayNode tools, List<TestCase> cases) {

    public Suite {
        prompts = Collections.unmodifiableMap(new LinkedHashMap<>(prompts));
        cases = List.copyOf(cases);
    }

    public PromptTemplate prompt(TestCase testCase) {
        return prompts.get(testCase.promptId());
    }

    /** This suite with some prompts replaced (same ids), e.g. the staging versions of the production ones. */
    public Suite withPrompts(Map<String, PromptTemplate> replacements) {
        Map<String, PromptTemplate> merged = new LinkedHashMap<>(prompts);
        merged.putAll(replacements);
        return new Suite(name, merged, tools, cases);
    }
}

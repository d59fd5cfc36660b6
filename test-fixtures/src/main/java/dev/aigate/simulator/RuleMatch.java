package dev.aigate.simulator;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When a script rule applies: every condition present must hold; a rule with no condition matches everything.
 *
 * @param modelGlob  glob over the requested model name ({@code *} any run, {@code ?} one character)
 * @param caseId     the case id, from header {@code X-Aigate-Case} or body {@code metadata.case_id}
 * @param promptRegex searched (not fully matched) in the last user message, or the prompt for completions
 */
public record RuleMatch(Optional<String> modelGlob, Optional<String> caseId, Optional<Pattern> promptRegex) {

    public static RuleMatch any() {
        return new RuleMatch(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public RuleMatch model(String glob) {
        return new RuleMatch(Optional.of(glob), caseId, promptRegex);
    }

    public RuleMatch caseId(String id) {
        return new RuleMatch(modelGlob, Optional.of(id), promptRegex);
    }

    public RuleMatch prompt(String regex) {
        return new RuleMatch(modelGlob, caseId, Optional.of(Pattern.compile(regex)));
    }

    /** Whether a request with these properties matches; absent request properties fail their condition. */
    public boolean matches(String model, Optional<String> requestCaseId, String lastUserMessage) {
        return modelGlob.map(glob -> model != null && globToRegex(glob).matcher(model).matches()).orElse(true)
                && caseId.map(id -> requestCaseId.map(id::equals).orElse(false)).orElse(true)
                && promptRegex.map(regex -> regex.matcher(lastUserMessage).find()).orElse(true);
    }

    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}

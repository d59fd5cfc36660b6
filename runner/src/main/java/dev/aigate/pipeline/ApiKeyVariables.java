package dev.aigate.pipeline;

/**
 * The environment variable a step's API key credential is handed over in, when the step does not name one: the
 * variable the runner reads for the step's wire format (docs/providers.md), so a cloud API finds its key without
 * further setting.
 */
final class ApiKeyVariables {

    private ApiKeyVariables() {
    }

    /** @param api the step's {@code api} parameter (openai, anthropic, azure), or null for the default, openai */
    static String usual(String api) {
        if (api == null) {
            return "OPENAI_API_KEY";
        }
        return switch (api) {
            case "anthropic" -> "ANTHROPIC_API_KEY";
            case "azure" -> "AZURE_OPENAI_API_KEY";
            default -> "OPENAI_API_KEY";
        };
    }
}

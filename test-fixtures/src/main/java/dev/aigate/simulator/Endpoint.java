package dev.aigate.simulator;

/** The routes the simulator serves, as counted in {@link SimulatorStats}. */
public enum Endpoint {
    /** {@code POST /v1/chat/completions}. */
    CHAT_COMPLETIONS,
    /** {@code POST /v1/completions}. */
    COMPLETIONS,
    /** {@code POST /v1/messages} (Anthropic). */
    MESSAGES,
    /** {@code POST /openai/deployments/{deployment}/chat/completions} (Azure OpenAI). */
    AZURE_CHAT_COMPLETIONS,
    /** {@code GET /v1/models}. */
    MODELS,
    /** {@code GET /health}. */
    HEALTH,
    /** Anything else (answered 404). */
    UNKNOWN;

    /** Whether requests to this endpoint generate tokens (and so go through the latency model and faults). */
    public boolean generates() {
        return this == CHAT_COMPLETIONS || this == COMPLETIONS || this == MESSAGES || this == AZURE_CHAT_COMPLETIONS;
    }
}

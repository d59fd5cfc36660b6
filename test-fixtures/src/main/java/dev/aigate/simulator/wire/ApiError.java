package dev.aigate.simulator.wire;

/** The error responses the simulator sends, with each API's names for them. */
public enum ApiError {
    BAD_REQUEST(400, "invalid_request_error", null, "invalid_request_error"),
    UNAUTHORIZED(401, "invalid_request_error", "invalid_api_key", "authentication_error"),
    NOT_FOUND(404, "invalid_request_error", "not_found", "not_found_error"),
    METHOD_NOT_ALLOWED(405, "invalid_request_error", "method_not_allowed", "invalid_request_error"),
    RATE_LIMITED(429, "requests", "rate_limit_exceeded", "rate_limit_error"),
    INTERNAL(500, "server_error", null, "api_error"),
    UNAVAILABLE(503, "server_error", "service_unavailable", "overloaded_error");

    private final int status;
    private final String openAiType;
    private final String openAiCode;
    private final String anthropicType;

    ApiError(int status, String openAiType, String openAiCode, String anthropicType) {
        this.status = status;
        this.openAiType = openAiType;
        this.openAiCode = openAiCode;
        this.anthropicType = anthropicType;
    }

    public int status() {
        return status;
    }

    public String openAiType() {
        return openAiType;
    }

    /** OpenAI's {@code error.code}, or null. */
    public String openAiCode() {
        return openAiCode;
    }

    public String anthropicType() {
        return anthropicType;
    }
}

package dev.aigate.provider;

/** Why a request failed, with the key it is counted under in result files (SPEC §4, fixed). */
public enum ErrorKind {
    HTTP_4XX("http_4xx"),
    HTTP_429("http_429"),
    HTTP_5XX("http_5xx"),
    TIMEOUT("timeout"),
    CONNECTION("connection"),
    STREAM_TRUNCATED("stream_truncated"),
    BAD_PAYLOAD("bad_payload");

    private final String key;

    ErrorKind(String key) {
        this.key = key;
    }

    /** The name under {@code errors.} in result.json. */
    public String key() {
        return key;
    }

    /**
     * The kind an error status falls under: 429, other 4xx, and everything else as a server fault (a status
     * outside 400–599 is not an error a client can act on, so it is blamed on the server).
     */
    public static ErrorKind forHttpStatus(int status) {
        if (status == 429) {
            return HTTP_429;
        }
        return status >= 400 && status < 500 ? HTTP_4XX : HTTP_5XX;
    }
}

package dev.aigate.provider.http;

import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.Failure;
import dev.aigate.provider.wire.StreamError;
import dev.aigate.secrets.Redactor;
import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Response;

/**
 * Turns each way a request can fail into a {@link Failure} of the right kind (SPEC §4). Every message passes
 * through the {@link Redactor}: servers echo keys back in error bodies, and exception texts can carry anything.
 * Request headers are never quoted.
 */
final class FaultClassifier {

    private static final int SNIPPET_CHARS = 200;
    private static final long ERROR_BODY_BYTES = 8 * 1024;

    private FaultClassifier() {
    }

    /** A non-2xx answer, with the start of its body: what the server said is usually the diagnosis. */
    static Failure status(Response response) {
        int status = response.code();
        String redirect = status >= 300 && status < 400
                ? " (redirects are not followed: point the base URL at " + response.header("Location") + ")"
                : "";
        return failure(ErrorKind.forHttpStatus(status),
                "HTTP " + status + redirect + ": " + errorBody(response), status);
    }

    /** 429, 502, 503 and 504 say "try again"; 500 and other 4xx would fail the same way twice. */
    static boolean isRetryable(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    /**
     * No response arrived. A timeout once connected means the server took the request and stayed silent; anything
     * else (refused, reset, unresolvable, connect timeout) is a connection failure, safe to retry.
     */
    static Failure beforeResponse(IOException e, boolean connected) {
        if (e instanceof InterruptedIOException && connected) {
            return failure(ErrorKind.TIMEOUT, "no response: " + describe(e), 0);
        }
        return failure(ErrorKind.CONNECTION, "connection failed: " + describe(e), 0);
    }

    /** The answer broke off while being read: a stall is a timeout, anything else truncates it. */
    static Failure whileReading(IOException e, int status, int contentEvents) {
        if (e instanceof InterruptedIOException) {
            return failure(ErrorKind.TIMEOUT,
                    "timed out reading the answer after " + contentEvents + " content events: " + describe(e), status);
        }
        return failure(ErrorKind.STREAM_TRUNCATED,
                "answer broke off after " + contentEvents + " content events: " + describe(e), status);
    }

    static Failure truncated(int status, int contentEvents) {
        return failure(ErrorKind.STREAM_TRUNCATED,
                "stream ended before its final event, after " + contentEvents + " content events", status);
    }

    static Failure badPayload(String problem, int status) {
        return failure(ErrorKind.BAD_PAYLOAD, problem, status);
    }

    /** An error reported inside a 200 answer counts as the kind it names. */
    static Failure inStream(StreamError error, int status) {
        return failure(error.kind(), "error in the answer: " + snippet(error.message()), status);
    }

    private static Failure failure(ErrorKind kind, String message, int status) {
        return new Failure(kind, Redactor.global().redact(message), status);
    }

    private static String errorBody(Response response) {
        try {
            String body = response.peekBody(ERROR_BODY_BYTES).string();
            return body.isBlank() ? "(empty body)" : snippet(body);
        } catch (IOException e) {
            return "(body unreadable: " + describe(e) + ")";
        }
    }

    /** Redacts before cutting, so a key split by the cut cannot slip through half-masked. */
    private static String snippet(String text) {
        String flat = Redactor.global().redact(text).strip().replaceAll("\\s+", " ");
        return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS) + "…";
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}

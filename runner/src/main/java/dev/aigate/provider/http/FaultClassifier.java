package dev.aigate.provider.http;

import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.Failure;
import dev.aigate.provider.wire.StreamError;
import dev.aigate.secrets.Redactor;
import io.netty.handler.ssl.NotSslRecordException;

/**
 * Turns each way a request can fail into a {@link Failure} of the right kind (SPEC §4). Every message passes
 * through the {@link Redactor}: servers echo keys back in error bodies, and exception texts can carry anything.
 * Request headers are never quoted.
 */
final class FaultClassifier {

    private static final int SNIPPET_CHARS = 200;

    private FaultClassifier() {
    }

    /**
     * A non-2xx answer, with the start of its body: what the server said is usually the diagnosis.
     *
     * @param location the {@code Location} header, or null
     * @param body     the start of the body as it arrived
     */
    static Failure status(int status, String location, String body) {
        String redirect = status >= 300 && status < 400
                ? " (redirects are not followed: point the base URL at " + location + ")"
                : "";
        return failure(ErrorKind.forHttpStatus(status),
                "HTTP " + status + redirect + ": " + (body.isBlank() ? "(empty body)" : snippet(body)), status);
    }

    /** 429, 502, 503 and 504 say "try again"; 500 and other 4xx would fail the same way twice. */
    static boolean isRetryable(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    /**
     * No response arrived and the connection failed (refused, reset, unresolvable, TLS, closed): safe to retry.
     *
     * @param cause what went wrong, or null when the server just closed the connection
     */
    static Failure connection(Throwable cause) {
        return failure(ErrorKind.CONNECTION, "connection failed: " + describe(cause), 0);
    }

    /**
     * The attempt ran out of time. Before a connection was in hand that is a connect failure (safe to retry);
     * after it, the server took the request and stayed silent, or stalled mid-answer: a timeout.
     *
     * @param what what timed out, e.g. "no byte for 60 s"
     */
    static Failure timedOut(String what, boolean connected, int status, int contentEvents) {
        if (!connected) {
            return failure(ErrorKind.CONNECTION, "connection failed: " + what, 0);
        }
        String when = status == 0 ? "no response" : "timed out reading the answer after " + contentEvents
                + " content events";
        return failure(ErrorKind.TIMEOUT, when + ": " + what, status);
    }

    /** The answer broke off while being read. */
    static Failure brokeOff(Throwable cause, int status, int contentEvents) {
        return failure(ErrorKind.STREAM_TRUNCATED,
                "answer broke off after " + contentEvents + " content events: " + describe(cause), status);
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

    /** Redacts before cutting, so a key split by the cut cannot slip through half-masked. */
    private static String snippet(String text) {
        String flat = Redactor.global().redact(text).strip().replaceAll("\\s+", " ");
        return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS) + "…";
    }

    /**
     * What went wrong, as one short line for a note or report: exception texts can run to kilobytes (Netty's
     * {@code NotSslRecordException} quotes the whole answer in hex), so they are cut like a body snippet.
     */
    private static String describe(Throwable e) {
        if (e == null) {
            return "the server closed the connection";
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotSslRecordException) {
                return "the server did not answer with TLS (is it plain http?)";
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + snippet(e.getMessage());
    }
}

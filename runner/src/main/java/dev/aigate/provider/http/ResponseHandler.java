package dev.aigate.provider.http;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaders;

/**
 * What one HTTP exchange tells its reader, in order, on the connection's event loop. The exchange is over once
 * {@link #settled()} says so: a reader may settle early (a stream's final event, a bad payload), and the
 * transport then drains or closes the connection without telling it more.
 */
interface ResponseHandler {

    /** A connection is in hand; a timeout from now on is the server's silence, not a connect failure. */
    void connected();

    /** The request is about to be written: the request's start (SPEC §4). */
    void requestStarting(long nanos);

    void responseHead(int status, HttpHeaders headers);

    /**
     * The next piece of the body (not consumed: the transport releases it).
     *
     * @param readNanos {@link System#nanoTime()} when the read that delivered it returned
     */
    void responseBody(ByteBuf chunk, long readNanos);

    /** The body is complete; {@code readNanos} is when its last read returned. */
    void responseEnd(long readNanos);

    /** The connection failed or closed before the exchange settled; {@code cause} is null for a plain close. */
    void failed(Throwable cause);

    /** No byte arrived for too long, or the request's time ran out. */
    void timedOut(String what);

    boolean settled();
}

package dev.aigate.provider.sse;

import java.io.IOException;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Reads server-sent events straight off a response body, as the HTML Living Standard's event-stream parser
 * does: lines end in LF, CRLF or CR; {@code data:} lines join with LF; {@code event:} names the event; comment
 * lines (starting with {@code :}) and unknown fields are ignored; a blank line dispatches.
 *
 * <p>Hand-written rather than okhttp-sse because a benchmark needs two things that listener API cannot give: the
 * arrival time of each event (taken here the moment its terminating blank line is read, with no thread hop in
 * between) and the difference between a clean end and a truncated stream (here: {@link #next()} returns null
 * only at end of input, and the caller knows whether the final event came first).
 */
public final class SseEventReader {

    private static final ByteString LINE_ENDINGS = ByteString.encodeUtf8("\r\n");
    private static final String DEFAULT_TYPE = "message";

    private final BufferedSource source;
    /** The previous line ended in CR that was not yet followed by a byte: a LF arriving next belongs to it. */
    private boolean pendingLineFeed;
    private boolean atStart = true;

    public SseEventReader(BufferedSource source) {
        this.source = source;
    }

    /**
     * Blocks until the next event is complete.
     *
     * @return the event, or null at end of input (an event not yet ended by a blank line is dropped, per spec)
     */
    public SseEvent next() throws IOException {
        String type = null;
        StringBuilder data = null;
        while (true) {
            String line = readLine();
            if (line == null) {
                return null;
            }
            if (line.isEmpty()) {
                long receivedNanos = System.nanoTime();
                if (data != null) {
                    return new SseEvent(type == null || type.isEmpty() ? DEFAULT_TYPE : type, data.toString(),
                            receivedNanos);
                }
                type = null;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon == 0) {
                continue;
            }
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : valueAfter(line, colon);
            if (field.equals("data")) {
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            } else if (field.equals("event")) {
                type = value;
            }
        }
    }

    private static String valueAfter(String line, int colon) {
        int start = colon + 1;
        if (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        return line.substring(start);
    }

    /** The next line without its terminator, or null at end of input (a final unterminated line is dropped). */
    private String readLine() throws IOException {
        long end = source.indexOfElement(LINE_ENDINGS);
        if (end < 0) {
            return null;
        }
        if (pendingLineFeed) {
            pendingLineFeed = false;
            if (end == 0 && source.getBuffer().getByte(0) == '\n') {
                source.skip(1);
                return readLine();
            }
        }
        String line = source.readUtf8(end);
        if (source.readByte() == '\r') {
            // Never block to look for the LF of a CRLF: that would hold back this event's timestamp.
            if (source.getBuffer().size() > 0) {
                if (source.getBuffer().getByte(0) == '\n') {
                    source.skip(1);
                }
            } else {
                pendingLineFeed = true;
            }
        }
        if (atStart) {
            atStart = false;
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
        }
        return line;
    }
}

package dev.aigate.provider.sse;

import io.netty.buffer.ByteBuf;
import io.netty.util.ByteProcessor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds server-sent events in the bytes of a response body as they arrive, read by read, the way the HTML Living
 * Standard's event-stream parser does: lines end in LF, CRLF or CR; {@code data:} lines join with LF;
 * {@code event:} names the event; comments (lines starting with {@code :}) and other fields are ignored; a blank
 * line dispatches the event, when it has data.
 *
 * <p>Byte-level and push-driven: the transport hands over each body chunk with the time its read returned, and
 * every event completed by that chunk is stamped with that time, so an event is timed by the read that finished
 * it, not by when a parser got round to it. Lines are never turned into strings; only an event's data is copied
 * out, once. An event the body ends in the middle of is never dispatched (whether that truncates the answer is
 * the caller's judgement: it knows whether the final event came first). Not thread-safe: one scanner per
 * response, fed from one thread.
 */
public final class SseScanner {

    /** Receives each complete event. */
    @FunctionalInterface
    public interface Listener {
        /** @return false to stop scanning: the bytes that follow are ignored (the answer is settled) */
        boolean onEvent(SseEvent event);
    }

    private static final String DEFAULT_TYPE = "message";
    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte[] DATA = {'d', 'a', 't', 'a'};
    private static final byte[] EVENT = {'e', 'v', 'e', 'n', 't'};
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Listener listener;
    /** The line being read: bytes of it may arrive over several reads. */
    private byte[] line = new byte[256];
    private int lineLength;
    /** The event's data so far; {@code dataLength} is -1 while it has no {@code data:} line (nothing to dispatch). */
    private byte[] data = new byte[256];
    private int dataLength = -1;
    private String type;
    private String lastType;
    /** The last line ended in CR, so an LF that comes next (maybe in the next read) belongs to it. */
    private boolean skipLineFeed;
    private boolean atStart = true;
    private boolean stopped;

    public SseScanner(Listener listener) {
        this.listener = listener;
    }

    /**
     * Scans every readable byte of {@code chunk} (without consuming it), dispatching each event it completes.
     *
     * @param readNanos {@link System#nanoTime()} when the read that delivered the chunk returned
     * @return false once the listener has asked to stop
     */
    public boolean feed(ByteBuf chunk, long readNanos) {
        int index = chunk.readerIndex();
        int end = chunk.writerIndex();
        while (index < end && !stopped) {
            if (skipLineFeed) {
                skipLineFeed = false;
                if (chunk.getByte(index) == LF) {
                    index++;
                    continue;
                }
            }
            int terminator = chunk.forEachByte(index, end - index, ByteProcessor.FIND_CRLF);
            int lineEnd = terminator < 0 ? end : terminator;
            append(chunk, index, lineEnd - index);
            if (terminator < 0) {
                break;
            }
            skipLineFeed = chunk.getByte(terminator) == CR;
            index = terminator + 1;
            endLine(readNanos);
        }
        return !stopped;
    }

    private void append(ByteBuf chunk, int from, int length) {
        if (lineLength + length > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
        }
        chunk.getBytes(from, line, lineLength, length);
        lineLength += length;
    }

    private void endLine(long readNanos) {
        int start = 0;
        if (atStart) {
            atStart = false;
            if (startsWith(BYTE_ORDER_MARK, 0, lineLength)) {
                start = BYTE_ORDER_MARK.length;
            }
        }
        int length = lineLength - start;
        lineLength = 0;
        if (length == 0) {
            dispatch(readNanos);
            return;
        }
        if (line[start] == ':') {
            return;
        }
        int colon = indexOfColon(start, start + length);
        int fieldEnd = colon < 0 ? start + length : colon;
        int valueStart = colon < 0 ? fieldEnd : colon + 1;
        if (valueStart < start + length && line[valueStart] == ' ') {
            valueStart++;
        }
        int valueLength = start + length - valueStart;
        if (isField(DATA, start, fieldEnd)) {
            appendData(valueStart, valueLength);
        } else if (isField(EVENT, start, fieldEnd)) {
            type = valueLength == 0 ? null : typeName(valueStart, valueLength);
        }
    }

    private void appendData(int from, int length) {
        int separator = dataLength < 0 ? 0 : 1;
        int start = Math.max(dataLength, 0);
        if (start + separator + length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, start + separator + length));
        }
        if (separator == 1) {
            data[start] = LF;
        }
        System.arraycopy(line, from, data, start + separator, length);
        dataLength = start + separator + length;
    }

    private void dispatch(long readNanos) {
        if (dataLength >= 0) {
            SseEvent event = new SseEvent(type == null ? DEFAULT_TYPE : type, Arrays.copyOf(data, dataLength),
                    readNanos);
            stopped = !listener.onEvent(event);
        }
        dataLength = -1;
        type = null;
    }

    /** The event name; a name equal to the previous one reuses its string (Anthropic names every event). */
    private String typeName(int from, int length) {
        String previous = lastType;
        if (previous != null && previous.length() == length && sameAscii(previous, from)) {
            return previous;
        }
        lastType = new String(line, from, length, StandardCharsets.UTF_8);
        return lastType;
    }

    private boolean sameAscii(String text, int from) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != line[from + i]) {
                return false;
            }
        }
        return true;
    }

    private int indexOfColon(int from, int to) {
        for (int i = from; i < to; i++) {
            if (line[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    private boolean isField(byte[] name, int from, int to) {
        return to - from == name.length && startsWith(name, from, to);
    }

    /** Whether the line's bytes from {@code from} (up to {@code to}) begin with {@code prefix}. */
    private boolean startsWith(byte[] prefix, int from, int to) {
        if (to - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package dev.aigate.provider.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A forward-only reader over one JSON document's UTF-8 bytes, for the hot path of a streamed answer: it walks an
 * event's structure field by field, matches field names as bytes, and skips what it does not need without
 * building tokens, strings or numbers for it. Everything it passes over is still checked against JSON's grammar
 * (RFC 8259), so an event that is not JSON fails as it would with a full parser; only malformed UTF-8 inside a
 * string is let through (it decodes to U+FFFD).
 *
 * <p>Why not Jackson's streaming parser: per event it creates a parser and canonicalises every field name and
 * number it meets; measured on a benchmark's hot path that was half of the client's time. Rare, complex parts of
 * an event (errors, tool calls) are handed to Jackson via {@link #rawValue()}.
 */
final class JsonCursor {

    /** The document is not valid JSON (or not the shape the reader asked for). */
    static final class MalformedJson extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedJson(String message) {
            super(message, null, false, false);
        }
    }

    private static final int MAX_DEPTH = 256;
    /** The bytes that end a string's plain run: the quote, the backslash and the control characters. */
    private static final boolean[] ENDS_PLAIN_RUN = new boolean[256];

    static {
        for (int control = 0; control < 0x20; control++) {
            ENDS_PLAIN_RUN[control] = true;
        }
        ENDS_PLAIN_RUN['"'] = true;
        ENDS_PLAIN_RUN['\\'] = true;
    }

    private final byte[] json;
    private int position;
    private int nameStart;
    private int nameEnd;
    /** Per open container, whether no member has been read yet; grown as needed (events nest three or four deep). */
    private boolean[] firstMember = new boolean[8];
    private int depth;

    JsonCursor(byte[] json) {
        this.json = json;
    }

    /** Enters the object the cursor is at. */
    void beginObject() {
        expect('{');
        enter();
    }

    /** Whether the value the cursor is at is an object (an array, string, number, literal or null is not). */
    boolean isObject() {
        skipWhitespace();
        return peek() == '{';
    }

    boolean isArray() {
        skipWhitespace();
        return peek() == '[';
    }

    boolean isNull() {
        skipWhitespace();
        return peek() == 'n';
    }

    /**
     * Moves to the next field of the current object: true with the cursor at its value, false (past the closing
     * brace) when the object has no more.
     */
    boolean nextField() {
        if (!nextMember('}')) {
            return false;
        }
        nameStart = position + 1;
        skipString();
        nameEnd = position - 1;
        skipWhitespace();
        expect(':');
        skipWhitespace();
        return true;
    }

    /** Whether the current field's name is {@code name} (ASCII, no escapes: the names APIs use). */
    boolean fieldIs(byte[] name) {
        int length = nameEnd - nameStart;
        if (length != name.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (json[nameStart + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** Enters the array the cursor is at. */
    void beginArray() {
        expect('[');
        enter();
    }

    /** Moves to the next element of the current array: false (past the bracket) when there is none. */
    boolean nextElement() {
        return nextMember(']');
    }

    /** Past {@code close} (leaving the container) false; else past the comma before a further member, true. */
    private boolean nextMember(char close) {
        skipWhitespace();
        if (peek() == close) {
            position++;
            depth--;
            return false;
        }
        if (!firstMember[depth - 1]) {
            expect(',');
            skipWhitespace();
        }
        firstMember[depth - 1] = false;
        return true;
    }

    /**
     * The value as text: a string decoded, a number or {@code true}/{@code false} as written; null for JSON null
     * and for objects and arrays (which are skipped).
     */
    String text() {
        skipWhitespace();
        int start = position;
        byte first = peek();
        if (first == '"') {
            return readString();
        }
        skipValue();
        return first == 'n' || first == '{' || first == '[' ? null
                : new String(json, start, position - start, StandardCharsets.US_ASCII);
    }

    /** The value as an int when it is a number (a fraction is cut off), else null (the value is skipped). */
    Integer integer() {
        skipWhitespace();
        byte first = peek();
        int start = position;
        skipValue();
        if (first != '-' && (first < '0' || first > '9')) {
            return null;
        }
        String number = new String(json, start, position - start, StandardCharsets.US_ASCII);
        try {
            return Integer.valueOf(number);
        } catch (NumberFormatException notAnInt) {
            return (int) Double.parseDouble(number);
        }
    }

    /** Skips the value and returns its bytes, for a full parser to read. */
    byte[] rawValue() {
        skipWhitespace();
        int start = position;
        skipValue();
        byte[] raw = new byte[position - start];
        System.arraycopy(json, start, raw, 0, raw.length);
        return raw;
    }

    /** Skips the value the cursor is at, checking its grammar. */
    void skipValue() {
        skipWhitespace();
        switch (peek()) {
            case '{' -> {
                beginObject();
                while (nextField()) {
                    skipValue();
                }
            }
            case '[' -> {
                beginArray();
                while (nextElement()) {
                    skipValue();
                }
            }
            case '"' -> skipString();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> skipNumber();
        }
    }

    /** Checks that nothing but whitespace follows the document. */
    void end() {
        skipWhitespace();
        if (position != json.length) {
            throw malformed("unexpected data after the value");
        }
    }

    private void enter() {
        if (depth == MAX_DEPTH) {
            throw malformed("nested too deeply");
        }
        if (depth == firstMember.length) {
            firstMember = Arrays.copyOf(firstMember, Math.min(MAX_DEPTH, depth * 2));
        }
        firstMember[depth++] = true;
    }

    private String readString() {
        int start = position + 1;
        skipString();
        int end = position - 1;
        for (int i = start; i < end; i++) {
            if (json[i] == '\\') {
                return unescape(start, end);
            }
        }
        return new String(json, start, end - start, StandardCharsets.UTF_8);
    }

    /** Skips a string, checking its escapes and that it holds no raw control character. */
    private void skipString() {
        expect('"');
        byte[] bytes = json;
        int i = position;
        while (i < bytes.length) {
            byte b = bytes[i++];
            // One table lookup per byte: this loop is most of a streamed answer's decoding time.
            if (!ENDS_PLAIN_RUN[b & 0xFF]) {
                continue;
            }
            if (b == '"') {
                position = i;
                return;
            }
            if (b != '\\') {
                throw malformed("control character in a string");
            }
            position = i;
            skipEscape();
            i = position;
        }
        throw malformed("unexpected end");
    }

    private void skipEscape() {
        byte escaped = next();
        if (escaped == 'u') {
            for (int i = 0; i < 4; i++) {
                hexDigit(next());
            }
        } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
            throw malformed("bad escape in a string");
        }
    }

    private String unescape(int start, int end) {
        StringBuilder text = new StringBuilder(end - start);
        int run = start;
        int i = start;
        while (i < end) {
            if (json[i] != '\\') {
                i++;
                continue;
            }
            text.append(new String(json, run, i - run, StandardCharsets.UTF_8));
            byte escaped = json[i + 1];
            switch (escaped) {
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> text.append((char) (hexDigit(json[i + 2]) << 12 | hexDigit(json[i + 3]) << 8
                        | hexDigit(json[i + 4]) << 4 | hexDigit(json[i + 5])));
                default -> text.append((char) escaped);
            }
            i += escaped == 'u' ? 6 : 2;
            run = i;
        }
        return text.append(new String(json, run, end - run, StandardCharsets.UTF_8)).toString();
    }

    /** -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
    private void skipNumber() {
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else {
            digits();
        }
        if (position < json.length && json[position] == '.') {
            position++;
            digits();
        }
        if (position < json.length && (json[position] == 'e' || json[position] == 'E')) {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            digits();
        }
    }

    private void digits() {
        int start = position;
        while (position < json.length && json[position] >= '0' && json[position] <= '9') {
            position++;
        }
        if (position == start) {
            throw malformed("expected a value");
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (next() != word.charAt(i)) {
                throw malformed("expected " + word);
            }
        }
    }

    private static int hexDigit(byte b) {
        int digit = Character.digit(b, 16);
        if (digit < 0) {
            throw malformed("bad \\u escape");
        }
        return digit;
    }

    private void skipWhitespace() {
        while (position < json.length) {
            byte b = json[position];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            position++;
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw malformed("expected '" + c + "'");
        }
    }

    private byte peek() {
        if (position >= json.length) {
            throw malformed("unexpected end");
        }
        return json[position];
    }

    private byte next() {
        byte b = peek();
        position++;
        return b;
    }

    private static MalformedJson malformed(String problem) {
        return new MalformedJson(problem);
    }
}

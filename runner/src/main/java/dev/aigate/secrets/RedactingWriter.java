package dev.aigate.secrets;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that redacts each line before passing it on. It buffers up to a line end so that a secret split
 * across several writes is still recognised whole.
 */
public final class RedactingWriter extends Writer {

    private final Writer target;
    private final Redactor redactor;
    private final StringBuilder line = new StringBuilder();

    public RedactingWriter(Writer target, Redactor redactor) {
        this.target = target;
        this.redactor = redactor;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            line.append(chars[i]);
            if (chars[i] == '\n') {
                emitLine();
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        emitLine();
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        target.close();
    }

    private void emitLine() throws IOException {
        if (line.length() > 0) {
            target.write(redactor.redact(line.toString()));
            line.setLength(0);
        }
    }
}

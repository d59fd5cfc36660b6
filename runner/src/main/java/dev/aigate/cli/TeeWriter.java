package dev.aigate.cli;

import java.io.IOException;
import java.io.Writer;

/** Writes to two writers at once: the console, and a copy kept for later (the action's annotations). */
final class TeeWriter extends Writer {

    private final Writer first;
    private final Writer second;

    TeeWriter(Writer first, Writer second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        first.write(buffer, offset, length);
        second.write(buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
        first.flush();
        second.flush();
    }

    @Override
    public void close() throws IOException {
        flush(); // the console belongs to the process; never close it here
    }
}

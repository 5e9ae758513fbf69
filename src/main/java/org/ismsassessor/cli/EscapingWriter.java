package org.ismsassessor.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.ismsassessor.logging.ControlCharacters;

/**
 * Standard error with control characters escaped: messages quote file names, client names and values from a
 * snapshot, which must not send escape sequences to the terminal.
 */
final class EscapingWriter extends FilterWriter {
    EscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(ControlCharacters.escape(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        out.write(ControlCharacters.escape(new String(buffer, offset, length)));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(ControlCharacters.escape(text.substring(offset, offset + length)));
    }
}

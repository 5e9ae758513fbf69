package org.ismsassessor.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Standard output as the commands write to it: text through the {@link PrintWriter} picocli hands out, the bytes of
 * one format ({@code --out -}, a PDF included) straight to the stream below it, and the first failure of either kept
 * with its reason. A {@code PrintWriter} alone swallows write errors: {@code --format text > /dev/full} ended with
 * exit code 0 and the output lost.
 */
final class StandardOutput extends PrintWriter {
    private final Recording stream;

    private StandardOutput(Recording stream, Charset charset) {
        super(new OutputStreamWriter(stream, charset), false);
        this.stream = stream;
    }

    /** Standard output over a stream, text written in the charset given. */
    static StandardOutput over(OutputStream out, Charset charset) {
        return new StandardOutput(new Recording(out), charset);
    }

    /** Writes bytes as they are, after any text written before them. */
    void writeBytes(byte[] bytes) {
        flush();
        try {
            stream.write(bytes);
            stream.flush();
        } catch (IOException e) {
            setError();
        }
    }

    /** The first write failure, if any. */
    Optional<IOException> failure() {
        flush();
        return Optional.ofNullable(stream.failure);
    }

    /** Writes bytes to the terminal's output (or to the writer's characters when it is not a {@code StandardOutput}). */
    static void writeBytes(PrintWriter out, byte[] bytes) {
        if (out instanceof StandardOutput standard) {
            standard.writeBytes(bytes);
        } else {
            out.print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** The stream below, keeping its first failure. */
    private static final class Recording extends FilterOutputStream {
        private IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        private void keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}

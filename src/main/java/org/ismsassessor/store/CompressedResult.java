package org.ismsassessor.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.report.JsonReport;

/**
 * A result's JSON (exactly {@link JsonReport#write}'s bytes) written once, streamed into gzip: storing a result
 * holds only its compressed bytes besides the result itself, never its JSON text, and a result larger than a
 * limit is refused while it is written, before anything is stored.
 */
public final class CompressedResult {
    private CompressedResult() {
    }

    /** The result's JSON is longer than the limit; nothing was written anywhere. */
    public static final class TooLarge extends RuntimeException {
        private final long limit;

        TooLarge(long limit) {
            super("the result's JSON is longer than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** The gzip of the result's JSON; throws {@link TooLarge} past {@code maxJsonBytes} of JSON. */
    public static byte[] write(AssessmentResult result, long maxJsonBytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new Limited(new GZIPOutputStream(compressed, 64 * 1024), maxJsonBytes)) {
            JsonReport.mapper().writeValue(new NotClosing(out), result);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TooLarge tooLarge) {
                    throw tooLarge;
                }
            }
            throw e;
        }
        return compressed.toByteArray();
    }

    /** Bytes compressed as they are (a snapshot as submitted). */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
        try (OutputStream out = new GZIPOutputStream(compressed, 64 * 1024)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    public static byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 64 * 1024)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored result read back: from its gzip when stored so, else from its JSON text (rows before V3). */
    public static AssessmentResult read(byte[] gzip, String json) {
        if (gzip == null) {
            return JsonReport.mapper().readValue(json, AssessmentResult.class);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 64 * 1024)) {
            return JsonReport.mapper().readValue(in, AssessmentResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored JSON text of a result (tests and tools). */
    public static String json(byte[] gzip) {
        return new String(gunzip(gzip), StandardCharsets.UTF_8);
    }

    /** Counts what passes and refuses more than the limit. */
    private static final class Limited extends FilterOutputStream {
        private final long limit;
        private long written;

        Limited(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) {
            written += n;
            if (written > limit) {
                throw new TooLarge(limit);
            }
        }
    }

    /** Jackson closes the stream it writes to; the trailing newline still follows. */
    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

package org.ismsassessor.workbook;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Progress for a person watching: shown only when standard error is a terminal, never in a pipe or a log. */
public final class Terminal {
    private Terminal() {
    }

    /** True when standard error is a terminal (on Linux by where file descriptor 2 points; elsewhere, the console). */
    public static boolean standardErrorIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
        return System.console() != null;
    }

    /** Rows read so far, rewritten in place on one line; {@link #done} clears it. */
    public static XlsxReaderProgress progress(PrintWriter err) {
        return new XlsxReaderProgress(err);
    }

    /** Writes "reading Accounts: 50,000 rows" over itself. */
    public static final class XlsxReaderProgress implements XlsxReader.Progress {
        private final PrintWriter err;
        private boolean shown;

        XlsxReaderProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void rows(String table, long rows) {
            err.print(String.format(Locale.ROOT, "\rreading %s: %,d rows   ", table, rows));
            err.flush();
            shown = true;
        }

        public void done() {
            if (shown) {
                err.print("\r" + " ".repeat(60) + "\r");
                err.flush();
            }
        }
    }
}

package org.ismsassessor.cli;

import java.nio.charset.Charset;

/** What the terminal's output is written in: the charset {@code System.out} would use. */
final class Terminal {
    private Terminal() {
    }

    static Charset charset() {
        String stdout = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return stdout == null ? Charset.defaultCharset() : Charset.forName(stdout);
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }
}

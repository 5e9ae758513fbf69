package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's limits: each, when exceeded, gives exit code 2 and a message naming the limit. */
class LimitsCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AssessorCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aSnapshotOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(3 * 1024 * 1024); // sparse: no real disk used
        }
        String[] run = run("validate", big.toString(), "--max-snapshot-mb", "2");
        assertThat(run[0]).isEqualTo("2");
        assertThat(run[2]).contains("  $: the snapshot is 3 MiB, more than the limit of 2 MiB (--max-snapshot-mb)")
                .doesNotContain("Exception");
    }

    @Test
    void aSnapshotWithMoreFactsThanTheLimitIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("facts.json");
        Files.writeString(file, """
                {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "facts",
                 "organization": {"id": "ORG", "name": "Example Ltd"},
                 "people": [{"id": "P-1", "name": "Ada"}, {"id": "P-2", "name": "Bob"}, {"id": "P-3", "name": "Cy"}]}
                """);
        String[] run = run("validate", file.toString(), "--max-facts", "2");
        assertThat(run[0]).isEqualTo("2");
        assertThat(run[2]).contains("  $: more than 2 facts (array items); the limit is 2 (--max-facts)");
        assertThat(run("validate", file.toString(), "--max-facts", "3")[0]).isEqualTo("0");
    }

    @Test
    void theLimitsAreListedInTheHelp() {
        String help = run("assess", "--help")[1];
        assertThat(help).contains("--max-snapshot-mb=MB").contains("--max-facts=N").contains("--time-limit=SECONDS");
    }
}

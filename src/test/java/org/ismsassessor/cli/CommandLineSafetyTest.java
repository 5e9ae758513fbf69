package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ismsassessor.Samples;
import org.ismsassessor.compare.SamplePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 19, in the test's own JVM: a command line that never loses a user's data, with the exact exit code and
 * message of each case. The cases that end the process (System.exit in a rule, a busy rule past --time-limit, out of
 * memory) and the quiet logging run the packaged jar: {@code CommandLineSafetyIT}.
 */
class CommandLineSafetyTest {

    private static final String SNAPSHOT = """
            {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "cli test",
             "organization": {"id": "ORG", "name": "Example Ltd"},
             "people": [{"id": "P-1", "name": "Ada", "management": true}],
             "assets": [{"id": "A-1", "name": "Laptop", "type": "endpoint", "inScope": true}]}
            """;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AssessorCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path snapshot(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, SNAPSHOT);
        return file;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    // 1. Never lose input.

    @Test
    void anOutputFolderHoldingTheSnapshotIsRefusedAndTheSnapshotIsKept(@TempDir Path dir) throws IOException {
        Path x = snapshot(dir, "x.json");
        Run run = run("assess", x.toString(), "--date", "2026-11-29", "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: --out " + dir + " would overwrite " + x
                + ", an input of this run: nothing was written; give another file or folder\n");
        assertThat(Files.readString(x)).isEqualTo(SNAPSHOT);
        assertThat(listing(dir)).containsExactly("x.json");
    }

    @Test
    void theSnapshotItselfAsOutputIsRefused(@TempDir Path dir) throws IOException {
        Path x = snapshot(dir, "x.json");
        Run run = run("assess", x.toString(), "--date", "2026-11-29", "--out", x.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: --out " + x + " would overwrite " + x
                + ", an input of this run: nothing was written; give another file or folder\n");
        assertThat(Files.readString(x)).isEqualTo(SNAPSHOT);
        // Another spelling of the same file too.
        Run dotted = run("assess", x.toString(), "--date", "2026-11-29", "--out", dir.resolve(".").resolve("x.json").toString());
        assertThat(dotted.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Files.readString(x)).isEqualTo(SNAPSHOT);
    }

    @Test
    void assessAllIntoTheFolderOfTheSnapshotsIsRefused(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        snapshot(in, "a.json");
        Run run = run("assess-all", in.toString(), "--out", in.toString(), "--date", "2026-11-29");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: --out " + in + " is the folder of the snapshots: their results would"
                + " replace them; nothing was written; give another folder\n");
        assertThat(Files.readString(in.resolve("a.json"))).isEqualTo(SNAPSHOT);
    }

    @Test
    void compareRefusesToWriteOverOneOfItsInputs(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("may.json");
        Files.writeString(old, org.ismsassessor.report.JsonReport.write(SamplePair.earlier().result()));
        Path later = dir.resolve("nov.json");
        Files.writeString(later, org.ismsassessor.report.JsonReport.write(SamplePair.later().result()));
        byte[] before = Files.readAllBytes(later);
        Run run = run("compare", old.toString(), later.toString(), "--format", "json", "--out", later.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: --out " + later + " would overwrite " + later
                + ", an input of this run: nothing was written; give another file or folder\n");
        assertThat(Files.readAllBytes(later)).isEqualTo(before);
    }

    @Test
    void anExtensionOfAnotherFormatIsAnErrorNotAFolder(@TempDir Path dir) throws IOException {
        Path x = snapshot(dir, "x.json");
        Path r = dir.resolve("r.json");
        Run oscal = run("assess", x.toString(), "--date", "2026-11-29", "--format", "oscal", "--out", r.toString());
        assertThat(oscal.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(oscal.err()).isEqualTo("error: --out " + r + " names a .json file, but the format chosen is written as"
                + " .oscal.json: give a name ending in .oscal.json or a folder\n");
        Run several = run("assess", x.toString(), "--date", "2026-11-29", "--format", "json,md", "--out", r.toString());
        assertThat(several.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(several.err()).isEqualTo("error: --out " + r + " names a .json file, but 2 formats are chosen"
                + " (json, md): give a folder\n");
        assertThat(r).doesNotExist();
    }

    @Test
    void theExtensionMatchesInAnyCase(@TempDir Path dir) throws IOException {
        Path x = snapshot(dir, "x.json");
        Path result = dir.resolve("result.JSON");
        Run run = run("assess", x.toString(), "--date", "2026-11-29", "--out", result.toString(), "-q");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(result).isRegularFile().content().startsWith("{");
        assertThat(listing(dir)).containsExactly("result.JSON", "x.json");
    }

    @Test
    void dashIsStandardOutputForOneFormat(@TempDir Path dir) throws IOException {
        Path x = snapshot(dir, "x.json");
        Run json = run("assess", x.toString(), "--date", "2026-11-29", "--format", "json", "--out", "-");
        assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCode.OK);
        assertThat(json.out()).startsWith("{").contains("\"assessmentDate\" : \"2026-11-29\"").doesNotContain("ISMS assessment of");
        assertThat(json.err()).isEmpty();
        assertThat(dir.resolve("-")).doesNotExist();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = AssessorCommand.run(StandardOutput.over(bytes, StandardCharsets.UTF_8), new PrintWriter(err, true),
                "assess", x.toString(), "--date", "2026-11-29", "--format", "pdf", "--out", "-");
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(new String(bytes.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        Run two = run("assess", x.toString(), "--date", "2026-11-29", "--format", "json,md", "--out", "-");
        assertThat(two.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(two.err()).isEqualTo("error: --out - (standard output) takes one format, not 2 (json, md)\n");
    }

    @Test
    void unwritablePathsAreExitCodeTwoWithTheReason(@TempDir Path dir) throws IOException {
        Path x = snapshot(dir, "x.json");
        Path folder = Files.createDirectories(dir.resolve("taken.json"));
        Run onAFolder = run("assess", x.toString(), "--date", "2026-11-29", "--out", folder.toString());
        assertThat(onAFolder.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(onAFolder.err()).isEqualTo("error: cannot write " + folder + ": it is a folder\n");

        Run proc = run("assess", x.toString(), "--date", "2026-11-29", "--out", "/proc/x");
        assertThat(proc.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(proc.err()).isEqualTo("error: cannot create the folder /proc/x for /proc/x/x.json: no such file or folder\n");

        Path file = Files.writeString(dir.resolve("notes"), "mine");
        Run onAFile = run("assess", x.toString(), "--date", "2026-11-29", "--out", file.toString(), "--format", "json,md");
        assertThat(onAFile.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(onAFile.err()).isEqualTo("error: --out " + file + " is a file, not a folder: give a folder, or a file"
                + " name ending in .json\n");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void aReadOnlyFolderIsExitCodeTwoAndTheOldResultIsKept(@TempDir Path dir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root writes into read-only folders");
        Path x = snapshot(dir, "x.json");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("x.json"), "old result");
        out.toFile().setWritable(false);
        try {
            Run run = run("assess", x.toString(), "--date", "2026-11-29", "--out", out.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("error: cannot write " + out.resolve("x.json") + ": permission denied\n");
            assertThat(Files.readString(out.resolve("x.json"))).isEqualTo("old result");
        } finally {
            out.toFile().setWritable(true);
        }
    }

    @Test
    void aFailingStandardOutputIsExitCodeTwoWithItsReason(@TempDir Path dir) throws IOException {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = AssessorCommand.run(StandardOutput.over(full, StandardCharsets.UTF_8), new PrintWriter(err, true),
                "assess", snapshot(dir, "x.json").toString(), "--date", "2026-11-29", "--format", "text");
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("error: cannot write to standard output: No space left on device\n");
    }

    @Test
    void aResultIsWrittenWholeThroughATemporaryFileThatIsGoneAfterwards(@TempDir Path dir) throws IOException {
        Path x = snapshot(dir, "x.json");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("x.json"), "old result");
        Run run = run("assess", x.toString(), "--date", "2026-11-29", "--out", out.toString(), "--format", "json,md", "-q");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(listing(out)).containsExactly("x.json", "x.md");
        assertThat(out.resolve("x.json")).content().startsWith("{");
    }

    // 2. Exit codes as documented.

    @Test
    void aRuntimeErrorInAUsersRuleIsExitCodeTwoNamingTheRule(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path drl = rules.resolve("mine.drl");
        Files.writeString(drl, """
                package rules.mine;
                import org.ismsassessor.snapshot.Organization;

                rule "Divides by zero"
                    @requirement("4.2.1.a")
                    @grade("minor")
                when
                    Organization()
                then
                    int zero = 0;
                    System.out.println(1 / zero);
                end
                """);
        Run run = run("assess", snapshot(dir, "x.json").toString(), "--date", "2026-11-29", "--rules", rules.toString(),
                "--fail-on", "major", "-q");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: your rule \"Divides by zero\" (" + drl + ") failed in its consequence:"
                + " java.lang.ArithmeticException: / by zero\n");
    }

    @Test
    void aRuntimeErrorInAUsersConditionIsExitCodeTwoNamingTheRule(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path drl = rules.resolve("mine.drl");
        Files.writeString(drl, """
                package rules.mine;
                import org.ismsassessor.snapshot.Organization;

                rule "Reads past the end of the name"
                    @requirement("4.2.1.a")
                    @grade("minor")
                when
                    Organization( name.substring(1000) == "x" )
                then
                    System.out.println("never");
                end
                """);
        Run run = run("assess", snapshot(dir, "x.json").toString(), "--date", "2026-11-29", "--rules", rules.toString(), "-q");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: your rule \"Reads past the end of the name\" (" + drl + ") failed in its"
                + " condition: org.mvel2.PropertyAccessException: [Error: name.substring(1000): begin 1000, end 11, length 11]\n");
    }

    @Test
    void theWatchdogEndsARunPastItsTimeLimitAndGraceWithExitCodeTwo() throws Exception {
        CompletableFuture<Integer> ended = new CompletableFuture<>();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        try (RunWatchdog watchdog = RunWatchdog.arm(Duration.ofMillis(200), Duration.ofMillis(100), new PrintWriter(err),
                "x.json: too long", ended::complete)) {
            assertThat(ended.get(10, TimeUnit.SECONDS)).isEqualTo(ExitCode.BAD_INPUT);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(err.toString()).isEqualTo("error: x.json: too long\n");

        CompletableFuture<Integer> notEnded = new CompletableFuture<>();
        try (RunWatchdog watchdog = RunWatchdog.arm(Duration.ofMillis(100), Duration.ofMillis(100), new PrintWriter(err),
                "late", notEnded::complete)) {
            // Finished in time: closed before it fires.
        }
        Thread.sleep(400);
        assertThat(notEnded).isNotDone();
    }

    @Test
    void theExitGuardTellsACallToSystemExitFromASignal() {
        assertThat(ExitGuard.exitRequested()).isFalse();
    }

    // 3. Quiet by default.

    @Test
    void controlCharactersAreEscapedInTheTextSummaryAndInMessages(@TempDir Path dir) throws IOException {
        Path x = dir.resolve("x.json");
        Files.writeString(x, SNAPSHOT.replace("Example Ltd", "Evil\\u001b[2J\\u009b31m Ltd"));
        Run run = run("assess", x.toString(), "--date", "2026-11-29");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("ISMS assessment of Evil\\u001B[2J\\u009B31m Ltd").doesNotContain("\u001b", "\u009b");

        Run missing = run("history", "ORG\u001b[2J", "--data-dir", dir.resolve("data").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).isEqualTo("error: no client 'ORG\\u001B[2J' in the history " + dir.resolve("data")
                + "; known: []\n");
    }

    @Test
    void overlongUtf8IsRefusedLikeOtherBadUtf8(@TempDir Path dir) throws IOException {
        Path x = dir.resolve("x.json");
        byte[] bytes = SNAPSHOT.replace("Example Ltd", "..__etc").getBytes(StandardCharsets.UTF_8);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("__");
        bytes[at] = (byte) 0xC0;
        bytes[at + 1] = (byte) 0xAF;
        Files.write(x, bytes);
        Run run = run("validate", x.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo(x + " is not a valid snapshot: 1 error\n  $.organization.name: malformed JSON: the"
                + " file is not valid UTF-8 (overlong or out-of-range sequence 0xC0 0xAF); save it as UTF-8 (line 2,"
                + " column " + (at - text.indexOf('\n') ) + ")\n");
    }

    @Test
    void aHistoryFolderThatCannotBeMadeIsOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "not a folder");
        Run run = run("portfolio", "--data-dir", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: cannot open the history in " + file + ": a file of that name is in the way\n");
    }

    // 4. History next to a running server.

    @Test
    void aHistoryHeldByARunningServerIsSaidInOneLine(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldTheHistory.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String ready = new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8);
            assertThat(ready).isEqualTo("ready\n");
            String held = "error: the history in " + data + " is held by a running server (isms-assessor serve, process "
                    + holder.pid() + ", http://127.0.0.1:8080/): use its API (http://127.0.0.1:8080/api/v1), stop it, or"
                    + " give another folder with --data-dir DIR\n";
            Run portfolio = run("portfolio", "--data-dir", data.toString());
            assertThat(portfolio.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(portfolio.err()).isEqualTo(held);

            Run save = run("assess", snapshot(dir, "x.json").toString(), "--date", "2026-11-29", "--save",
                    "--data-dir", data.toString(), "-q");
            assertThat(save.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(save.err()).isEqualTo(held);

            Run history = run("history", "ORG", "--data-dir", data.toString());
            assertThat(history.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(history.err()).isEqualTo(held);

            // Without the server's note (another command holding it): what is known, still in one line.
            Files.delete(data.resolve(ServerMarker.FILE));
            Run other = run("portfolio", "--data-dir", data.toString());
            assertThat(other.err()).isEqualTo("error: the history in " + data + " is in use by another program (a running"
                    + " isms-assessor serve or another command): wait for it or stop it, or give another folder with"
                    + " --data-dir DIR\n");
        } finally {
            holder.destroy();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theDataFolderIsDataDirEverywhereAndServeKeepsDataAsAnAlias() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--data", "old-name");
        assertThat(serve.data).isEqualTo(Path.of("old-name"));
        ServeCommand renamed = new ServeCommand();
        new CommandLine(renamed).parseArgs("--data-dir", "new-name");
        assertThat(renamed.data).isEqualTo(Path.of("new-name"));
        for (String command : List.of("assess", "compare", "history", "portfolio", "serve")) {
            assertThat(run(command, "--help").out()).as(command).contains("--data-dir=DIR").doesNotContain("--data=");
        }
    }

    // 5. Safer defaults.

    @Test
    void compareOfSnapshotsWithoutDatesIsRefused() {
        String may = Samples.file(SamplePair.EARLIER).toString();
        String nov = Samples.file(SamplePair.LATER).toString();
        Run both = run("compare", may, nov);
        assertThat(both.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(both.err()).isEqualTo("error: " + may + " and " + nov + " are snapshots: give the date to assess each on,"
                + " --old-date YYYY-MM-DD and --new-date YYYY-MM-DD (or --date YYYY-MM-DD for both)\n");
        Run one = run("compare", may, nov, "--old-date", "2026-05-29");
        assertThat(one.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(one.err()).isEqualTo("error: " + nov + " is a snapshot: give the date to assess it on,"
                + " --new-date YYYY-MM-DD (or --date YYYY-MM-DD for both)\n");
        Run mixed = run("compare", may, nov, "--date", "2026-11-29", "--old-date", "2026-05-29");
        assertThat(mixed.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(mixed.err()).isEqualTo("error: give --date for both sides or --old-date and --new-date, not both\n");
        Run dated = run("compare", may, nov, "--date", "2026-11-29", "--format", "json");
        assertThat(dated.exitCode()).as(dated.err()).isEqualTo(ExitCode.OK);
        assertThat(dated.out()).startsWith("{").contains("2026-11-29");
    }

    @Test
    void noArgumentsPrintsTheUsageAndExitsWithTwo() {
        Run run = run();
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: no command given\nUsage: isms-assessor [-hV] [--verbose] [COMMAND]\n")
                .contains("  assess ").contains("Exit codes:");
    }

    @Test
    void valuesOutOfRangeAreRefused(@TempDir Path dir) throws IOException {
        String x = snapshot(dir, "x.json").toString();
        assertRefused(run("assess-all", dir.toString(), "--out", dir.resolve("out").toString(), "--threads", "0"),
                "Invalid value for option '--threads': 0 is out of range (from 1 to 256)");
        assertRefused(run("validate", x, "--max-facts", "0"), "Invalid value for option '--max-facts': 0 is out of range (1 or more)");
        assertRefused(run("validate", x, "--max-snapshot-mb", "-5"),
                "Invalid value for option '--max-snapshot-mb': -5 is out of range (from 1 to 1048576)");
        assertRefused(run("assess", x, "--time-limit", "-1"), "Invalid value for option '--time-limit': -1 is out of range (0 or more)");
        assertRefused(run("serve", "--port", "0"), "Invalid value for option '--port': 0 is out of range (from 1 to 65535)");
        assertRefused(run("serve", "--port", "70000"), "Invalid value for option '--port': 70000 is out of range (from 1 to 65535)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private static void assertRefused(Run run, String message) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: " + message + "\nRun with --help for usage.\n");
    }
}

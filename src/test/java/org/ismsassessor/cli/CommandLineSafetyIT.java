package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.generate.SnapshotGenerator;
import org.ismsassessor.generate.SnapshotSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 with the packaged jar, for what ends or quiets a whole process: a user's rule calling System.exit, a rule
 * busy past --time-limit, running out of memory, standard output on a full disk, the libraries' warnings and a wrong
 * database setting. Each with its exact exit code and message.
 */
class CommandLineSafetyIT {
    static final Path JAR = Path.of("target", "isms-assessor.jar").toAbsolutePath();
    static final Path WORK = Path.of("target", "cli-safety-it").toAbsolutePath();
    static final String SAMPLE = Path.of("samples", "sprout-startup.json").toAbsolutePath().toString();

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void built() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "the jar is built by package");
        Files.createDirectories(WORK);
    }

    private static Path rules(String name, String consequence) throws IOException {
        Path folder = Files.createDirectories(WORK.resolve(name));
        Files.writeString(folder.resolve(name + ".drl"), """
                package rules.mine;
                import org.ismsassessor.snapshot.Organization;

                rule "%s"
                    @requirement("4.2.1.a")
                    @grade("minor")
                when
                    Organization()
                then
                    %s
                end
                """.formatted(name, consequence));
        return folder;
    }

    @Test
    void systemExitInAUsersRuleIsExitCodeThreeNeverZero() throws Exception {
        Path rules = rules("exits", "System.exit(0);");
        Run run = run(List.of("assess", SAMPLE, "--date", "2026-11-29", "--rules", rules.toString(), "--fail-on", "major"));
        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: the run was ended by a call to System.exit (from a --rules file or a"
                + " library) before it finished; nothing was reported\n");
    }

    @Test
    void aRuleBusyInItsConsequenceIsEndedPastTheTimeLimitWithExitCodeTwo() throws Exception {
        Path rules = rules("loops", "long n = 0; while (n >= 0) { n = (n + 1) % 1000; }");
        // A snapshot of two facts: its rules reach the busy one in milliseconds, well inside the limit even on a loaded
        // machine (a session halted before the rule fires ends with the session's own message instead).
        Path tiny = WORK.resolve("tiny.json");
        Files.writeString(tiny, """
                {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "tiny",
                 "organization": {"id": "ORG", "name": "Example Ltd"}}
                """);
        Run run = run(List.of("assess", tiny.toString(), "--date", "2026-11-29", "--rules", rules.toString(),
                "--time-limit", "3", "-q"));
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + tiny + ": the assessment took longer than its time limit of 3 s"
                + " (--time-limit) and a rule did not stop; the run was ended\n");
    }

    @Test
    void outOfMemoryIsExitCodeThreeWithOneLineSayingHowToGiveMore() throws Exception {
        Path big = WORK.resolve("large.json");
        if (!Files.isRegularFile(big)) {
            try (OutputStream out = Files.newOutputStream(big)) {
                new SnapshotGenerator(Catalogue.load(Edition.ISO27001_2005)).write(SnapshotSize.LARGE, 1, out);
            }
        }
        Run run = run(List.of("-Xmx48m", "-jar", JAR.toString(), "validate", big.toString()), null, true);
        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("error: out of memory: the Java heap of 48 MiB is too small for this run; give"
                + " more with ISMS_ASSESSOR_JAVA_OPTS=-Xmx2g ./isms-assessor ... (or java -Xmx... -jar isms-assessor.jar ...)\n");
    }

    @Test
    void aFullStandardOutputIsExitCodeTwo() throws Exception {
        assumeTrue(new File("/dev/full").exists(), "a /dev/full");
        Run run = run(List.of("assess", SAMPLE, "--date", "2026-11-29", "--format", "text"), new File("/dev/full"), false);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: cannot write to standard output: No space left on device\n");
    }

    @Test
    void noWarningOnStandardErrorInNormalUseAndVerboseShowsThem() throws Exception {
        Path data = WORK.resolve("quiet-data");
        deleteTree(data);
        Path reports = WORK.resolve("quiet-reports");
        Run save = run(List.of("assess", SAMPLE, "--date", "2026-11-29", "--save", "--data-dir", data.toString(),
                "--format", "pdf,xlsx", "--out", reports.toString(), "-q"));
        assertThat(save.exit()).as(save.err()).isZero();
        assertThat(save.err()).isEmpty();
        Run portfolio = run(List.of("portfolio", "--data-dir", data.toString(), "--date", "2026-12-01"));
        assertThat(portfolio.exit()).as(portfolio.err()).isZero();
        assertThat(portfolio.err()).isEmpty();
        Run history = run(List.of("history", "ORG-SPROUT", "--data-dir", data.toString()));
        assertThat(history.exit()).as(history.err()).isZero();
        assertThat(history.err()).isEmpty();

        Run verbose = run(List.of("portfolio", "--data-dir", data.toString(), "--verbose"));
        assertThat(verbose.exit()).as(verbose.err()).isZero();
        assertThat(verbose.err()).contains(" INFO ").contains("Flyway");
    }

    @Test
    void aPdfThatCannotShowSomeCharactersSaysSoInOneWarningWithoutVerbose() throws Exception {
        // Linear A (U+10600, U+10601): assigned characters that neither the bundled font nor a usual system font has.
        Path snapshot = WORK.resolve("linear-a.json");
        Files.writeString(snapshot, Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8)
                .replace("\"name\": \"Sprout Labs\"", "\"name\": \"Sprout Labs \uD801\uDE00\uD801\uDE01\""), StandardCharsets.UTF_8);
        Path reports = WORK.resolve("linear-a-reports");
        deleteTree(reports);
        Run run = run(List.of("assess", snapshot.toString(), "--date", "2026-11-29", "--format", "pdf", "--out",
                reports.toString(), "-q"));
        assertThat(run.exit()).as(run.err()).isZero();
        // The characters themselves print as the terminal's encoding allows; their code points always.
        assertThat(run.err().lines().toList()).singleElement().asString().contains(" WARN  ")
                .contains("org.ismsassessor.report.PdfReport - The PDF cannot show ").contains(" (U+10600), ")
                .contains(" (U+10601) (no font on this system has them): they print as ")
                .endsWith(". Install a font covering them (e.g. Noto Sans CJK as a .ttf) to print them.");
        assertThat(reports.resolve("linear-a.pdf")).isRegularFile();
    }

    @Test
    void aWrongDatabaseSettingIsOneLine() throws Exception {
        Run run = run(List.of("serve", "--port", "18979", "--db-url", "jdbc:postgresql://127.0.0.1:1/none"));
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        List<String> lines = run.err().lines().filter(l -> !l.matches("^\\d{4}-\\d\\d-\\d\\dT.* INFO .*")).toList();
        assertThat(lines).containsExactly("error: the server cannot start: jdbc:postgresql://127.0.0.1:1/none: Connection"
                + " to 127.0.0.1:1 refused. Check that the hostname and port are correct and that the postmaster is"
                + " accepting TCP/IP connections.");
    }

    private static Run run(List<String> args) throws Exception {
        return run(args, null, false);
    }

    /** Runs java -jar (or, with {@code jvm}, java with the arguments as given). */
    private static Run run(List<String> args, File stdout, boolean jvm) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!jvm) {
            command.addAll(List.of("-Xmx1g", "-jar", JAR.toString()));
        }
        command.addAll(args);
        Path out = Files.createTempFile(WORK, "out", ".txt");
        Path err = Files.createTempFile(WORK, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        // serve --db-url needs the audit trail's key before it tries the database.
        builder.environment().put("ASSESSOR_AUDIT_KEY", "audit-key-of-the-command-line-tests-0123456789");
        Process process = builder.redirectOutput(stdout == null ? out.toFile() : stdout)
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 5 minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}

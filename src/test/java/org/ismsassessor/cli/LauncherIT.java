package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code ./isms-assessor} launcher (fast start, docs/performance.md): with the class-data archive the build
 * recorded it gives byte for byte the result of {@code java -jar}; the archive maps on this JDK; without the
 * archive it falls back to the jar, and without a build it says what to run. How fast it starts is measured by the
 * documented command, not here.
 */
class LauncherIT {
    static final Path LAUNCHER = Path.of("isms-assessor").toAbsolutePath();
    static final Path JAR = Path.of("target", "isms-assessor.jar").toAbsolutePath();
    static final Path APP = Path.of("target", "app").toAbsolutePath();
    static final Path WORK = Path.of("target", "launcher-it").toAbsolutePath();

    record Run(int exit, String output) {
    }

    @BeforeAll
    static void builtWithFastStart() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "the jar is built by package");
        assumeTrue(Files.isRegularFile(APP.resolve("isms-assessor.jsa")), "fast start not skipped (-Dfast-start.skip)");
        Files.createDirectories(WORK);
    }

    @Test
    void givesTheSameResultAsJavaJar() throws Exception {
        Path fast = WORK.resolve("launcher.json");
        Path plain = WORK.resolve("java-jar.json");
        Run launched = run(List.of(LAUNCHER.toString(), "assess", "samples/sprout-startup.json", "--date", "2026-11-29",
                "--out", fast.toString(), "-q"));
        Run jar = run(List.of(java(), "-jar", JAR.toString(), "assess", "samples/sprout-startup.json", "--date",
                "2026-11-29", "--out", plain.toString(), "-q"));

        assertThat(launched.exit()).as(launched.output()).isZero();
        assertThat(jar.exit()).as(jar.output()).isZero();
        assertThat(launched.output()).isEmpty();
        assertThat(Files.readAllBytes(fast)).isEqualTo(Files.readAllBytes(plain));
    }

    @Test
    void theRecordedArchiveMapsOnThisJdk() throws Exception {
        // -Xshare:on refuses to start when the archive cannot be used (another JDK, a changed class path).
        Run run = run(List.of(java(), "-XX:SharedArchiveFile=" + APP.resolve("isms-assessor.jsa"), "-Xshare:on",
                "-jar", APP.resolve("isms-assessor.jar").toString(), "--version"));
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output().strip()).isEqualTo("isms-assessor 0.1.0");
    }

    @Test
    void withoutTheArchiveRunsTheJarAndWithoutABuildSaysWhatToRun() throws Exception {
        Path home = WORK.resolve("plain-checkout");
        Files.createDirectories(home.resolve("target"));
        Path launcher = home.resolve("isms-assessor");
        Files.copy(LAUNCHER, launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.deleteIfExists(home.resolve("target").resolve("isms-assessor.jar"));

        Run unbuilt = run(List.of(launcher.toString(), "--version"));
        assertThat(unbuilt.exit()).isEqualTo(3);
        assertThat(unbuilt.output().strip()).isEqualTo("isms-assessor: " + home.resolve("target/isms-assessor.jar")
                + " is missing: build it first with ./mvnw -B -q package -DskipTests");

        Files.createSymbolicLink(home.resolve("target").resolve("isms-assessor.jar"), JAR);
        Run jarOnly = run(List.of(launcher.toString(), "--version"));
        assertThat(jarOnly.exit()).as(jarOnly.output()).isZero();
        assertThat(jarOnly.output().strip()).isEqualTo("isms-assessor 0.1.0");
    }

    @Test
    void aCollectorChosenInTheJavaOptionsReplacesTheLaunchersOwn() throws Exception {
        // The JVM refuses to start with two collectors; the launcher gives way to the user's.
        Run run = run(List.of(LAUNCHER.toString(), "--version"), "-XX:+UseG1GC -Xmx512m");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output().strip()).isEqualTo("isms-assessor 0.1.0");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Run run(List<String> command) throws Exception {
        return run(command, null);
    }

    private static Run run(List<String> command, String javaOptions) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("ISMS_ASSESSOR_JAVA_OPTS");
        if (javaOptions != null) {
            builder.environment().put("ISMS_ASSESSOR_JAVA_OPTS", javaOptions);
        }
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(4, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}

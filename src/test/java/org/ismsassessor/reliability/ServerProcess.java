package org.ismsassessor.reliability;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged jar's {@code serve} as a separate process, for the fault tests: started on a port and a data folder
 * (or a PostgreSQL database), killed with SIGKILL or stopped, its output in target/reliability/NAME.log.
 */
final class ServerProcess implements AutoCloseable {
    static final String ADMIN_PASSWORD = "fault-test-admin-password";
    static final Path JAR = Path.of("target", "isms-assessor.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final Path log;
    private final Http http;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.http = new Http("http://127.0.0.1:" + port, Duration.ofSeconds(120));
    }

    /** Skips the test when the jar is not built (the fault tests run after package, under failsafe). */
    static void assumeJar() {
        assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run after package (./mvnw verify)");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The jar's command line: java -jar isms-assessor.jar ARGS. */
    static List<String> command(List<String> args) {
        return command("-Xmx1g", args);
    }

    /** The jar's command line with this heap option: java -Xmx... -jar isms-assessor.jar ARGS. */
    static List<String> command(String heap, List<String> args) {
        List<String> command = new ArrayList<>(List.of(java().toString(), heap, "-jar", JAR.toString()));
        command.addAll(args);
        return command;
    }

    /** Starts {@code serve --port PORT} with these further options and environment; returns once healthy. */
    static ServerProcess start(String name, int port, List<String> options, Map<String, String> env) {
        return start(name, "-Xmx1g", port, options, env);
    }

    /** The same on a heap of this size (e.g. -Xmx2g). */
    static ServerProcess start(String name, String heap, int port, List<String> options, Map<String, String> env) {
        List<String> args = new ArrayList<>(List.of("serve", "--port", String.valueOf(port)));
        args.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command(heap, args));
        builder.environment().put("ASSESSOR_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Required with --db-url; on the embedded database it spares a key file per data folder.
        builder.environment().put("ASSESSOR_AUDIT_KEY", "audit-key-of-the-reliability-tests-0123456789");
        builder.environment().putAll(env);
        Path log;
        Process process;
        try {
            log = Files.createDirectories(Path.of("target", "reliability")).resolve(name + ".log");
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerProcess server = new ServerProcess(process, log, port);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the server exited with " + process.exitValue() + " while starting:\n" + server.logTail());
            }
            Http.Answer health = server.http.get(null, "/api/v1/health");
            if (health.status() == 200) {
                return server;
            }
            sleep(Duration.ofMillis(500));
        }
        server.kill();
        return fail("the server did not become healthy in " + START_TIMEOUT + ":\n" + server.logTail());
    }

    Http http() {
        return http;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** kill -9 of the server and any process it started; returns once it is gone. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The whole log of this server. */
    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

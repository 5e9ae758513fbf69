package org.ismsassessor.reliability;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local Debian PostgreSQL cluster serving a JDBC URL (found by its port with pg_lsclusters), stopped and
 * started with pg_ctlcluster as root, for the database fault test.
 */
final class PostgresCluster {
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)(\\?.*)?");
    private final String version;
    private final String name;
    private final int port;

    private PostgresCluster(String version, String name, int port) {
        this.version = version;
        this.name = name;
        this.port = port;
    }

    /** The cluster of this URL on this machine; the test is skipped when there is none, or we are not root. */
    static PostgresCluster serving(String jdbcUrl) {
        Matcher url = URL.matcher(jdbcUrl);
        assumeTrue(url.matches(), "not a PostgreSQL JDBC URL: " + jdbcUrl);
        assumeTrue(List.of("127.0.0.1", "localhost", "::1").contains(url.group(1)), "PostgreSQL not on this machine");
        assumeTrue("root".equals(System.getProperty("user.name")), "stopping PostgreSQL needs root");
        int port = url.group(2) == null ? 5432 : Integer.parseInt(url.group(2));
        Result clusters = run(Duration.ofSeconds(30), "pg_lsclusters", "-h");
        assumeTrue(clusters.exit() == 0, "no pg_lsclusters (Debian's PostgreSQL)");
        for (String line : clusters.output().split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 4 && columns[2].equals(String.valueOf(port))) {
                assumeTrue(columns[3].startsWith("online"), "the PostgreSQL cluster on port " + port + " is not online");
                return new PostgresCluster(columns[0], columns[1], port);
            }
        }
        assumeTrue(false, "no local PostgreSQL cluster on port " + port);
        throw new IllegalStateException();
    }

    /** The same URL naming another database. */
    static String withDatabase(String jdbcUrl, String database) {
        Matcher url = URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException(jdbcUrl);
        }
        return "jdbc:postgresql://" + url.group(1) + (url.group(2) == null ? "" : ":" + url.group(2)) + "/" + database
                + Optional.ofNullable(url.group(4)).orElse("");
    }

    @Override
    public String toString() {
        return "PostgreSQL " + version + " cluster " + name + " on port " + port;
    }

    /** Creates the database, owned by {@code owner}, unless it exists. */
    void createDatabaseIfMissing(String database, String owner) {
        Result exists = asPostgres("psql -p " + port + " -tAc \"SELECT 1 FROM pg_database WHERE datname = '"
                + database + "'\"");
        if (exists.exit() != 0) {
            throw new IllegalStateException("cannot list databases: " + exists.output());
        }
        if (!exists.output().trim().equals("1")) {
            Result created = asPostgres("createdb -p " + port + " -O " + owner + " " + database);
            if (created.exit() != 0) {
                throw new IllegalStateException("cannot create database " + database + ": " + created.output());
            }
        }
    }

    /** pg_ctlcluster stop -m fast: connections are cut at once, transactions in progress rolled back. */
    void stop() {
        Result stopped = run(Duration.ofMinutes(2), "pg_ctlcluster", version, name, "stop", "-m", "fast");
        if (stopped.exit() != 0) {
            throw new IllegalStateException("cannot stop " + this + ": " + stopped.output());
        }
    }

    boolean online() {
        return run(Duration.ofSeconds(30), "pg_ctlcluster", version, name, "status").exit() == 0;
    }

    /** Starts the cluster unless it runs, and waits until it accepts connections. */
    void start() {
        if (!online()) {
            Result started = run(Duration.ofMinutes(2), "pg_ctlcluster", version, name, "start");
            if (started.exit() != 0 && !online()) {
                throw new IllegalStateException("cannot start " + this + ": " + started.output());
            }
        }
        for (int i = 0; i < 60; i++) {
            if (run(Duration.ofSeconds(10), "pg_isready", "-q", "-h", "127.0.0.1", "-p", String.valueOf(port)).exit() == 0) {
                return;
            }
            ServerProcess.sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(this + " does not accept connections after its start");
    }

    private static Result asPostgres(String command) {
        return run(Duration.ofMinutes(1), "su", "postgres", "-c", command);
    }

    record Result(int exit, String output) {
    }

    static Result run(Duration timeout, String... command) {
        try {
            // Output to a file, not a pipe: a server started in the background could hold a pipe open.
            Path output = Files.createTempFile("reliability-command", ".txt");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return new Result(-1, String.join(" ", command) + ": timed out");
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            return new Result(-1, String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

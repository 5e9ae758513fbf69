package org.ismsassessor.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A load run against a running server over real HTTP: {@code clients} simulated clients at once, each on its own
 * thread of a fixed pool, submitting its share of {@code submissions} snapshots one after the other with its own
 * API token. Every snapshot is different (organization id per client, name per submission). Then every result
 * is read back and checked: the client, the SHA-256 of exactly the bytes sent, the snapshot name, the snapshot
 * endpoint's bytes, and each client's result list holding exactly that client's submissions.
 *
 * <p>Set-up (not counted in the throughput): the admin creates each client and an API token for it, so that no
 * request of the run pays for an Argon2 password check. With {@code consultants}, each client gets instead a
 * consultant granted only that client, who creates the token (two Argon2 hashes per client: about half a minute
 * for 50 clients on a busy 2-core machine, too slow for the regression run).
 */
final class LoadDriver {
    /** The first assessment date; a client's j-th submission is assessed on this date plus j days. */
    private static final LocalDate FIRST_DATE = LocalDate.of(2026, 1, 1);
    private static final String PASSWORD = "load-test-password-1234";

    /** How big a run is, and how long it may take in all. */
    record Settings(int clients, int submissions, boolean consultants, String runId, Duration deadline) {
        Settings {
            if (clients < 1 || submissions < clients) {
                throw new IllegalArgumentException("need at least one client and one submission per client");
            }
        }

        /**
         * From -Dload.clients (default 50), -Dload.submissions (default as given), -Dload.consultants (default
         * false) and -Dload.deadline-minutes (default 10); the run id names this run's clients and users, so runs
         * on one database never mix.
         */
        static Settings fromSystemProperties(int defaultSubmissions) {
            String runId = Long.toString(System.currentTimeMillis(), 36)
                    + Integer.toString((int) (Math.random() * 36 * 36), 36);
            return new Settings(Integer.getInteger("load.clients", 50),
                    Integer.getInteger("load.submissions", defaultSubmissions),
                    Boolean.parseBoolean(System.getProperty("load.consultants", "false")), runId,
                    Duration.ofMinutes(Integer.getInteger("load.deadline-minutes", 10)));
        }
    }

    /** One submission: what is sent, and what came back. */
    private static final class Submission {
        final int client;
        final String organization;
        final String name;
        final LocalDate date;
        final byte[] bytes;
        final String sha256;
        volatile Http.Answer answer;
        volatile String id;

        Submission(int index, int client, int ofClient, String runId, String organization) {
            this.client = client;
            this.organization = organization;
            this.name = "Load " + runId + " client " + client + " submission " + ofClient + " #" + index;
            this.date = FIRST_DATE.plusDays(ofClient);
            this.bytes = Snapshots.of(organization, name);
            this.sha256 = Http.sha256(bytes);
        }
    }

    /** What a run measured and found; {@link #errors} is empty when every submission was answered and verified. */
    record Report(String target, Settings settings, double setupSeconds, double submitSeconds, int created,
            long[] submitNanos, double verifySeconds, int verified, long[] readNanos, List<String> errors) {

        double throughput() {
            return settings.submissions() / submitSeconds;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "Load run %s against %s: %d clients at once, %d submissions%n",
                    settings.runId(), target, settings.clients(), settings.submissions()));
            text.append(String.format(Locale.ROOT, "  set-up (clients, %s): %.1f s%n",
                    settings.consultants() ? "a consultant per client with an API token" : "an admin API token per client",
                    setupSeconds));
            text.append(String.format(Locale.ROOT, "  submissions: %d answered 201 of %d in %.1f s = %.1f per second%n",
                    created, settings.submissions(), submitSeconds, throughput()));
            text.append("  submission latency: ").append(percentiles(submitNanos)).append('\n');
            text.append(String.format(Locale.ROOT, "  verified: %d of %d (client, sha256, name, snapshot bytes, client "
                    + "lists) in %.1f s; read latency: %s%n", verified, settings.submissions(), verifySeconds,
                    percentiles(readNanos)));
            text.append("  errors: ").append(errors.size());
            errors.stream().limit(20).forEach(e -> text.append("\n    ").append(e));
            if (errors.size() > 20) {
                text.append("\n    ...");
            }
            return text.append('\n').toString();
        }

        static String percentiles(long[] nanos) {
            if (nanos.length == 0) {
                return "none";
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "p50 %d ms, p90 %d ms, p99 %d ms, max %d ms (%d requests)",
                    millis(sorted, 50), millis(sorted, 90), millis(sorted, 99), sorted[sorted.length - 1] / 1_000_000,
                    sorted.length);
        }

        /** Nearest-rank percentile, in whole milliseconds. */
        static long millis(long[] sorted, int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1_000_000;
        }
    }

    private final Http http;
    private final String admin;
    private final Settings settings;
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();

    /** {@code adminAuthorization}: an admin's Authorization header (used for the set-up only). */
    LoadDriver(Http http, String adminAuthorization, Settings settings) {
        this.http = http;
        this.admin = adminAuthorization;
        this.settings = settings;
    }

    Report run() throws InterruptedException {
        int clients = settings.clients();
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            // Set-up: each client, and its token (of its consultant or of the admin).
            long start = System.nanoTime();
            String adminToken = Http.bearer(http.token(admin, "load " + settings.runId()));
            String[] organizations = new String[clients];
            String[] tokens = new String[clients];
            runAll(pool, clients, deadline, k -> {
                organizations[k] = String.format(Locale.ROOT, "LOAD-%s-%03d", settings.runId(), k);
                String user = String.format(Locale.ROOT, "load-%s-%03d", settings.runId(), k);
                expect(http.postJson(adminToken, "/api/v1/clients", "{\"id\":\"" + organizations[k]
                        + "\",\"name\":\"Load client " + k + "\"}"), 201, "create client " + organizations[k]);
                if (!settings.consultants()) {
                    // Only a password creates tokens (one Argon2 check each, in the set-up only).
                    tokens[k] = Http.bearer(http.token(admin, "load " + organizations[k]));
                    return;
                }
                expect(http.postJson(adminToken, "/api/v1/users", "{\"username\":\"" + user + "\",\"password\":\""
                        + PASSWORD + "\",\"role\":\"consultant\",\"clients\":[\"" + organizations[k] + "\"]}"),
                        201, "create user " + user);
                tokens[k] = Http.bearer(http.token(Http.basic(user, PASSWORD), "load"));
            });
            double setupSeconds = seconds(System.nanoTime() - start);
            if (!errors.isEmpty()) {
                return report(setupSeconds, 0, 0, new long[0], 0, 0, new long[0]);
            }

            // The snapshots, all built before the clock starts.
            List<List<Submission>> perClient = new ArrayList<>();
            for (int k = 0; k < clients; k++) {
                perClient.add(new ArrayList<>());
            }
            List<Submission> all = new ArrayList<>();
            for (int i = 0; i < settings.submissions(); i++) {
                int k = i % clients;
                Submission s = new Submission(i, k, perClient.get(k).size(), settings.runId(), organizations[k]);
                perClient.get(k).add(s);
                all.add(s);
            }

            // The load: every client at once, each submitting its share one after the other.
            start = System.nanoTime();
            runAll(pool, clients, deadline, k -> {
                for (Submission s : perClient.get(k)) {
                    if (System.nanoTime() - deadline > 0) {
                        return;
                    }
                    s.answer = http.postJson(tokens[k], "/api/v1/assessments?date=" + s.date, s.bytes);
                }
            });
            double submitSeconds = seconds(System.nanoTime() - start);
            long[] submitNanos = all.stream().filter(s -> s.answer != null).mapToLong(s -> s.answer.nanos()).toArray();
            int created = 0;
            Set<String> ids = new HashSet<>();
            for (Submission s : all) {
                if (s.answer == null) {
                    errors.add(s.name + ": not sent before the deadline");
                } else if (s.answer.status() != 201) {
                    errors.add(s.name + ": " + s.answer.describe());
                } else {
                    created++;
                    JsonNode body = s.answer.json();
                    s.id = body.path("id").asString("");
                    if (s.id.isBlank() || !ids.add(s.id)) {
                        errors.add(s.name + ": no id or an id given twice: '" + s.id + "'");
                        s.id = null;
                    } else if (!s.organization.equals(body.path("client").asString(""))) {
                        errors.add(s.name + ": answered with client " + body.path("client") + ", sent "
                                + s.organization);
                    }
                }
            }

            // Verification: each result read back with the client's own token, then each client's list.
            start = System.nanoTime();
            Queue<Long> readNanos = new ConcurrentLinkedQueue<>();
            AtomicInteger verified = new AtomicInteger();
            runAll(pool, clients, deadline, k -> {
                for (Submission s : perClient.get(k)) {
                    if (s.id != null && verify(s, tokens[k], readNanos)) {
                        verified.incrementAndGet();
                    }
                }
                Http.Answer list = http.get(tokens[k], "/api/v1/clients/" + organizations[k] + "/results");
                readNanos.add(list.nanos());
                if (expect(list, 200, "results of " + organizations[k])) {
                    Set<String> listed = new HashSet<>();
                    list.json().forEach(r -> listed.add(r.path("id").asString("")));
                    Set<String> sent = new HashSet<>();
                    perClient.get(k).stream().filter(s -> s.id != null).forEach(s -> sent.add(s.id));
                    if (!listed.equals(sent)) {
                        errors.add(organizations[k] + ": lists " + listed.size() + " results " + listed
                                + ", expected exactly its " + sent.size() + " submissions " + sent);
                    }
                }
            });
            double verifySeconds = seconds(System.nanoTime() - start);
            return report(setupSeconds, submitSeconds, created, submitNanos, verifySeconds, verified.get(),
                    readNanos.stream().mapToLong(Long::longValue).toArray());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads a stored result and its snapshot; true when both are exactly what was sent. */
    private boolean verify(Submission s, String token, Queue<Long> readNanos) {
        Http.Answer result = http.get(token, "/api/v1/results/" + s.id);
        readNanos.add(result.nanos());
        boolean ok = expect(result, 200, s.name + ": result " + s.id);
        if (ok) {
            JsonNode snapshot = result.json().path("snapshot");
            ok = check(s, "snapshot.sha256", snapshot.path("sha256").asString(""), s.sha256)
                    & check(s, "snapshot.organizationId", snapshot.path("organizationId").asString(""), s.organization)
                    & check(s, "snapshot.name", snapshot.path("name").asString(""), s.name);
        }
        Http.Answer bytes = http.get(token, "/api/v1/results/" + s.id + "/snapshot");
        readNanos.add(bytes.nanos());
        if (!expect(bytes, 200, s.name + ": snapshot of " + s.id)) {
            return false;
        }
        if (!Arrays.equals(bytes.body(), s.bytes)) {
            errors.add(s.name + ": the snapshot endpoint of " + s.id + " returns " + bytes.body().length
                    + " bytes with sha256 " + Http.sha256(bytes.body()) + ", not the " + s.bytes.length
                    + " bytes sent (" + s.sha256 + ")");
            return false;
        }
        return ok;
    }

    private boolean check(Submission s, String what, String actual, String expected) {
        if (!actual.equals(expected)) {
            errors.add(s.name + ": result " + s.id + " has " + what + " '" + actual + "', expected '" + expected + "'");
            return false;
        }
        return true;
    }

    private boolean expect(Http.Answer answer, int status, String what) {
        if (answer.status() != status) {
            errors.add(what + ": expected " + status + ", got " + answer.describe());
            return false;
        }
        return true;
    }

    private interface ClientTask {
        void run(int client) throws Exception;
    }

    /** Runs one task per client on the pool, all released at once, and waits for them (at most to the deadline). */
    private void runAll(ExecutorService pool, int clients, long deadline, ClientTask task) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        for (int k = 0; k < clients; k++) {
            int client = k;
            pool.execute(() -> {
                try {
                    go.await();
                    task.run(client);
                } catch (Exception | AssertionError e) {
                    errors.add("client " + client + ": " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        go.countDown();
        if (!done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            errors.add("the run passed its deadline of " + settings.deadline() + " (-Dload.deadline-minutes)");
            throw new IllegalStateException("load run past its deadline: " + errors);
        }
    }

    private Report report(double setup, double submit, int created, long[] submitNanos, double verify, int verified,
            long[] readNanos) {
        Report report = new Report(http.base(), settings, setup, submit, created, submitNanos, verify, verified,
                readNanos, List.copyOf(errors));
        try {
            Path folder = Files.createDirectories(Path.of("target", "reliability"));
            Files.writeString(folder.resolve("load-" + settings.runId() + ".txt"), report.toString(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}

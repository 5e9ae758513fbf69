package org.ismsassessor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The jar's server killed with SIGKILL while submissions are in flight, then started again on the same data
 * folder (embedded H2 file): every result stored before the kill is there, identical; a submission cut off by the
 * kill is either stored whole or not at all; the API token made before the kill still works.
 *
 * <p>Known loss (docs/reliability.md, Faults): H2 writes committed transactions to its file in the background,
 * after its WRITE_DELAY (500 ms by default), so results answered 201 within the last moments before a SIGKILL can be
 * missing after the restart. They are reported; with -Dfault.kill.strict=true they fail the test. Results answered before a pause of
 * {@link #SETTLE} are always checked.
 */
class KillRestartIT {
    /** Clients submitting at once, each its snapshots one after the other. */
    private static final int CLIENTS = 8;
    /** Much longer than H2's delay before it writes commits to its file (WRITE_DELAY, 500 ms by default). */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    /**
     * A snapshot sent and its result id: null when cut off by the kill (no answer), or when the answer was neither
     * 201 nor a connection-level failure (then {@code unexpected} says what it was).
     */
    private record Sent(String client, String name, byte[] bytes, String id, String unexpected, long answeredAt) {
    }

    @Test
    void everyResultStoredBeforeTheKillIsThereAfterTheRestart() throws Exception {
        ServerProcess.assumeJar();
        Path data = Path.of("target", "reliability", "kill-restart-data");
        deleteTree(data);
        Files.createDirectories(data);
        int port = ServerProcess.freePort();
        List<String> options = List.of("--data", data.toString());
        String run = Long.toString(System.currentTimeMillis(), 36);

        Map<String, byte[]> resultsBefore = new HashMap<>();
        List<Sent> settled = new ArrayList<>();
        Queue<Sent> last = new ConcurrentLinkedQueue<>();
        Queue<Sent> cutOff = new ConcurrentLinkedQueue<>();
        String token;
        long killedAt;
        try (ServerProcess server = ServerProcess.start("kill-restart", port, options, Map.of())) {
            Http http = server.http();
            token = Http.bearer(http.token(Http.basic("admin", ServerProcess.ADMIN_PASSWORD), "kill-restart"));

            // First, 24 submissions answered and read back; then a pause.
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            Queue<Sent> first = new ConcurrentLinkedQueue<>();
            for (int k = 0; k < CLIENTS; k++) {
                int client = k;
                pool.execute(() -> {
                    for (int n = 0; n < 3; n++) {
                        first.add(submit(http, token, run, client, n));
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
            assertThat(first).hasSize(3 * CLIENTS).allSatisfy(s -> assertThat(s.id()).as(s.unexpected()).isNotNull());
            for (Sent sent : first) {
                Http.Answer result = http.get(token, "/api/v1/results/" + sent.id());
                assertThat(result.status()).as(result.describe()).isEqualTo(200);
                resultsBefore.put(sent.id(), result.body());
            }
            settled.addAll(first);
            ServerProcess.sleep(SETTLE);

            // Then every client submitting without pause, and the server killed after 10 more answers.
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger created = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int k = 0; k < CLIENTS; k++) {
                int client = k;
                clients.execute(() -> {
                    for (int n = 100; !stop.get(); n++) {
                        Sent sent = submit(http, token, run, client, n);
                        if (sent.id() == null) {
                            cutOff.add(sent);
                            return;
                        }
                        last.add(sent);
                        created.incrementAndGet();
                    }
                });
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (created.get() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            server.kill();
            killedAt = System.nanoTime();
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            assertThat(created.get()).as("answers before the kill").isGreaterThanOrEqualTo(10);
            assertThat(cutOff).as("answers neither 201 nor cut off").allSatisfy(s -> assertThat(s.unexpected()).isNull());
            System.out.printf("kill -9 with %d submissions answered 201 (%d of them in the last %.1f s) and %d cut "
                    + "off without an answer%n", settled.size() + last.size(), last.size(),
                    (killedAt - last.stream().mapToLong(Sent::answeredAt).min().orElse(killedAt)) / 1e9, cutOff.size());
        }

        try (ServerProcess server = ServerProcess.start("kill-restart", port, options, Map.of())) {
            Http http = server.http();
            // Results answered before the pause: all there, byte for byte as read before the kill.
            for (Sent sent : settled) {
                Http.Answer result = http.get(token, "/api/v1/results/" + sent.id());
                assertThat(result.status()).as("%s: %s", sent.name(), result.describe()).isEqualTo(200);
                assertThat(result.body()).as("result %s read before the kill and after", sent.id())
                        .isEqualTo(resultsBefore.get(sent.id()));
                assertStoredWhole(http, token, sent, sent.id(), result);
            }
            // Results answered in the last moments: there and whole, or (H2's write delay) lost.
            List<String> lost = new ArrayList<>();
            for (Sent sent : last) {
                Http.Answer result = http.get(token, "/api/v1/results/" + sent.id());
                if (result.status() == 404) {
                    lost.add(String.format(Locale.ROOT, "%s (%s) answered 201 %.2f s before the kill", sent.name(),
                            sent.id(), (killedAt - sent.answeredAt()) / 1e9));
                } else {
                    assertStoredWhole(http, token, sent, sent.id(), result);
                }
            }

            // Each client lists its results still there and any cut-off submissions stored whole, nothing else.
            Map<String, Sent> byName = new HashMap<>();
            Stream.of(settled.stream(), last.stream(), cutOff.stream()).flatMap(s -> s).forEach(s -> byName.put(s.name(), s));
            int cutOffStored = 0;
            int listedInAll = 0;
            for (int k = 0; k < CLIENTS; k++) {
                String client = client(run, k);
                Http.Answer list = http.get(token, "/api/v1/clients/" + client + "/results");
                assertThat(list.status()).as(list.describe()).isEqualTo(200);
                for (JsonNode row : list.json()) {
                    listedInAll++;
                    Sent sent = byName.get(row.path("snapshotName").asString(""));
                    assertThat(sent).as("listed result %s is one of the snapshots sent", row).isNotNull();
                    assertThat(sent.client()).isEqualTo(client);
                    if (sent.id() == null) {
                        cutOffStored++;
                        assertStoredWhole(http, token, sent, row.path("id").asString(),
                                http.get(token, "/api/v1/results/" + row.path("id").asString()));
                    } else {
                        assertThat(row.path("id").asString()).isEqualTo(sent.id());
                    }
                }
            }
            assertThat(listedInAll).isEqualTo(settled.size() + last.size() - lost.size() + cutOffStored);
            System.out.printf("after the restart: all %d results answered before the pause there and identical; "
                    + "%d of the %d answered in the last moments there and whole, %d lost; %d of %d cut-off "
                    + "submissions stored whole, the others not at all%n", settled.size(), last.size() - lost.size(),
                    last.size(), lost.size(), cutOffStored, cutOff.size());
            lost.forEach(l -> System.out.println("  LOST (H2 write delay, docs/reliability.md): " + l));
            if (!"false".equals(System.getProperty("fault.kill.strict"))) {
                assertThat(lost).as("results answered 201 before the kill and missing after the restart").isEmpty();
            }

            // And the restarted server takes new submissions, with the token made before the kill.
            assertThat(submit(http, token, run, 0, 9999).id()).isNotNull();
        }
    }

    private static String client(String run, int k) {
        return "KILL-" + run + "-" + k;
    }

    private static Sent submit(Http http, String token, String run, int k, int n) {
        String client = client(run, k);
        String name = "Kill " + run + " client " + k + " submission " + n;
        byte[] bytes = Snapshots.of(client, name);
        Http.Answer answer = http.postJson(token, "/api/v1/assessments?date=2026-11-29", bytes);
        return new Sent(client, name, bytes, answer.status() == 201 ? answer.json().path("id").asString() : null,
                answer.status() == 201 || answer.failure() != null ? null : name + ": " + answer.describe(),
                System.nanoTime());
    }

    /** The stored result is of this snapshot: its client, name, SHA-256, and the snapshot's exact bytes. */
    private static void assertStoredWhole(Http http, String token, Sent sent, String id, Http.Answer result) {
        assertThat(result.status()).as(result.describe()).isEqualTo(200);
        JsonNode snapshot = result.json().path("snapshot");
        assertThat(snapshot.path("sha256").asString()).as("sha256 of %s", id).isEqualTo(Http.sha256(sent.bytes()));
        assertThat(snapshot.path("organizationId").asString()).isEqualTo(sent.client());
        assertThat(snapshot.path("name").asString()).isEqualTo(sent.name());
        Http.Answer bytes = http.get(token, "/api/v1/results/" + id + "/snapshot");
        assertThat(bytes.status()).as(bytes.describe()).isEqualTo(200);
        assertThat(bytes.body()).as("snapshot of %s", id).isEqualTo(sent.bytes());
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package org.ismsassessor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The submission that took the service down for every tenant (issue #21): the sprout sample plus 200,000
 * accounts (26 MB, 400,000 findings, a result of about 500 MB of JSON), on the jar's server with a heap of 2 GiB,
 * admitted (one assessment at a time, with a memory budget of 1.5 GiB, which it fits) so that it is really
 * assessed. It is refused (the result larger than the limit) with a problem detail and nothing stored; the
 * server stays UP; the next user, who submitted while it ran, waited in the queue and got its result; the admin
 * still signs in with a password. On the embedded H2 and, when ASSESSOR_TEST_POSTGRES_URL is set (as root, on the
 * local cluster of that URL, see .ci/postgres), PostgreSQL, in a database of its own, assessor_large.
 */
class LargeSubmissionIT {
    private static final String HEAP = "-Xmx2g";
    private static final int ACCOUNTS = 200_000;
    private static final Map<String, String> ONE_AT_A_TIME = Map.of(
            "ASSESSOR_LIMITS_CONCURRENT_ASSESSMENTS", "1",
            "ASSESSOR_LIMITS_ASSESSMENT_MEMORY_MB", "1536",
            // The next user waits for the large one, however slow the machine.
            "ASSESSOR_LIMITS_QUEUE_WAIT_SECONDS", "600");

    @Test
    void onTheEmbeddedDatabase() throws Exception {
        ServerProcess.assumeJar();
        Path data = Files.createDirectories(Path.of("target", "reliability", "large-submission-h2-"
                + System.currentTimeMillis()));
        run("large-submission-h2", List.of("--data", data.toString()), ONE_AT_A_TIME);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "ASSESSOR_TEST_POSTGRES_URL", matches = ".+")
    void onPostgres() throws Exception {
        ServerProcess.assumeJar();
        // A database of its own (as DatabaseOutageIT's), whose admin is this test's, not the unit tests'.
        String testUrl = System.getenv("ASSESSOR_TEST_POSTGRES_URL");
        String user = env("ASSESSOR_TEST_POSTGRES_USER", "assessor");
        PostgresCluster.serving(testUrl).createDatabaseIfMissing("assessor_large", user);
        Map<String, String> env = new java.util.HashMap<>(ONE_AT_A_TIME);
        env.put("ASSESSOR_DB_PASSWORD", env("ASSESSOR_TEST_POSTGRES_PASSWORD", ""));
        run("large-submission-postgres", List.of("--db-url", PostgresCluster.withDatabase(testUrl, "assessor_large"),
                "--db-user", user), env);
    }

    private static void run(String name, List<String> options, Map<String, String> env) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
        String bigClient = "LARGE-" + run;
        String nextClient = "NEXT-" + run;
        byte[] big = sproutWithAccounts(bigClient, ACCOUNTS);
        try (ServerProcess server = ServerProcess.start(name, HEAP, ServerProcess.freePort(), options, env)) {
            Http http = server.http();
            String admin = Http.basic("admin", ServerProcess.ADMIN_PASSWORD);
            String adminToken = Http.bearer(http.token(admin, "large"));
            expect(http.postJson(adminToken, "/api/v1/clients", "{\"id\":\"" + nextClient + "\"}"), 201);
            String consultant = "next-" + run.toLowerCase(java.util.Locale.ROOT);
            expect(http.postJson(adminToken, "/api/v1/users", "{\"username\":\"" + consultant
                    + "\",\"password\":\"a-long-password-for-next\",\"role\":\"consultant\",\"clients\":[\""
                    + nextClient + "\"]}"), 201);
            String next = Http.basic(consultant, "a-long-password-for-next");

            long start = System.nanoTime();
            CompletableFuture<Http.Answer> large = CompletableFuture.supplyAsync(
                    () -> http.postJson(adminToken, "/api/v1/assessments?date=2026-11-29", big));
            // The next user submits while the large one is assessed: it waits for its turn, then is served.
            ServerProcess.sleep(Duration.ofSeconds(2));
            Http.Answer small = http.postJson(next, "/api/v1/assessments?date=2026-11-29",
                    Snapshots.of(nextClient, "Next user " + run));
            Http.Answer answer = large.get();
            System.out.printf(java.util.Locale.ROOT, "%s: %d bytes with %d accounts answered %d in %.1f s: %s%n",
                    name, big.length, ACCOUNTS, answer.status(), (System.nanoTime() - start) / 1e9, answer.describe());

            // Assessed (201) or refused with a problem detail, and then nothing of it is stored.
            assertThat(answer.status()).as(answer.describe()).isIn(201, 413, 422);
            if (answer.status() != 201) {
                assertThat(answer.header("Content-Type").orElse("")).startsWith("application/problem+json");
                JsonNode problem = answer.json();
                assertThat(problem.get("status").asInt()).isEqualTo(answer.status());
                assertThat(problem.get("detail").asString()).contains("Nothing was saved");
                expect(http.get(adminToken, "/api/v1/clients/" + bigClient + "/results"), 404);
            }
            assertThat(small.status()).as(small.describe()).isEqualTo(201);
            String id = small.json().get("id").asString();
            assertThat(http.get(next, "/api/v1/results/" + id + "/snapshot").body())
                    .isEqualTo(Snapshots.of(nextClient, "Next user " + run));

            // The service is UP for everyone, passwords included, and did not run out of memory.
            Http.Answer health = http.get(null, "/api/v1/health");
            assertThat(health.status()).as(health.describe()).isEqualTo(200);
            assertThat(health.json().get("status").asString()).isEqualTo("UP");
            expect(http.get(admin, "/api/v1/me"), 200);
            expect(http.get(next, "/api/v1/me"), 200);
            assertThat(server.alive()).isTrue();
            assertThat(server.log()).doesNotContain("OutOfMemoryError").doesNotContain("MVStore");
        }
    }

    /** The sprout sample filed under a client, with this many more accounts (compact JSON, about 110 bytes each). */
    static byte[] sproutWithAccounts(String client, int accounts) {
        ObjectNode sample = (ObjectNode) Http.JSON.readTree(Snapshots.of(client, "Large " + client));
        ArrayNode list = (ArrayNode) sample.get("accounts");
        List<JsonNode> templates = new java.util.ArrayList<>();
        list.forEach(templates::add);
        for (int i = 0; i < accounts; i++) {
            ObjectNode account = ((ObjectNode) templates.get(i % templates.size())).deepCopy();
            account.put("id", String.format(java.util.Locale.ROOT, "ACC-BULK-%06d", i));
            list.add(account);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Http.JSON.writeValue(out, sample);
        return out.toByteArray();
    }

    private static void expect(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.describe()).isEqualTo(status);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}

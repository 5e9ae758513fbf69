package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.ismsassessor.web.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the contract tests set up through the API itself: clients, users of a role granted some clients, and
 * snapshots of a bundled sample filed under a given client. Every name is unique, so the tests never depend on
 * what else the shared server holds.
 */
final class Setup {
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The date the samples are written for (see SampleSummaryTest), and the earlier BrightPath sample's. */
    static final String LATER_DATE = "2026-11-29";
    static final String EARLIER_DATE = "2026-05-29";
    static final String LATER = "brightpath-software.json";
    static final String EARLIER = "brightpath-software-2026-05.json";

    private Setup() {
    }

    /** A user that exists on the server: its name and password, HTTP Basic with them, and an API token of its own. */
    record User(String username, String password, Api.As basic, Api.As as) {
    }

    private static final Map<String, Api.As> ADMIN_TOKENS = new HashMap<>();

    /**
     * The admin, with an API token: a password is checked with Argon2 on every call, which would make up most of
     * the tests' time; HTTP Basic for the admin is what {@link Api#admin()} gives.
     */
    static synchronized Api.As admin(Api api) {
        Api.As cached = ADMIN_TOKENS.get(api.base());
        // A server started later on a port an earlier test server used does not know that server's token.
        if (cached == null || api.get(cached, "/api/v1/me").statusCode() != 200) {
            cached = Api.As.token(token(api, Api.admin()));
            ADMIN_TOKENS.put(api.base(), cached);
        }
        return cached;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A sample with its organization id set to the client's, parsed and written again with Jackson. */
    static byte[] snapshot(String sample, String client) {
        ObjectNode tree = (ObjectNode) JSON.readTree(Api.sample(sample));
        ((ObjectNode) tree.get("organization")).put("id", client);
        return JSON.writeValueAsBytes(tree);
    }

    /** A sample filed under a client of another name. */
    static byte[] snapshot(String sample, String client, String organizationName) {
        ObjectNode tree = (ObjectNode) JSON.readTree(snapshot(sample, client));
        ((ObjectNode) tree.get("organization")).put("name", organizationName);
        return JSON.writeValueAsBytes(tree);
    }

    /** A sample byte for byte, but for its organization id (which the sample holds once). */
    static byte[] sampleAsWritten(String sample, String client) {
        String text = new String(Api.sample(sample), StandardCharsets.UTF_8);
        String original = JSON.readTree(text).get("organization").get("id").asString();
        assertThat(text.split("\"" + original + "\"", -1)).hasSize(2);
        return text.replace("\"" + original + "\"", "\"" + client + "\"").getBytes(StandardCharsets.UTF_8);
    }

    static String createClient(Api api, String prefix) {
        String id = unique(prefix);
        var created = api.post(admin(api), "/api/v1/clients", "{\"id\":\"" + id + "\",\"name\":\"Client " + id + "\"}");
        assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
        return id;
    }

    static User createUser(Api api, String role, String... clients) {
        String username = unique(role.replace('_', '-')).toLowerCase(Locale.ROOT);
        String password = "password-of-" + username;
        ObjectNode body = JSON.createObjectNode().put("username", username).put("password", password).put("role", role);
        List.of(clients).forEach(body.putArray("clients")::add);
        if (clients.length == 0) {
            body.putArray("clients");
        }
        var created = api.post(admin(api), "/api/v1/users", JSON.writeValueAsString(body));
        assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
        Api.As basic = Api.As.user(username, password);
        return new User(username, password, basic, Api.As.token(token(api, basic)));
    }

    /** Submits a snapshot; returns the new result's id. */
    static String submit(Api api, Api.As as, byte[] snapshot, String date) {
        var submitted = api.post(as, "/api/v1/assessments?date=" + date, snapshot);
        assertThat(submitted.statusCode()).as(Api.text(submitted)).isEqualTo(201);
        return Api.json(submitted).get("id").asString();
    }

    static void grant(Api api, String username, String client) {
        var granted = api.put(admin(api), "/api/v1/users/" + username + "/clients/" + client, "");
        assertThat(granted.statusCode()).as(Api.text(granted)).isEqualTo(200);
    }

    static void revoke(Api api, String username, String client) {
        var revoked = api.delete(admin(api), "/api/v1/users/" + username + "/clients/" + client);
        assertThat(revoked.statusCode()).as(Api.text(revoked)).isEqualTo(200);
    }

    static String token(Api api, Api.As as) {
        var created = api.post(as, "/api/v1/tokens", "{\"name\":\"contract test\"}");
        assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
        return Api.json(created).get("token").asString();
    }

    /** Asserts an RFC 9457 problem with this status; returns its body. */
    static JsonNode problem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).as(Api.text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = Api.json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        return body;
    }

    /** The JSON paths a problem's errors name, in order. */
    static List<String> errorPaths(JsonNode problem) {
        JsonNode errors = problem.get("errors");
        assertThat(errors).as("errors of " + problem).isNotNull();
        return errors.valueStream().map(e -> e.get("path").asString()).toList();
    }
}

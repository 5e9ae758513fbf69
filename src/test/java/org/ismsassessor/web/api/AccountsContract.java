package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ismsassessor.web.api.Setup.errorPaths;
import static org.ismsassessor.web.api.Setup.problem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.ismsassessor.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Users, roles, grants, passwords and API tokens through real HTTP, and sign-in on every endpoint. Run on H2 by
 * {@link AccountsOnH2Test} and on PostgreSQL by {@link AccountsOnPostgresTest}.
 */
interface AccountsContract {
    List<String> ROLES = List.of("admin", "consultant", "auditor", "client_viewer");

    /** The server under test. */
    Api api();

    @Test
    default void anAdminCreatesUsersOfEveryRoleWithTheirGrants() {
        String client = Setup.createClient(api(), "USERS");
        for (String role : ROLES) {
            Setup.User user = role.equals("admin") ? Setup.createUser(api(), role) : Setup.createUser(api(), role, client);
            JsonNode stored = Api.json(api().get(Setup.admin(api()), "/api/v1/users/" + user.username()));
            assertThat(stored.get("username").asString()).isEqualTo(user.username());
            assertThat(stored.get("role").asString()).isEqualToIgnoringCase(role);
            assertThat(stored.get("enabled").asBoolean()).isTrue();
            assertThat(stored.get("clients").valueStream().map(JsonNode::asString))
                    .containsExactlyElementsOf(role.equals("admin") ? List.of() : List.of(client));
            assertThat(stored.has("password")).isFalse();
            assertThat(stored.has("passwordHash")).isFalse();
            // The user sees itself the same way.
            var me = api().get(user.as(), "/api/v1/me");
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(Api.json(me)).isEqualTo(stored);
            assertThat(Api.text(api().get(Setup.admin(api()), "/api/v1/users"))).contains("\"" + user.username() + "\"")
                    .doesNotContain("argon2");
        }
    }

    @Test
    default void aUserThatCannotBeCreatedIsAProblemNamingEachField() {
        String taken = Setup.createUser(api(), "auditor").username();
        problem(api().post(Setup.admin(api()), "/api/v1/users",
                "{\"username\":\"" + taken + "\",\"password\":\"another-long-password\",\"role\":\"auditor\"}"), 409);
        JsonNode bad = problem(api().post(Setup.admin(api()), "/api/v1/users",
                "{\"username\":\"no spaces\",\"password\":\"short\",\"role\":\"consultant\",\"clients\":[\"NO-SUCH-CLIENT\"]}"), 400);
        assertThat(errorPaths(bad)).containsExactly("$.username", "$.password", "$.clients[0]");
        JsonNode role = problem(api().post(Setup.admin(api()), "/api/v1/users",
                "{\"username\":\"someone-new\",\"password\":\"a-long-enough-password\",\"role\":\"superuser\"}"), 400);
        assertThat(errorPaths(role)).containsExactly("$.role");
        assertThat(errorPaths(problem(api().post(Setup.admin(api()), "/api/v1/users", "{\"username\":\"x\"}"), 400)))
                .contains("$.password", "$.role");
        assertThat(errorPaths(problem(api().put(Setup.admin(api()), "/api/v1/users/" + taken + "/enabled", "{}"), 400)))
                .containsExactly("$.enabled");
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/users/" + taken)).get("enabled").asBoolean()).isTrue();
        problem(api().put(Setup.admin(api()), "/api/v1/users/no-such-user/enabled", "{\"enabled\":false}"), 404);
        problem(api().get(Setup.admin(api()), "/api/v1/users/no-such-user"), 404);
        problem(api().put(Setup.admin(api()), "/api/v1/users/" + taken + "/clients/NO-SUCH-CLIENT", ""), 404);
        problem(api().put(Setup.admin(api()), "/api/v1/users/no-such-user/clients/NO-SUCH-CLIENT", ""), 404);
    }

    @Test
    default void grantsAreGivenAndRevokedByAnAdmin() {
        String first = Setup.createClient(api(), "GRANT");
        String second = Setup.createClient(api(), "GRANT");
        Setup.User auditor = Setup.createUser(api(), "auditor", first);
        Setup.grant(api(), auditor.username(), second);
        Setup.grant(api(), auditor.username(), second);
        assertThat(Api.json(api().get(auditor.as(), "/api/v1/me")).get("clients").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(first, second);
        Setup.revoke(api(), auditor.username(), first);
        assertThat(Api.json(api().get(auditor.as(), "/api/v1/clients")).valueStream().map(c -> c.get("id").asString()))
                .containsExactly(second);
    }

    @Test
    default void anApiTokenWorksUntilItIsRevoked() {
        Setup.User consultant = Setup.createUser(api(), "consultant");
        var created = api().post(consultant.basic(), "/api/v1/tokens", "{\"name\":\"ci pipeline\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode newToken = Api.json(created);
        String token = newToken.get("token").asString();
        String id = newToken.get("id").asString();
        assertThat(token).startsWith("isa_" + id + "_");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/tokens/" + id);

        var me = api().get(Api.As.token(token), "/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(Api.json(me).get("username").asString()).isEqualTo(consultant.username());
        // Listed by id and name, never with its value.
        String listed = Api.text(api().get(Api.As.token(token), "/api/v1/tokens"));
        assertThat(listed).contains(id, "ci pipeline").doesNotContain(token, token.substring(token.lastIndexOf('_') + 1));
        // A token of no name is named "api"; the value is shown once.
        assertThat(Api.json(api().request(consultant.basic(), "POST", "/api/v1/tokens", null, null, null)).get("name")
                .asString()).isEqualTo("api");
        // A token cannot create tokens (which would outlive its own revocation).
        JsonNode byToken = problem(api().post(Api.As.token(token), "/api/v1/tokens", "{\"name\":\"child\"}"), 403);
        assertThat(byToken.get("detail").asString()).isEqualTo(
                "An API token cannot create API tokens: sign in with your password to create one.");

        assertThat(api().delete(consultant.as(), "/api/v1/tokens/" + id).statusCode()).isEqualTo(204);
        problem(api().get(Api.As.token(token), "/api/v1/me"), 401);
        problem(api().delete(consultant.as(), "/api/v1/tokens/" + id), 404);
        // Unknown and malformed tokens are refused alike, never passed on to another way of signing in.
        problem(api().get(Api.As.token("isa_nothing_here"), "/api/v1/me"), 401);
        problem(api().get(Api.As.token("not-a-token"), "/api/v1/me"), 401);
        problem(api().get(Api.As.token(""), "/api/v1/me"), 401);
    }

    @Test
    default void aDisabledUserIsRefusedWhateverTheWayOfSigningIn() {
        Setup.User consultant = Setup.createUser(api(), "consultant");
        Api.As token = consultant.as();
        PageSession session = PageSession.signIn(api(), consultant.username(), consultant.password());
        assertThat(session.get("/").statusCode()).isEqualTo(200);

        var disabled = api().put(Setup.admin(api()), "/api/v1/users/" + consultant.username() + "/enabled", "{\"enabled\":false}");
        assertThat(Api.json(disabled).get("enabled").asBoolean()).isFalse();
        problem(api().get(consultant.basic(), "/api/v1/me"), 401);
        problem(api().get(token, "/api/v1/me"), 401);
        // A session signed in before is refused on its next request too.
        var page = session.get("/");
        assertThat(page.statusCode()).isNotEqualTo(200);
        assertThat(page.statusCode()).isIn(302, 401, 403);

        api().put(Setup.admin(api()), "/api/v1/users/" + consultant.username() + "/enabled", "{\"enabled\":true}");
        assertThat(api().get(consultant.basic(), "/api/v1/me").statusCode()).isEqualTo(200);
        // Disabling revoked its tokens: enabling the user again does not bring them back.
        problem(api().get(token, "/api/v1/me"), 401);
        assertThat(Api.json(api().get(consultant.basic(), "/api/v1/tokens"))).isEmpty();
    }

    @Test
    default void aUserChangesItsPassword() {
        Setup.User auditor = Setup.createUser(api(), "auditor");
        JsonNode wrong = problem(api().put(auditor.basic(), "/api/v1/me/password",
                "{\"currentPassword\":\"not-the-password\",\"newPassword\":\"short\"}"), 400);
        assertThat(errorPaths(wrong)).containsExactly("$.currentPassword", "$.newPassword");

        String replacement = "a-new-and-long-password";
        var changed = api().put(auditor.basic(), "/api/v1/me/password",
                "{\"currentPassword\":\"" + auditor.password() + "\",\"newPassword\":\"" + replacement + "\"}");
        assertThat(changed.statusCode()).isEqualTo(204);
        problem(api().get(auditor.basic(), "/api/v1/me"), 401);
        // A new password revokes every API token of the user.
        problem(api().get(auditor.as(), "/api/v1/me"), 401);
        assertThat(api().get(Api.As.user(auditor.username(), replacement), "/api/v1/me").statusCode()).isEqualTo(200);
        PageSession.signIn(api(), auditor.username(), replacement);
    }

    @Test
    default void eachRoleMayDoWhatItIsFor() {
        String client = Setup.createClient(api(), "ROLES");
        byte[] snapshot = Setup.snapshot(Setup.LATER, client);
        Setup.User consultant = Setup.createUser(api(), "consultant", client);
        Setup.User auditor = Setup.createUser(api(), "auditor", client);
        Setup.User viewer = Setup.createUser(api(), "client_viewer", client);

        String id = Setup.submit(api(), consultant.as(), snapshot, Setup.LATER_DATE);
        for (Setup.User reader : List.of(auditor, viewer)) {
            JsonNode refused = problem(api().post(reader.as(), "/api/v1/assessments", snapshot), 403);
            assertThat(refused.get("detail").asString()).contains("may read assessments but not submit");
            assertThat(api().get(reader.as(), "/api/v1/results/" + id).statusCode()).isEqualTo(200);
            assertThat(api().get(reader.as(), "/api/v1/clients/" + client + "/history").statusCode()).isEqualTo(200);
            assertThat(api().get(reader.as(), "/api/v1/comparisons?from=" + id + "&to=" + id).statusCode()).isEqualTo(200);
        }
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/clients/" + client + "/results"))).hasSize(1);

        assertThat(api().get(consultant.as(), "/api/v1/portfolio").statusCode()).isEqualTo(200);
        assertThat(api().get(auditor.as(), "/api/v1/portfolio").statusCode()).isEqualTo(200);
        problem(api().get(viewer.as(), "/api/v1/portfolio"), 403);

        for (Setup.User notAdmin : List.of(consultant, auditor, viewer)) {
            problem(api().get(notAdmin.as(), "/api/v1/users"), 403);
            problem(api().get(notAdmin.as(), "/api/v1/users/" + notAdmin.username()), 403);
            problem(api().post(notAdmin.as(), "/api/v1/users",
                    "{\"username\":\"sneaky\",\"password\":\"a-long-enough-password\",\"role\":\"admin\"}"), 403);
            problem(api().put(notAdmin.as(), "/api/v1/users/" + notAdmin.username() + "/enabled", "{\"enabled\":true}"), 403);
            problem(api().post(notAdmin.as(), "/api/v1/clients", "{\"id\":\"" + Setup.unique("SNEAKY") + "\"}"), 403);
        }
        problem(api().get(Setup.admin(api()), "/api/v1/users/sneaky"), 404);
    }

    @Test
    default void everyApiEndpointButHealthNeedsSignIn(@Autowired ApplicationContext context) {
        List<String> api = Endpoints.of(context).stream().filter(e -> Endpoints.pattern(e).startsWith("/api/")).toList();
        assertThat(api).contains("GET /api/v1/health", "POST /api/v1/assessments", "GET /api/v1/results/{id}");
        for (String endpoint : api) {
            String method = Endpoints.method(endpoint).equals("ANY") ? "GET" : Endpoints.method(endpoint);
            String path = Endpoints.path(endpoint, "x");
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            if (endpoint.equals("GET /api/v1/health")) {
                var health = api().get(Api.As.nobody(), path);
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(Api.json(health).get("status").asString()).isEqualTo("UP");
                continue;
            }
            // Wrong passwords cost an Argon2 check each: tried on a few endpoints; no credentials on every one.
            List<Api.As> wrong = List.of(Api.As.nobody(), Api.As.token("isa_unknown_token"));
            if (List.of("GET /api/v1/me", "POST /api/v1/assessments", "GET /api/v1/users").contains(endpoint)) {
                wrong = List.of(Api.As.nobody(), Api.As.token("isa_unknown_token"),
                        Api.As.user(Setup.unique("nobody"), "whatever-password"), Api.As.user("admin", "not-the-admin-password"));
            }
            for (Api.As nobody : wrong) {
                var refused = api().request(nobody, method, path, "application/json", body, null);
                JsonNode problem = problem(refused, 401);
                assertThat(refused.headers().firstValue("WWW-Authenticate")).as(endpoint).isPresent();
                assertThat(problem.toString()).as(endpoint).doesNotContainIgnoringCase("exception")
                        .doesNotContain("at org.");
            }
        }
    }

    @Test
    default void everyPageButSignInNeedsASession(@Autowired ApplicationContext context) {
        List<String> pages = Endpoints.of(context).stream().filter(e -> !Endpoints.pattern(e).startsWith("/api/"))
                .filter(e -> !List.of("GET /login", "ANY /error").contains(e)).toList();
        assertThat(pages).contains("GET /", "POST /assessments", "GET /results/{id}");
        for (String endpoint : pages) {
            String method = Endpoints.method(endpoint).equals("ANY") ? "GET" : Endpoints.method(endpoint);
            var refused = api().request(Api.As.nobody(), method, Endpoints.path(endpoint, "x"), null, null, null);
            assertThat(refused.statusCode()).as(endpoint).isIn(302, 401, 403);
            if (refused.statusCode() == 302) {
                assertThat(refused.headers().firstValue("Location").orElseThrow()).as(endpoint).endsWith("/login");
            }
            assertThat(Api.text(refused).toLowerCase(Locale.ROOT)).as(endpoint).doesNotContain("brightpath");
        }
        assertThat(api().get(Api.As.nobody(), "/login").statusCode()).isEqualTo(200);
    }
}

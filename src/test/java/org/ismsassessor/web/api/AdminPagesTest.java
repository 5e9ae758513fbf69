package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ismsassessor.web.api.Setup.errorPaths;
import static org.ismsassessor.web.api.Setup.problem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ismsassessor.web.Api;
import org.ismsassessor.web.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The admin and account pages without a browser: admins only, CSRF required, the same rules and errors as the API
 * (whose role change is tested here too), and the bar's links by role.
 */
class AdminPagesTest extends ServerTest {

    @Test
    void theAdminPagesAreForAdminsAndTheAccountPageForEveryone() {
        Setup.User consultant = Setup.createUser(api, "consultant");
        PageSession session = PageSession.signIn(api, consultant.username(), consultant.password());
        for (String page : new String[] {"/admin/users", "/admin/clients", "/admin/audit-log"}) {
            assertThat(session.get(page).statusCode()).as(page).isEqualTo(403);
        }
        String csrf = session.csrf("/account");
        assertThat(session.postForm("/admin/clients", "id=SNEAKY&_csrf=" + csrf).statusCode()).isEqualTo(403);
        assertThat(session.postForm("/admin/users/" + consultant.username() + "/role", "role=admin&_csrf=" + csrf)
                .statusCode()).isEqualTo(403);
        assertThat(Api.json(api.get(Setup.admin(api), "/api/v1/users/" + consultant.username())).get("role").asString())
                .isEqualTo("CONSULTANT");
        String home = Api.text(session.get("/"));
        assertThat(home).contains("id=\"nav-account\"").doesNotContain("id=\"nav-users\"", "id=\"nav-audit-log\"");
        assertThat(Api.text(PageSession.signIn(api, ADMIN, ADMIN_PASSWORD).get("/")))
                .contains("id=\"nav-account\"", "id=\"nav-users\"", "id=\"nav-manage-clients\"", "id=\"nav-audit-log\"");
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() {
        PageSession admin = PageSession.signIn(api, ADMIN, ADMIN_PASSWORD);
        String client = Setup.unique("NOCSRF");
        assertThat(admin.postForm("/admin/clients", "id=" + client).statusCode()).isEqualTo(403);
        problem(api.get(Setup.admin(api), "/api/v1/clients/" + client), 404);
        assertThat(admin.postForm("/admin/clients", "id=" + client + "&_csrf=" + admin.csrf("/admin/clients"))
                .statusCode()).isEqualTo(302);
        assertThat(api.get(Setup.admin(api), "/api/v1/clients/" + client).statusCode()).isEqualTo(200);
    }

    @Test
    void theFormsAnswerTheApisErrorsWithTheirFields() {
        PageSession admin = PageSession.signIn(api, ADMIN, ADMIN_PASSWORD);
        String csrf = admin.csrf("/admin/users");
        var bad = admin.postForm("/admin/users", "username=no+spaces&password=short&role=superuser&_csrf=" + csrf);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Api.text(bad)).contains("No such role.", "$.role");
        var invalid = admin.postForm("/admin/users", "username=no+spaces&password=short&role=auditor&_csrf=" + csrf);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Api.text(invalid)).contains("The user cannot be created.", "$.username", "$.password")
                .doesNotContain("Exception");
        var wrongPassword = admin.postForm("/account/password", "currentPassword=wrong&newPassword="
                + encode("a-new-long-password") + "&_csrf=" + csrf);
        assertThat(wrongPassword.statusCode()).isEqualTo(400);
        assertThat(Api.text(wrongPassword)).contains("$.currentPassword", "does not match your current password");
        assertThat(admin.postForm("/account/tokens/no-such-token/revoke", "_csrf=" + csrf).statusCode()).isEqualTo(404);
        var badFilter = admin.get("/admin/audit-log?from=yesterday");
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(Api.text(badFilter)).contains("parameter from");
    }

    @Test
    void anAdminChangesARoleThroughTheApiOrThePage() {
        Setup.User user = Setup.createUser(api, "auditor");
        JsonNode changed = Api.json(api.put(Setup.admin(api), "/api/v1/users/" + user.username() + "/role",
                "{\"role\":\"consultant\"}"));
        assertThat(changed.get("role").asString()).isEqualTo("CONSULTANT");
        assertThat(errorPaths(problem(api.put(Setup.admin(api), "/api/v1/users/" + user.username() + "/role",
                "{\"role\":\"root\"}"), 400))).containsExactly("$.role");
        assertThat(errorPaths(problem(api.put(Setup.admin(api), "/api/v1/users/" + user.username() + "/role", "{}"), 400)))
                .containsExactly("$.role");
        problem(api.put(Setup.admin(api), "/api/v1/users/no-such-user/role", "{\"role\":\"auditor\"}"), 404);
        problem(api.put(user.as(), "/api/v1/users/" + user.username() + "/role", "{\"role\":\"admin\"}"), 403);

        PageSession admin = PageSession.signIn(api, ADMIN, ADMIN_PASSWORD);
        var page = admin.postForm("/admin/users/" + user.username() + "/role", "role=client_viewer&_csrf="
                + admin.csrf("/admin/users"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/admin/users");
        assertThat(Api.json(api.get(Setup.admin(api), "/api/v1/users/" + user.username())).get("role").asString())
                .isEqualTo("CLIENT_VIEWER");
        assertThat(Api.text(admin.get("/admin/users"))).contains(user.username() + " is now client_viewer.");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ismsassessor.web.api.Setup.errorPaths;
import static org.ismsassessor.web.api.Setup.problem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ismsassessor.web.Api;
import org.ismsassessor.web.ServerTest;
import org.ismsassessor.web.accounts.SignInThrottle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue #21 through real HTTP on the shared server: sign-in throttling per account and address, API tokens that
 * expire and cannot make tokens, media types refused as problem details (415, 406), HTML 404 pages, our own error
 * bodies, and script nonces in the Content-Security-Policy.
 */
class ServiceHardeningTest extends ServerTest {
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

    @Autowired
    SignInThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void failedSignInsFromOneAddressLockThatAddressOutOfThatAccountOnly() {
        Setup.User user = Setup.createUser(api, "auditor");
        Api.As wrong = Api.As.user(user.username(), "not-the-password-at-all");
        for (int i = 0; i < throttle.maxFailures(); i++) {
            problem(api.get(wrong, "/api/v1/me"), 401);
        }
        assertThat(jdbc.sql("SELECT failures FROM sign_in_failure WHERE username = ? AND client_address = ?")
                .params(user.username(), "127.0.0.1").query(Integer.class).single()).isEqualTo(10);
        // The right password too is refused now, before it is checked, with when to try again.
        var refused = api.get(user.basic(), "/api/v1/me");
        JsonNode body = problem(refused, 429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        assertThat(body.get("detail").asString()).isEqualTo("Too many failed sign-ins to this account from your "
                + "address: try again in " + retryAfter + " s. Other addresses are not affected.");
        var form = PageSession.anonymous(api).trySignIn(user.username(), user.password());
        assertThat(form.statusCode()).isEqualTo(429);
        assertThat(form.headers().firstValue("Retry-After")).isPresent();
        assertThat(Api.text(form)).contains("Too many failed sign-ins to this account from your address");
        // Its API token is no password: it still works. Another address may still sign in as the account.
        assertThat(api.get(user.as(), "/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(throttle.check(user.username(), "192.0.2.7")).isFalse();
        // Other accounts from this address are not affected.
        assertThat(api.get(Api.admin(), "/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        Setup.User user = Setup.createUser(api, "auditor");
        for (int i = 0; i < throttle.maxFailures() - 1; i++) {
            problem(api.get(Api.As.user(user.username(), "wrong-password-" + i), "/api/v1/me"), 401);
        }
        assertThat(api.get(user.basic(), "/api/v1/me").statusCode()).isEqualTo(200);
        problem(api.get(Api.As.user(user.username(), "wrong-password-again"), "/api/v1/me"), 401);
        assertThat(api.get(user.basic(), "/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenExpiresAtItsTime() throws InterruptedException {
        Setup.User user = Setup.createUser(api, "auditor");
        Instant expires = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        var created = api.post(user.basic(), "/api/v1/tokens", "{\"name\":\"short\",\"expiresAt\":\"" + expires + "\"}");
        assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
        assertThat(Api.json(created).get("expiresAt").asString()).isEqualTo(expires.toString());
        Api.As token = Api.As.token(Api.json(created).get("token").asString());
        assertThat(api.get(token, "/api/v1/me").statusCode()).isEqualTo(200);
        JsonNode listed = Api.json(api.get(user.basic(), "/api/v1/tokens"));
        assertThat(listed.get(listed.size() - 1).get("expiresAt").asString()).isEqualTo(expires.toString());
        Thread.sleep(Math.max(0, expires.toEpochMilli() - System.currentTimeMillis()) + 200);
        JsonNode expired = problem(api.get(token, "/api/v1/me"), 401);
        assertThat(expired.get("detail").asString()).isEqualTo("The API token is unknown, expired or revoked.");

        assertThat(errorPaths(problem(api.post(user.basic(), "/api/v1/tokens",
                "{\"expiresAt\":\"2020-01-01T00:00:00Z\"}"), 400))).containsExactly("$.expiresAt");
        assertThat(errorPaths(problem(api.post(user.basic(), "/api/v1/tokens",
                "{\"expiresAt\":\"next week\"}"), 400))).containsExactly("$.expiresAt");
    }

    @Test
    void aMultipartBodyWithoutBoundaryIsUnsupportedNotAServerError() {
        String client = Setup.createClient(api, "MULTI");
        var refused = api.request(Setup.admin(api), "POST", "/api/v1/assessments", "multipart/form-data",
                Setup.snapshot(Setup.LATER, client), null);
        JsonNode body = problem(refused, 415);
        assertThat(body.get("detail").asString()).isEqualTo(
                "The API takes no multipart/form-data: send the snapshot as application/json.");
        var withBoundary = api.request(Setup.admin(api), "POST", "/api/v1/validations",
                "multipart/form-data; boundary=x", "--x--".getBytes(StandardCharsets.UTF_8), null);
        problem(withBoundary, 415);
        assertThat(Api.json(api.get(Setup.admin(api), "/api/v1/clients/" + client + "/results"))).isEmpty();
    }

    @Test
    void anAcceptHeaderNoRepresentationFitsIsNotAcceptable() {
        ApiFixture f = ApiFixture.on(api);
        for (String path : List.of("/api/v1/me", "/api/v1/clients", "/api/v1/clients/" + f.client(),
                "/api/v1/clients/" + f.client() + "/results", "/api/v1/clients/" + f.client() + "/history",
                "/api/v1/portfolio", "/api/v1/catalogue", "/api/v1/results/" + f.later(),
                "/api/v1/results/" + f.later() + "/summary", "/api/v1/results/" + f.later() + "/snapshot",
                "/api/v1/comparisons?from=" + f.earlier() + "&to=" + f.later(), "/api/v1/tokens", "/api/v1/users",
                "/api/v1/health")) {
            var refused = api.get(Setup.admin(api), path, "image/png");
            JsonNode body = problem(refused, 406);
            assertThat(body.get("title").asString()).as(path).isEqualTo("Not acceptable");
        }
        // Wildcards and the usual browser header still get JSON.
        assertThat(api.get(Setup.admin(api), "/api/v1/me", "application/*").statusCode()).isEqualTo(200);
        assertThat(api.get(Setup.admin(api), "/api/v1/results/" + f.later(),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").headers()
                .firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        // A submission that could not be answered as asked is not stored.
        String client = Setup.createClient(api, "ACCEPT");
        problem(api.request(Setup.admin(api), "POST", "/api/v1/assessments?date=" + Setup.LATER_DATE,
                "application/json", Setup.snapshot(Setup.LATER, client), "image/png"), 406);
        assertThat(Api.json(api.get(Setup.admin(api), "/api/v1/clients/" + client + "/results"))).isEmpty();
    }

    @Test
    void unknownAddressesAreAProblemOnTheApiAndAnHtmlPageElsewhere() {
        JsonNode api404 = problem(api.get(Setup.admin(api), "/api/v1/no-such-endpoint"), 404);
        assertThat(api404.get("detail").asString()).isEqualTo("No such endpoint: see /v3/api-docs.");
        PageSession session = PageSession.signIn(api, ADMIN, ADMIN_PASSWORD);
        var page = session.get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(Api.text(page)).contains("There is no page at this address.").doesNotContain("\"status\":");
        // Every error body is ours: a method not allowed, and the error page asked for directly.
        var method = api.request(Setup.admin(api), "DELETE", "/api/v1/health", null, null, null);
        problem(method, 405);
        assertThat(method.headers().firstValue("Allow")).isPresent();
        assertThat(Api.text(api.get(Api.As.nobody(), "/error"))).doesNotContain("timestamp");
    }

    @Test
    void scriptsRunOnlyWithTheNonceOfTheirPage() {
        PageSession session = PageSession.signIn(api, ADMIN, ADMIN_PASSWORD);
        var home = session.get("/");
        String policy = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).doesNotContain("script-src 'self' 'unsafe-inline'");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        String page = Api.text(home);
        assertThat(page).contains("<script nonce=\"" + nonce.group(1) + "\">").doesNotContain("<script>");
        // Another request, another nonce; the report's own script gets the page's.
        ApiFixture f = ApiFixture.on(api);
        var report = session.get("/results/" + f.later());
        Matcher other = NONCE.matcher(report.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(other.find()).isTrue();
        assertThat(other.group(1)).isNotEqualTo(nonce.group(1));
        assertThat(Api.text(report)).contains("<script nonce=\"" + other.group(1) + "\">").doesNotContain("<script>");
    }
}

package org.ismsassessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Security headers on pages and API, CSRF protection of the pages, and no secret in the logs. */
@ExtendWith(OutputCaptureExtension.class)
class SecurityTest extends ServerTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Test
    void pagesAndApiCarrySecurityHeaders() {
        for (var response : new HttpResponse<?>[] {api.get(Api.As.nobody(), "/login"),
                api.get(Api.admin(), "/api/v1/clients"), api.get(Api.As.nobody(), "/api/v1/health")}) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Cache-Control").orElseThrow()).contains("no-store");
        }
        assertThat(api.get(Api.As.nobody(), "/login").headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void pageFormsNeedTheCsrfToken() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        String base = api.base();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = csrf(loginPage);
        // Signing in without the token is refused; with it, it works.
        var forged = browser.send(form(base + "/login", "username=admin&password=" + encode(ADMIN_PASSWORD)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        var signedIn = browser.send(form(base + "/login", "username=admin&password=" + encode(ADMIN_PASSWORD)
                + "&_csrf=" + encode(token)), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        // Signed in, an upload without the token (a cross-site form post) is refused and nothing is assessed.
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"snapshot\"; filename=\"s.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n{}\r\n--" + boundary + "--\r\n";
        var upload = browser.send(HttpRequest.newBuilder(URI.create(base + "/assessments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(403);
        var signOut = browser.send(form(base + "/logout", ""), HttpResponse.BodyHandlers.ofString());
        assertThat(signOut.statusCode()).isEqualTo(403);
    }

    @Test
    void noPasswordOrTokenReachesTheLogs(CapturedOutput output) {
        String wrongPassword = "wrong-password-" + System.nanoTime();
        assertThat(api.get(Api.As.user(ADMIN, wrongPassword), "/api/v1/clients").statusCode()).isEqualTo(401);
        assertThat(api.get(Api.As.user("nobody-" + System.nanoTime(), wrongPassword), "/api/v1/clients").statusCode())
                .isEqualTo(401);
        var created = api.post(Api.admin(), "/api/v1/tokens", "{\"name\": \"log check\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String token = Api.json(created).get("token").asString();
        assertThat(api.get(Api.As.token(token), "/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(api.get(Api.As.token(token + "x"), "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(output.getAll()).doesNotContain(wrongPassword).doesNotContain(token).doesNotContain(ADMIN_PASSWORD);
    }

    private static HttpRequest form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import tools.jackson.databind.JsonNode;

/**
 * While the database cannot be reached, every request that needs it, signing in included, is answered 503 with
 * Retry-After (problem details on the API, a page for the pages), never 401 as if the credentials were wrong;
 * when it is back, the same server answers as before. The database "goes" by its connections being refused.
 */
@SpringBootTest(classes = {WebApplication.class, ServerTest.CleanDatabase.class, OutageTest.SwitchableDatabase.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:outage;DB_CLOSE_DELAY=-1",
            "assessor.admin.password=" + ServerTest.ADMIN_PASSWORD,
            "assessor.data-folder=target/test-data",
            "spring.flyway.clean-disabled=false"})
class OutageTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    /** The database is down while this is set. */
    static volatile boolean down;

    @LocalServerPort
    int port;

    @Test
    void everyRequestNeedingTheDatabaseIs503WithRetryAfterAndNone401() throws Exception {
        Api api = new Api("http://127.0.0.1:" + port);
        var created = api.post(Api.admin(), "/api/v1/tokens", "{\"name\":\"outage\"}");
        Api.As token = Api.As.token(Api.json(created).get("token").asString());
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        String base = api.base();
        String csrf = csrf(browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        HttpClient signedIn = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        String signedInCsrf = csrf(signedIn.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(signedIn.send(form(base, "username=admin&password=" + encode(ServerTest.ADMIN_PASSWORD) + "&_csrf="
                + encode(signedInCsrf)), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(302);

        down = true;
        try {
            for (Api.As as : new Api.As[] {Api.admin(), Api.As.user("admin", "a-wrong-password"), token,
                    Api.As.user("nobody", "whatever-password")}) {
                var answer = api.get(as, "/api/v1/clients");
                assertThat(answer.statusCode()).as(Api.text(answer)).isEqualTo(503);
                assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
                JsonNode body = Api.json(answer);
                assertThat(body.get("title").asString()).isEqualTo("Service unavailable");
            }
            var health = api.get(Api.As.nobody(), "/api/v1/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(Api.json(health).get("status").asString()).isEqualTo("DOWN");
            // The sign-in form, and a page of a session signed in before.
            var form = browser.send(form(base, "username=admin&password=" + encode(ServerTest.ADMIN_PASSWORD)
                    + "&_csrf=" + encode(csrf)), HttpResponse.BodyHandlers.ofString());
            assertThat(form.statusCode()).isEqualTo(503);
            assertThat(form.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(form.body()).contains("Signing in needs the database, which cannot be reached now. Try again.");
            var page = signedIn.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(page.body()).contains("The database cannot be reached now. Try again.").doesNotContain("at org.");
        } finally {
            down = false;
        }
        assertThat(api.get(Api.admin(), "/api/v1/clients").statusCode()).isEqualTo(200);
        assertThat(api.get(token, "/api/v1/clients").statusCode()).isEqualTo(200);
        assertThat(api.get(Api.As.nobody(), "/api/v1/health").statusCode()).isEqualTo(200);
        assertThat(signedIn.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private static HttpRequest form(String base, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The service's data source, refusing connections while {@link #down} is set. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SwitchableDatabase {
        @Bean
        static BeanPostProcessor switchable() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource source) || bean instanceof DelegatingDataSource) {
                        return bean;
                    }
                    return new DelegatingDataSource(source) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            if (down) {
                                throw new SQLException("Connection refused", "08001");
                            }
                            return super.getConnection();
                        }
                    };
                }
            };
        }
    }
}

package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ismsassessor.web.Api;

/**
 * A browser's view of the pages without a browser: a cookie-keeping client that signs in with the form (and
 * the CSRF token scraped from the sign-in page) and then calls the pages with its session.
 */
final class PageSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http;

    private PageSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the form; fails unless the sign-in succeeds. */
    static PageSession signIn(Api api, String username, String password) {
        PageSession session = new PageSession(api.base());
        var signedIn = session.postForm("/login", "username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + encode(session.csrf("/login")));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return session;
    }

    /** A browser not signed in yet. */
    static PageSession anonymous(Api api) {
        return new PageSession(api.base());
    }

    /** Posts the sign-in form, whatever the answer. */
    HttpResponse<byte[]> trySignIn(String username, String password) {
        return postForm("/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf("/login")));
    }

    /** The CSRF token in a page's forms. */
    String csrf(String page) {
        var response = get(page);
        assertThat(response.statusCode()).as(page).isEqualTo(200);
        Matcher token = CSRF.matcher(Api.text(response));
        assertThat(token.find()).as("a CSRF token on " + page).isTrue();
        return token.group(1);
    }

    HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<byte[]> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Submits a snapshot with the home page's upload form. */
    HttpResponse<byte[]> upload(byte[] snapshot, String date) {
        String csrf = csrf("/");
        String boundary = "----contract" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"date\"\r\n\r\n" + date + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"snapshot\"; filename=\"snapshot.json\""
                    + "\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(snapshot);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + "/assessments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Posts a file with a form of the pages (multipart, with the CSRF token of the home page). */
    HttpResponse<byte[]> uploadFile(String path, String field, byte[] file) {
        String csrf = csrf("/");
        String boundary = "----contract" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"file\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Posts a form of the pages, with the CSRF token of the home page. */
    HttpResponse<byte[]> submit(String path, String form) {
        return postForm(path, form + "&_csrf=" + encode(csrf("/")));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

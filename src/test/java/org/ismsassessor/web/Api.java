package org.ismsassessor.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the server under test, as a user with a password or an API token. */
public final class Api {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Api(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** Credentials: HTTP Basic for a user, or a bearer token. */
    public record As(String authorization) {
        public static As user(String username, String password) {
            return new As("Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        public static As token(String token) {
            return new As("Bearer " + token);
        }

        public static As nobody() {
            return new As(null);
        }
    }

    public static As admin() {
        return As.user(ServerTest.ADMIN, ServerTest.ADMIN_PASSWORD);
    }

    public HttpResponse<byte[]> get(As as, String path) {
        return send(as, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<byte[]> get(As as, String path, String accept) {
        return send(as, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    public HttpResponse<byte[]> post(As as, String path, byte[] json) {
        return send(as, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
    }

    public HttpResponse<byte[]> post(As as, String path, String json) {
        return post(as, path, json.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> put(As as, String path, String json) {
        return send(as, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<byte[]> delete(As as, String path) {
        return send(as, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Any request: a body of a content type (both null for none) and an Accept header (null for none). */
    public HttpResponse<byte[]> request(As as, String method, String path, String contentType, byte[] body,
            String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(as, request);
    }

    public static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    public static byte[] sample(String name) {
        try {
            return Files.readAllBytes(Path.of("samples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<byte[]> send(As as, HttpRequest.Builder request) {
        if (as.authorization() != null) {
            request.header("Authorization", as.authorization());
        }
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

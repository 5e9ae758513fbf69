package org.ismsassessor.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP/1.1 calls for the reliability tests, each timed. A connection-level failure (refused, reset, timed
 * out) is an answer too, with status 0 and the exception, so that a load or fault run counts it instead of
 * stopping at it.
 */
final class Http {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private final String base;
    private final Duration timeout;
    private final HttpClient client;

    Http(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    String base() {
        return base;
    }

    /** An answer: the status (0 when the exchange failed below HTTP), headers, body and the time it took. */
    record Answer(int status, HttpResponse<byte[]> response, IOException failure, long nanos) {
        byte[] body() {
            return response == null ? new byte[0] : response.body();
        }

        String text() {
            return new String(body(), StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body());
        }

        Optional<String> header(String name) {
            return response == null ? Optional.empty() : response.headers().firstValue(name);
        }

        /** For failure messages: what came back, shortened. */
        String describe() {
            if (failure != null) {
                return "no HTTP answer: " + failure;
            }
            String text = text();
            return status + " " + header("Content-Type").orElse("") + " "
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    Answer get(String authorization, String path) {
        return send("GET", path, authorization, null);
    }

    Answer postJson(String authorization, String path, byte[] json) {
        return send("POST", path, authorization, json);
    }

    Answer postJson(String authorization, String path, String json) {
        return postJson(authorization, path, json.getBytes(StandardCharsets.UTF_8));
    }

    Answer send(String method, String path, String authorization, byte[] json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response, null, System.nanoTime() - start);
        } catch (IOException e) {
            return new Answer(0, null, e, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, new IOException("interrupted", e), System.nanoTime() - start);
        }
    }

    /** A new API token of this user (one password check, then no more Argon2 per request). */
    String token(String basicAuthorization, String name) {
        Answer created = postJson(basicAuthorization, "/api/v1/tokens", "{\"name\":\"" + name + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("cannot create an API token: " + created.describe());
        }
        return created.json().get("token").asString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.ismsassessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The server starts, answers its health check openly and refuses the API without credentials. */
class ServiceSmokeTest extends ServerTest {

    @Test
    void healthIsOpenAndTheApiIsNot() {
        var health = api.get(Api.As.nobody(), "/api/v1/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Api.json(health).get("status").asString()).isEqualTo("UP");

        var refused = api.get(Api.As.nobody(), "/api/v1/clients");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }
}

package org.ismsassessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description kept in the repository (docs/openapi.json) is the one the service serves. After
 * changing the API, regenerate it: {@code ./mvnw -B test -Dtest=OpenApiDescriptionTest -Dopenapi.update=true}.
 */
class OpenApiDescriptionTest extends ServerTest {
    private static final Path KEPT = Path.of("docs", "openapi.json");

    @Test
    void theDescriptionInTheRepositoryIsTheOneServed() throws IOException {
        var served = api.get(Api.admin(), "/v3/api-docs");
        assertThat(served.statusCode()).isEqualTo(200);
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        JsonNode description = mapper.readTree(served.body());
        String pretty = mapper.writeValueAsString(mapper.treeToValue(description, Object.class)) + "\n";
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(KEPT, pretty, StandardCharsets.UTF_8);
        }
        assertThat(description.get("openapi").asString()).startsWith("3.");
        assertThat(description.get("paths").has("/api/v1/assessments")).isTrue();
        assertThat(Files.exists(KEPT)).as("docs/openapi.json is missing: run with -Dopenapi.update=true").isTrue();
        assertThat(Files.readString(KEPT, StandardCharsets.UTF_8))
                .as("docs/openapi.json is out of date: run ./mvnw -B test -Dtest=OpenApiDescriptionTest -Dopenapi.update=true")
                .isEqualTo(pretty);
    }

    @Test
    void theDescriptionAndTheDocsPageNeedSignInAndComeFromTheService() {
        assertThat(api.get(Api.As.nobody(), "/v3/api-docs").statusCode()).isIn(401, 302);
        assertThat(api.get(Api.As.nobody(), "/api-docs").statusCode()).isIn(401, 302);
        var page = api.get(Api.admin(), "/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        // The interactive page's script and styles are bundled in the jar: nothing is fetched from the internet.
        assertThat(Api.text(page)).contains("swagger-ui-bundle.js").doesNotContain("https://", "http://");
        assertThat(api.get(Api.admin(), "/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        var config = api.get(Api.admin(), "/v3/api-docs/swagger-config");
        assertThat(Api.text(config)).contains("/v3/api-docs");
    }
}

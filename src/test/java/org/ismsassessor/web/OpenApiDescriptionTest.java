package org.ismsassessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.web.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    /**
     * Where the description documents an enum (JSON pointer of the schema holding "enum") and the Java type the
     * API serializes there. A new enum fails the test until it is added here.
     */
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            "/components/schemas/Account/properties/role", Role.class,
            "/components/schemas/StoredResult/properties/verdict", Readiness.Verdict.class,
            "/components/schemas/ActionItem/properties/priority", org.ismsassessor.finding.Priority.class,
            "/components/schemas/ActionItem/properties/status", org.ismsassessor.tracking.ActionStatus.class,
            "/components/schemas/TrackingBody/properties/status", org.ismsassessor.tracking.ActionStatus.class,
            "/components/schemas/ListedDecision/properties/kind", org.ismsassessor.finding.DecisionKind.class,
            "/components/schemas/DecisionBody/properties/kind", org.ismsassessor.finding.DecisionKind.class);

    @Autowired
    private JsonMapper serviceMapper;

    @Test
    void everyEnumIsDocumentedWithTheValuesTheApiSends() {
        Map<String, List<String>> documented = new TreeMap<>();
        enums(Api.json(api.get(Api.admin(), "/v3/api-docs")), "", documented);
        assertThat(documented.keySet()).as("every enum documented, each with a case in ENUMS")
                .isEqualTo(new TreeSet<>(ENUMS.keySet()));

        // Documented as the service's JSON mapper writes each constant...
        ENUMS.forEach((where, type) -> assertThat(documented.get(where)).as(where).isEqualTo(
                Stream.of(type.getEnumConstants()).map(c -> serviceMapper.valueToTree(c).asString()).toList()));
        // ... which is, for the verdict, not the Java names (what the description showed before).
        assertThat(documented.get("/components/schemas/StoredResult/properties/verdict"))
                .containsExactly("not-ready", "ready-with-conditions", "ready");
        assertThat(documented.get("/components/schemas/Account/properties/role"))
                .containsExactly("ADMIN", "CONSULTANT", "AUDITOR", "CLIENT_VIEWER");

        // And what the API answers carries documented values.
        assertThat(Api.json(api.get(Api.admin(), "/api/v1/me")).get("role").asString()).isEqualTo("ADMIN");
        String client = "ENUMS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        byte[] snapshot = new String(Api.sample("sprout-startup.json"), StandardCharsets.UTF_8).replace("\"ORG-SPROUT\"", "\"" + client + "\"")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(api.post(Api.admin(), "/api/v1/assessments?date=2026-11-29", snapshot).statusCode()).isEqualTo(201);
        JsonNode listed = Api.json(api.get(Api.admin(), "/api/v1/clients/" + client + "/results"));
        assertThat(listed.get(0).get("verdict").asString()).isEqualTo("not-ready");
    }

    /** Every node holding "enum", by JSON pointer. */
    private static void enums(JsonNode node, String pointer, Map<String, List<String>> found) {
        if (node.isObject()) {
            if (node.has("enum")) {
                found.put(pointer, node.get("enum").valueStream().map(JsonNode::asString).toList());
            }
            node.properties().forEach(e -> enums(e.getValue(), pointer + "/" + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                enums(node.get(i), pointer + "/" + i, found);
            }
        }
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

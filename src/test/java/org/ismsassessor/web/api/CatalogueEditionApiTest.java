package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.ismsassessor.web.Api;
import org.ismsassessor.web.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/catalogue?edition=}: another edition's catalogue, read before its rules exist. */
class CatalogueEditionApiTest extends ServerTest {

    @Test
    void theCatalogueOfThe2022EditionIsServedWithThemesAndAttributes() {
        var response = api.get(Api.admin(), "/api/v1/catalogue?edition=iso27001-2022");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode catalogue = Api.json(response);
        assertThat(catalogue.get("edition").asString()).isEqualTo("iso27001-2022");
        assertThat(catalogue.get("requirements")).hasSize(134);
        assertThat(catalogue.get("controls")).hasSize(93);

        JsonNode control = Api.json(api.get(Api.admin(), "/api/v1/catalogue/A.8.11?edition=iso27001-2022"));
        assertThat(control.get("title").asString()).isEqualTo("Data masking");
        assertThat(control.get("theme").asString()).isEqualTo("technological");
        assertThat(control.get("attributes").get("securityProperties").valueStream().map(JsonNode::asString))
                .containsExactly("confidentiality");
        // The service's own edition stays the default.
        assertThat(Api.json(api.get(Api.admin(), "/api/v1/catalogue")).get("edition").asString()).isEqualTo("iso27001-2005");
        assertThat(api.get(Api.admin(), "/api/v1/catalogue/A.8.11").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownEditionIsBadInputNamingTheParameter() {
        var response = api.get(Api.admin(), "/api/v1/catalogue?edition=iso27001-2013");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = Api.json(response);
        assertThat(problem.get("detail").asString()).isEqualTo("Unknown edition 'iso27001-2013'.");
        assertThat(problem.get("errors").get(0).get("path").asString()).isEqualTo("parameter edition");
        assertThat(problem.get("errors").get(0).get("message").asString())
                .isEqualTo("expected one of iso27001-2005, iso27001-2022, not 'iso27001-2013'");
    }
}

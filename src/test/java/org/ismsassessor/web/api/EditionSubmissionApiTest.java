package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ismsassessor.web.Api;
import org.ismsassessor.web.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A submitted snapshot is assessed by the edition it names; stored results of two editions are not compared. */
class EditionSubmissionApiTest extends ServerTest {

    @Test
    void a2022SnapshotIsAssessedByThe2022PackAndNotComparedWithA2005Result() throws IOException {
        var in2022 = api.post(Api.admin(), "/api/v1/assessments?date=2026-11-01",
                Files.readAllBytes(Path.of("samples", "northwind-mature-2022.json")));
        assertThat(in2022.statusCode()).as(Api.text(in2022)).isEqualTo(201);
        String later = Api.json(in2022).get("id").asString();
        assertThat(Api.json(in2022).get("verdict").asString()).isEqualTo("ready-with-conditions");
        JsonNode result = Api.json(api.get(Api.admin(), "/api/v1/results/" + later));
        assertThat(result.get("assessor").get("edition").asString()).isEqualTo("iso27001-2022");
        assertThat(result.get("summary").get("total").asInt()).isEqualTo(9);

        var in2005 = api.post(Api.admin(), "/api/v1/assessments?date=2026-05-01",
                Files.readAllBytes(Path.of("samples", "northwind-mature.json")));
        assertThat(in2005.statusCode()).as(Api.text(in2005)).isEqualTo(201);
        String earlier = Api.json(in2005).get("id").asString();
        var compared = api.get(Api.admin(), "/api/v1/comparisons?from=" + earlier + "&to=" + later);
        assertThat(compared.statusCode()).isEqualTo(400);
        assertThat(Api.text(compared)).contains("result " + earlier + " is assessed against iso27001-2005 and result "
                + later + " against iso27001-2022; compare them with the command line's compare --cross-edition");
    }
}

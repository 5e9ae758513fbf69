package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ismsassessor.web.api.Setup.errorPaths;
import static org.ismsassessor.web.api.Setup.problem;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ismsassessor.web.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's contract through real HTTP: submitting, reading a result in every report format, validation and
 * its errors by JSON path, history, portfolio, comparisons and the catalogue. Run on H2 by {@link ApiOnH2Test}
 * and on PostgreSQL by {@link ApiOnPostgresTest}: the same tests on both databases.
 */
interface ApiContract {
    /** The later BrightPath sample on its date, as SampleSummaryTest counts it. */
    Map<String, Integer> LATER_COUNTS = Map.of("major", 1, "minor", 22, "gap", 57, "observation", 3);
    /** The earlier BrightPath sample on its date. */
    Map<String, Integer> EARLIER_COUNTS = Map.of("major", 5, "minor", 22, "gap", 61, "observation", 1);
    /** Between the earlier and the later BrightPath sample. */
    int RESOLVED = 47;
    int NEW = 20;

    /** The server under test. */
    Api api();

    private ApiFixture fixture() {
        return ApiFixture.on(api());
    }

    private static Map<String, Integer> counts(JsonNode byKind) {
        Map<String, Integer> counts = new TreeMap<>();
        byKind.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
        return counts;
    }

    // --- submitting ---

    @Test
    default void aSubmissionAnswers201WithItsLocationAndTheExactSummary() {
        String client = Setup.createClient(api(), "SUBMIT");
        Setup.User consultant = Setup.createUser(api(), "consultant", client);

        var submitted = api().post(consultant.basic(), "/api/v1/assessments?date=" + Setup.LATER_DATE,
                Setup.snapshot(Setup.LATER, client));

        assertThat(submitted.statusCode()).as(Api.text(submitted)).isEqualTo(201);
        JsonNode summary = Api.json(submitted);
        String id = summary.get("id").asString();
        assertThat(submitted.headers().firstValue("Location")).hasValue("/api/v1/results/" + id);
        assertThat(summary.get("client").asString()).isEqualTo(client);
        assertThat(summary.get("assessedOn").asString()).isEqualTo(Setup.LATER_DATE);
        assertThat(summary.get("verdict").asString()).isEqualTo("not-ready");
        assertThat(counts(summary.get("findings"))).isEqualTo(LATER_COUNTS);
        assertThat(summary.get("links").get("self").asString()).isEqualTo("/api/v1/results/" + id);
        assertThat(summary.get("links").get("page").asString()).isEqualTo("/results/" + id);

        // The summary is the stored result's: the same numbers from its own endpoint and in the full result.
        JsonNode again = Api.json(api().get(consultant.as(), "/api/v1/results/" + id + "/summary"));
        assertThat(again).isEqualTo(summary);
        JsonNode result = Api.json(api().get(consultant.as(), "/api/v1/results/" + id));
        assertThat(result.get("readiness").get("verdict").asString()).isEqualTo("not-ready");
        assertThat(result.get("readiness").get("overall").asDouble()).isEqualTo(summary.get("overall").asDouble());
        assertThat(counts(result.get("summary").get("byKind"))).isEqualTo(LATER_COUNTS);
        assertThat(result.get("snapshot").get("organizationId").asString()).isEqualTo(client);
        assertThat(result.get("assessmentDate").asString()).isEqualTo(Setup.LATER_DATE);
    }

    @Test
    default void aSubmissionCanAnswerWithTheFullResultInAReportFormat() {
        String client = Setup.createClient(api(), "SUBMIT-FMT");
        var asMarkdown = api().post(Setup.admin(api()), "/api/v1/assessments?format=md&date=" + Setup.LATER_DATE,
                Setup.snapshot(Setup.LATER, client));
        assertThat(asMarkdown.statusCode()).as(Api.text(asMarkdown)).isEqualTo(201);
        assertThat(asMarkdown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        String location = asMarkdown.headers().firstValue("Location").orElseThrow();
        assertThat(asMarkdown.body()).isEqualTo(api().get(Setup.admin(api()), location + "?format=md").body());

        var byAccept = api().request(Setup.admin(api()), "POST", "/api/v1/assessments?date=" + Setup.LATER_DATE,
                "application/json", Setup.snapshot(Setup.LATER, client), "application/pdf");
        assertThat(byAccept.statusCode()).as(Api.text(byAccept)).isEqualTo(201);
        assertThat(byAccept.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(Api.text(byAccept)).startsWith("%PDF");
    }

    @Test
    default void aSubmissionRefusedForItsParametersStoresNothing() {
        String client = Setup.createClient(api(), "NOTHING");
        byte[] snapshot = Setup.snapshot(Setup.LATER, client);
        assertThat(errorPaths(problem(api().post(Setup.admin(api()), "/api/v1/assessments?format=docx", snapshot), 400)))
                .containsExactly("parameter format");
        assertThat(errorPaths(problem(api().post(Setup.admin(api()), "/api/v1/assessments?date=2026-02-30", snapshot), 400)))
                .containsExactly("parameter date");
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/clients/" + client + "/results"))).isEmpty();
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/clients/" + client + "/history"))).isEmpty();
    }

    // --- reading a result ---

    @Test
    default void aResultIsServedInEveryReportFormatByParameterAndByAcceptHeader() {
        ApiFixture f = fixture();
        String path = "/api/v1/results/" + f.later();
        Map<String, String> mediaTypes = Map.of("json", "application/json", "html", "text/html",
                "pdf", "application/pdf", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "md", "text/markdown", "text", "text/plain", "oscal", "application/oscal.assessment-results+json");
        for (var format : mediaTypes.entrySet()) {
            var byParameter = api().get(Setup.admin(api()), path + "?format=" + format.getKey());
            var byAccept = api().get(Setup.admin(api()), path, format.getValue());
            for (var response : List.of(byParameter, byAccept)) {
                assertThat(response.statusCode()).as(format.getKey()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(format.getKey())
                        .startsWith(format.getValue());
                checkReport(format.getKey(), response, f.client());
            }
            if (!List.of("pdf", "xlsx").contains(format.getKey())) {
                assertThat(byAccept.body()).as(format.getKey()).isEqualTo(byParameter.body());
            }
        }
        // JSON without a format or Accept; the parameter wins over the header; the best-quality type wins.
        assertThat(api().get(Setup.admin(api()), path).body()).isEqualTo(api().get(Setup.admin(api()), path + "?format=json").body());
        assertThat(api().get(Setup.admin(api()), path + "?format=md", "application/pdf").headers().firstValue("Content-Type")
                .orElseThrow()).startsWith("text/markdown");
        assertThat(api().get(Setup.admin(api()), path, "application/pdf;q=0.2, text/markdown").headers()
                .firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(api().get(Setup.admin(api()), path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        // Downloads are named after the client and date.
        assertThat(api().get(Setup.admin(api()), path + "?format=xlsx").headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + f.client() + "-" + Setup.LATER_DATE + ".xlsx\"");
    }

    private static void checkReport(String format, HttpResponse<byte[]> response, String client) {
        byte[] body = response.body();
        switch (format) {
            case "json" -> {
                JsonNode json = Api.json(response);
                assertThat(json.get("snapshot").get("organizationId").asString()).isEqualTo(client);
                assertThat(counts(json.get("summary").get("byKind"))).isEqualTo(LATER_COUNTS);
            }
            case "html" -> assertThat(Api.text(response)).startsWithIgnoringCase("<!DOCTYPE html")
                    .contains("BrightPath Software Ltd");
            case "pdf" -> assertThat(new String(body, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            case "xlsx" -> assertThat(body).startsWith(0x50, 0x4b, 0x03, 0x04);
            case "md" -> assertThat(Api.text(response)).startsWith("#").contains("BrightPath Software Ltd");
            case "text" -> assertThat(Api.text(response)).contains("BrightPath Software Ltd").doesNotContain("<html");
            case "oscal" -> assertThat(Api.json(response).has("assessment-results")).isTrue();
            default -> throw new AssertionError(format);
        }
    }

    @Test
    default void aClientsResultsAreListedNewestFirstWithTheirSummaries() {
        ApiFixture f = fixture();
        var listed = api().get(Setup.admin(api()), "/api/v1/clients/" + f.client() + "/results");
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode results = Api.json(listed);
        assertThat(results.valueStream().map(r -> r.get("id").asString())).containsExactly(f.later(), f.earlier());
        JsonNode later = results.get(0);
        assertThat(later.get("client").asString()).isEqualTo(f.client());
        assertThat(later.get("assessedOn").asString()).isEqualTo(Setup.LATER_DATE);
        assertThat(later.get("verdict").asString()).isEqualTo("not-ready");
        assertThat(later.get("majors").asInt()).isEqualTo(1);
        assertThat(later.get("minors").asInt()).isEqualTo(22);
        assertThat(later.get("gaps").asInt()).isEqualTo(LATER_COUNTS.get("gap"));
        assertThat(later.get("observations").asInt()).isEqualTo(3);
        assertThat(later.get("submittedBy").asString()).isEqualTo("admin");
        assertThat(results.get(1).get("assessedOn").asString()).isEqualTo(Setup.EARLIER_DATE);

        JsonNode summary = Api.json(api().get(Setup.admin(api()), "/api/v1/results/" + f.earlier() + "/summary"));
        assertThat(summary.get("assessedOn").asString()).isEqualTo(Setup.EARLIER_DATE);
        assertThat(counts(summary.get("findings"))).isEqualTo(EARLIER_COUNTS);
    }

    @Test
    default void theSnapshotComesBackByteForByte() {
        String client = Setup.createClient(api(), "ROUND-TRIP");
        byte[] asWritten = Setup.sampleAsWritten(Setup.LATER, client);
        byte[] rewritten = Setup.snapshot(Setup.EARLIER, client);
        for (byte[] snapshot : List.of(asWritten, rewritten)) {
            String id = Setup.submit(api(), Setup.admin(api()), snapshot, Setup.LATER_DATE);
            var back = api().get(Setup.admin(api()), "/api/v1/results/" + id + "/snapshot");
            assertThat(back.statusCode()).isEqualTo(200);
            assertThat(back.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(back.body()).isEqualTo(snapshot);
        }
    }

    @Test
    default void theSameSnapshotAndDateGiveByteIdenticalReports() {
        String client = Setup.createClient(api(), "SAME");
        byte[] snapshot = Setup.snapshot(Setup.LATER, client);
        String first = Setup.submit(api(), Setup.admin(api()), snapshot, Setup.LATER_DATE);
        String second = Setup.submit(api(), Setup.admin(api()), snapshot, Setup.LATER_DATE);
        assertThat(second).isNotEqualTo(first);
        for (String format : List.of("json", "md", "oscal", "text")) {
            byte[] a = api().get(Setup.admin(api()), "/api/v1/results/" + first + "?format=" + format).body();
            byte[] b = api().get(Setup.admin(api()), "/api/v1/results/" + second + "?format=" + format).body();
            assertThat(a).as(format).isNotEmpty().isEqualTo(b);
        }
        // One assessment per client and day in the history: the second replaced the first.
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/clients/" + client + "/history"))).hasSize(1);
    }

    // --- validation and errors ---

    @Test
    default void aValidSnapshotIsValid() {
        var valid = api().post(Setup.admin(api()), "/api/v1/validations", Api.sample(Setup.LATER));
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(Api.json(valid).get("valid").asBoolean()).isTrue();
    }

    @Test
    default void anInvalidSnapshotIsAProblemNamingEachJsonPath() {
        ObjectNode tree = (ObjectNode) Setup.JSON.readTree(Api.sample(Setup.LATER));
        tree.put("organization", "BrightPath");
        byte[] invalid = Setup.JSON.writeValueAsBytes(tree);

        JsonNode validation = problem(api().post(Setup.admin(api()), "/api/v1/validations", invalid), 400);
        assertThat(errorPaths(validation)).containsExactly("$.organization");
        assertThat(validation.get("errors").get(0).get("message").asString()).isNotBlank();

        // Submitting it is the same problem, and nothing is stored.
        String client = Setup.createClient(api(), "INVALID");
        JsonNode submission = problem(api().post(Setup.admin(api()), "/api/v1/assessments", invalid), 400);
        assertThat(submission.get("errors")).isEqualTo(validation.get("errors"));
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/clients/" + client + "/results"))).isEmpty();
    }

    @Test
    default void aSnapshotWithoutAClientIdIsRefused() {
        ObjectNode tree = (ObjectNode) Setup.JSON.readTree(Api.sample(Setup.LATER));
        ((ObjectNode) tree.get("organization")).remove("id");
        var refused = problem(api().post(Setup.admin(api()), "/api/v1/assessments", Setup.JSON.writeValueAsBytes(tree)), 400);
        assertThat(errorPaths(refused)).containsExactly("$.organization");
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("'id'");
        ((ObjectNode) tree.get("organization")).put("id", " ");
        var blank = problem(api().post(Setup.admin(api()), "/api/v1/assessments", Setup.JSON.writeValueAsBytes(tree)), 400);
        assertThat(errorPaths(blank)).containsExactly("$.organization.id");
    }

    @Test
    default void valuesTooLongToStoreAreBadInputNotAnOutage() {
        String client = Setup.createClient(api(), "LONG");
        ObjectNode tree = (ObjectNode) Setup.JSON.readTree(Setup.snapshot(Setup.LATER, client));
        ((ObjectNode) tree.get("organization")).put("id", "L".repeat(201));
        assertThat(errorPaths(problem(api().post(Setup.admin(api()), "/api/v1/assessments",
                Setup.JSON.writeValueAsBytes(tree)), 400))).containsExactly("$.organization.id");
        ((ObjectNode) tree.get("organization")).put("id", client).put("name", "N".repeat(501));
        assertThat(errorPaths(problem(api().post(Setup.admin(api()), "/api/v1/assessments",
                Setup.JSON.writeValueAsBytes(tree)), 400))).containsExactly("$.organization.name");
        ((ObjectNode) tree.get("organization")).put("name", "Long Ltd");
        tree.put("name", "S".repeat(1001));
        assertThat(errorPaths(problem(api().post(Setup.admin(api()), "/api/v1/assessments",
                Setup.JSON.writeValueAsBytes(tree)), 400))).containsExactly("$.name");
        assertThat(errorPaths(problem(api().post(Setup.admin(api()), "/api/v1/clients",
                "{\"id\":\"" + Setup.unique("LONG") + "\",\"name\":\"" + "N".repeat(501) + "\"}"), 400)))
                .containsExactly("$.name");
        // An id the findings name, longer than the history keeps: refused as a whole, nothing half-saved.
        String longRisk = new String(Setup.snapshot(Setup.LATER, client), StandardCharsets.UTF_8)
                .replace("\"R-004\"", "\"R-" + "4".repeat(400) + "\"");
        assertThat(errorPaths(problem(api().post(Setup.admin(api()), "/api/v1/assessments", longRisk), 400)))
                .containsExactly("$");
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/clients/" + client + "/results"))).isEmpty();
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/clients/" + client + "/history"))).isEmpty();
    }

    @Test
    default void concurrentSubmissionsForOneClientAndDayAreAllStored() throws Exception {
        String client = Setup.createClient(api(), "RACE");
        byte[] snapshot = Setup.snapshot(Setup.LATER, client);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Callable<HttpResponse<byte[]>> submit = () -> api().post(Setup.admin(api()),
                    "/api/v1/assessments?date=" + Setup.LATER_DATE, snapshot);
            for (var answer : pool.invokeAll(java.util.Collections.nCopies(4, submit))) {
                assertThat(answer.get().statusCode()).as(Api.text(answer.get())).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/clients/" + client + "/results"))).hasSize(4);
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/clients/" + client + "/history"))).hasSize(1);
    }

    @Test
    default void malformedJsonIsABadInputProblem() {
        byte[] malformed = "{\"formatVersion\": \"1.0\", ".getBytes(StandardCharsets.UTF_8);
        assertThat(errorPaths(problem(api().post(Setup.admin(api()), "/api/v1/validations", malformed), 400))).isNotEmpty();
        assertThat(errorPaths(problem(api().post(Setup.admin(api()), "/api/v1/assessments", malformed), 400))).isNotEmpty();
        assertThat(errorPaths(problem(api().post(Setup.admin(api()), "/api/v1/clients", "{\"id\": "), 400))).containsExactly("$");
        assertThat(errorPaths(problem(api().post(Setup.admin(api()), "/api/v1/users", "[1, 2"), 400))).containsExactly("$");
        // Not JSON at all.
        var plain = api().request(Setup.admin(api()), "POST", "/api/v1/assessments", "text/plain",
                "hello".getBytes(StandardCharsets.UTF_8), null);
        problem(plain, 415);
    }

    @Test
    default void aBadDateIsAProblemNamingTheParameter() {
        for (String date : List.of("2026-13-01", "tomorrow", "29.11.2026")) {
            JsonNode bad = problem(api().post(Setup.admin(api()), "/api/v1/assessments?date=" + date,
                    Setup.snapshot(Setup.LATER, fixture().client())), 400);
            assertThat(errorPaths(bad)).containsExactly("parameter date");
        }
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/clients/" + fixture().client() + "/results"))).hasSize(2);
    }

    @Test
    default void anUnknownFormatIsAProblemNamingTheParameter() {
        ApiFixture f = fixture();
        for (String path : List.of("/api/v1/results/" + f.later() + "?format=docx",
                "/api/v1/clients/" + f.client() + "/history?format=pdf",
                "/api/v1/portfolio?format=xlsx",
                "/api/v1/comparisons?from=" + f.earlier() + "&to=" + f.later() + "&format=oscal")) {
            assertThat(errorPaths(problem(api().get(Setup.admin(api()), path), 400))).as(path).containsExactly("parameter format");
        }
    }

    @Test
    default void anUnknownResultOrClientIsNotFound() {
        problem(api().get(Setup.admin(api()), "/api/v1/results/no-such-result"), 404);
        problem(api().get(Setup.admin(api()), "/api/v1/results/no-such-result/summary"), 404);
        problem(api().get(Setup.admin(api()), "/api/v1/results/no-such-result?format=pdf", "application/pdf"), 404);
        problem(api().get(Setup.admin(api()), "/api/v1/clients/NO-SUCH-CLIENT"), 404);
        problem(api().get(Setup.admin(api()), "/api/v1/clients/NO-SUCH-CLIENT/history"), 404);
        problem(api().get(Setup.admin(api()), "/api/v1/no-such-endpoint"), 404);
    }

    // --- history, portfolio, comparisons ---

    @Test
    default void aClientsHistoryListsEachDatedAssessmentInJsonTextAndHtml() {
        ApiFixture f = fixture();
        String path = "/api/v1/clients/" + f.client() + "/history";
        var json = api().get(Setup.admin(api()), path);
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode history = Api.json(json);
        assertThat(history.valueStream().map(h -> h.get("date").asString()))
                .containsExactly(Setup.EARLIER_DATE, Setup.LATER_DATE);
        JsonNode later = history.get(1);
        assertThat(later.get("client").get("id").asString()).isEqualTo(f.client());
        assertThat(later.get("verdict").asString()).isEqualTo("not-ready");
        assertThat(List.of(later.get("majors").asInt(), later.get("minors").asInt(), later.get("gaps").asInt(),
                later.get("observations").asInt())).containsExactly(1, 22, 57, 3);
        assertThat(api().get(Setup.admin(api()), path, "application/json").body()).isEqualTo(json.body());

        for (var text : List.of(api().get(Setup.admin(api()), path + "?format=text"), api().get(Setup.admin(api()), path, "text/plain"))) {
            assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            assertThat(Api.text(text)).contains(Setup.EARLIER_DATE, Setup.LATER_DATE);
        }
        for (var html : List.of(api().get(Setup.admin(api()), path + "?format=html"), api().get(Setup.admin(api()), path, "text/html"))) {
            assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(Api.text(html)).startsWithIgnoringCase("<!DOCTYPE html").contains(Setup.EARLIER_DATE, Setup.LATER_DATE);
        }
    }

    @Test
    default void thePortfolioShowsEachClientsLatestAssessment() {
        ApiFixture f = fixture();
        var json = api().get(Setup.admin(api()), "/api/v1/portfolio");
        assertThat(json.statusCode()).isEqualTo(200);
        String portfolio = Api.text(json);
        assertThat(portfolio).contains(f.client(), f.otherClient());
        var text = api().get(Setup.admin(api()), "/api/v1/portfolio?format=text");
        assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(Api.text(text)).contains(f.client(), f.otherClient());
        assertThat(api().get(Setup.admin(api()), "/api/v1/portfolio", "text/plain").body()).isEqualTo(text.body());
    }

    @Test
    default void twoResultsOfOneClientAreComparedFindingByFinding() {
        ApiFixture f = fixture();
        String path = "/api/v1/comparisons?from=" + f.earlier() + "&to=" + f.later();
        var json = api().get(Setup.admin(api()), path);
        assertThat(json.statusCode()).as(Api.text(json)).isEqualTo(200);
        JsonNode comparison = Api.json(json);
        assertThat(comparison.get("crossClient").asBoolean()).isFalse();
        assertThat(comparison.get("earlier").get("assessmentDate").asString()).isEqualTo(Setup.EARLIER_DATE);
        assertThat(comparison.get("later").get("assessmentDate").asString()).isEqualTo(Setup.LATER_DATE);
        assertThat(comparison.get("findings").get("resolved")).hasSize(RESOLVED);
        assertThat(comparison.get("findings").get("new")).hasSize(NEW);
        assertThat(comparison.get("regressions").valueStream().map(r -> r.get("subject").asString())).contains("A.10.9.2");
        assertThat(api().get(Setup.admin(api()), path, "application/json").body()).isEqualTo(json.body());

        for (String[] format : new String[][] {{"md", "text/markdown"}, {"html", "text/html"}, {"text", "text/plain"}}) {
            var byParameter = api().get(Setup.admin(api()), path + "&format=" + format[0]);
            var byAccept = api().get(Setup.admin(api()), path, format[1]);
            assertThat(byParameter.headers().firstValue("Content-Type").orElseThrow()).startsWith(format[1]);
            assertThat(byAccept.body()).as(format[0]).isEqualTo(byParameter.body());
            assertThat(Api.text(byParameter)).contains("A.10.9.2");
        }
    }

    @Test
    default void resultsOfTwoClientsAreComparedByScoresOnly() {
        ApiFixture f = fixture();
        var json = api().get(Setup.admin(api()), "/api/v1/comparisons?from=" + f.other() + "&to=" + f.later());
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode comparison = Api.json(json);
        assertThat(comparison.get("crossClient").asBoolean()).isTrue();
        assertThat(comparison.has("findings")).isFalse();
        assertThat(comparison.get("earlier").get("organizationId").asString()).isEqualTo(f.otherClient());
    }

    @Test
    default void aComparisonNeedsBothSides() {
        JsonNode missing = problem(api().get(Setup.admin(api()), "/api/v1/comparisons?from=" + fixture().earlier()), 400);
        assertThat(errorPaths(missing)).containsExactly("parameter to");
        problem(api().get(Setup.admin(api()), "/api/v1/comparisons?from=" + fixture().earlier() + "&to=no-such-result"), 404);
    }

    // --- catalogue ---

    @Test
    default void theCatalogueListsEveryRequirementAndControl() {
        var all = api().get(Setup.admin(api()), "/api/v1/catalogue");
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode catalogue = Api.json(all);
        assertThat(catalogue.get("requirements")).hasSize(141);
        assertThat(catalogue.get("controls")).hasSize(133);

        JsonNode control = Api.json(api().get(Setup.admin(api()), "/api/v1/catalogue/A.8.3.3"));
        assertThat(control.get("id").asString()).isEqualTo("A.8.3.3");
        JsonNode requirement = Api.json(api().get(Setup.admin(api()), "/api/v1/catalogue/4.2.1.j.3"));
        assertThat(requirement.get("id").asString()).isEqualTo("4.2.1.j.3");
        problem(api().get(Setup.admin(api()), "/api/v1/catalogue/A.99.1"), 404);
    }

    // --- the ISMS workbook ---

    @Test
    default void aWorkbookIsAssessedLikeItsSnapshotAndItsErrorsNameCells() throws java.io.IOException {
        String client = Setup.createClient(api(), "WORKBOOK");
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var out = new java.io.ByteArrayOutputStream();
        new org.ismsassessor.workbook.WorkbookWriter(org.ismsassessor.catalogue.Catalogue.load(
                org.ismsassessor.catalogue.Edition.ISO27001_2005)).export(tools.jackson.databind.json.JsonMapper.builder().build().readTree(
                Setup.snapshot(Setup.LATER, client)), out);
        var submitted = api().request(Setup.admin(api()), "POST", "/api/v1/assessments?date=" + Setup.LATER_DATE, xlsx,
                out.toByteArray(), null);
        assertThat(submitted.statusCode()).as(Api.text(submitted)).isEqualTo(201);
        assertThat(counts(Api.json(submitted).get("findings"))).isEqualTo(LATER_COUNTS);

        var template = new java.io.ByteArrayOutputStream();
        new org.ismsassessor.workbook.WorkbookWriter(org.ismsassessor.catalogue.Catalogue.load(
                org.ismsassessor.catalogue.Edition.ISO27001_2005)).template(template);
        var invalid = api().request(Setup.admin(api()), "POST", "/api/v1/validations", xlsx, template.toByteArray(), null);
        assertThat(errorPaths(problem(invalid, 400))).containsExactly("Organization!B2 (Id)");
        assertThat(Api.json(invalid).get("errors").get(0).get("message").asString())
                .isEqualTo("the organization is required: fill in at least its id");
    }
}

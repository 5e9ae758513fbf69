package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ismsassessor.web.api.Setup.errorPaths;
import static org.ismsassessor.web.api.Setup.problem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ismsassessor.decision.Decision;
import org.ismsassessor.report.SpreadsheetReport;
import org.ismsassessor.tracking.ActionStatus;
import org.ismsassessor.tracking.TrackedAction;
import org.ismsassessor.web.Api;
import org.ismsassessor.web.decisions.DecisionStore;
import org.ismsassessor.web.tracking.TrackingStore;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Decisions on findings and remediation tracking through real HTTP, on H2 ({@link DecisionsOnH2Test}) and PostgreSQL
 * ({@link DecisionsOnPostgresTest}): who may write, the checks by field, how decisions and tracked items follow a
 * later assessment, and that both are read back by a fresh store over the same database.
 */
interface DecisionsContract {
    Api api();

    /** The database the server under test uses, for stores made afresh over it. */
    JdbcClient jdbc();

    /** A client with the earlier BrightPath sample, and a consultant, an auditor and a viewer granted it. */
    record Fixture(String client, String earlier, JsonNode earlierResult, Setup.User consultant, Setup.User auditor,
            Setup.User viewer) {
    }

    private Fixture fixture() {
        String client = Setup.createClient(api(), "DECIDE");
        Setup.User consultant = Setup.createUser(api(), "consultant", client);
        String earlier = Setup.submit(api(), consultant.as(), Setup.snapshot(Setup.EARLIER, client), Setup.EARLIER_DATE);
        JsonNode result = Api.json(api().get(consultant.as(), "/api/v1/results/" + earlier));
        return new Fixture(client, earlier, result, consultant, Setup.createUser(api(), "auditor", client),
                Setup.createUser(api(), "client_viewer", client));
    }

    private static JsonNode finding(JsonNode result, java.util.function.Predicate<JsonNode> which) {
        return result.path("findings").valueStream().filter(which).findFirst().orElseThrow();
    }

    private static String expiry() {
        return LocalDate.now().plusMonths(6).toString();
    }

    private static String falsePositive(String findingId) {
        return "{\"findingId\":\"" + findingId + "\",\"kind\":\"false-positive\",\"justification\":\"the record exists\","
                + "\"expiresOn\":\"" + expiry() + "\"}";
    }

    @Test
    default void consultantsRecordDecisionsWhichEveryoneGrantedReadsAndEveryReportShows() {
        Fixture f = fixture();
        String findingId = finding(f.earlierResult(), n -> true).path("id").asString();
        String path = "/api/v1/clients/" + f.client() + "/decisions";

        var created = api().post(f.consultant().as(), path, falsePositive(findingId));
        assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
        JsonNode decision = Api.json(created);
        String id = decision.path("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue(path + "/" + id);
        assertThat(decision.path("decidedBy").asString()).isEqualTo(f.consultant().username());
        assertThat(decision.path("decidedOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(decision.path("status").asString()).isEqualTo("applied");
        assertThat(decision.path("fingerprint").asString()).hasSize(32);

        for (Setup.User reader : List.of(f.auditor(), f.viewer())) {
            JsonNode listed = Api.json(api().get(reader.as(), path));
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).path("id").asString()).isEqualTo(id);
            assertThat(listed.get(0).path("latestResult").asString()).isEqualTo(f.earlier());
            problem(api().post(reader.as(), path, falsePositive(findingId)), 403);
            problem(api().delete(reader.as(), path + "/" + id), 403);
            JsonNode result = Api.json(api().get(reader.as(), "/api/v1/results/" + f.earlier()));
            assertThat(result.path("decisions").path("decidedFindings").get(0).asString()).isEqualTo(findingId);
            assertThat(result.path("decisions").path("applied").get(0).path("justification").asString())
                    .isEqualTo("the record exists");
            // Never the verdict or the findings.
            assertThat(result.path("readiness")).isEqualTo(f.earlierResult().path("readiness"));
            assertThat(result.path("findings")).isEqualTo(f.earlierResult().path("findings"));
        }
        String markdown = Api.text(api().get(f.auditor().as(), "/api/v1/results/" + f.earlier() + "?format=md"));
        assertThat(markdown).contains("## Decisions").contains("the record exists");

        var withdrawn = api().delete(f.consultant().as(), path + "/" + id);
        assertThat(withdrawn.statusCode()).as(Api.text(withdrawn)).isEqualTo(200);
        assertThat(Api.json(withdrawn).path("status").asString()).isEqualTo("withdrawn");
        assertThat(Api.json(withdrawn).path("withdrawnBy").asString()).isEqualTo(f.consultant().username());
        problem(api().delete(f.consultant().as(), path + "/" + id), 409);
        assertThat(Api.json(api().get(f.auditor().as(), path)).get(0).path("status").asString()).isEqualTo("withdrawn");
        assertThat(Api.json(api().get(f.auditor().as(), "/api/v1/results/" + f.earlier())).has("decisions")).isFalse();
    }

    @Test
    default void badDecisionsAreRefusedNamingTheField() {
        Fixture f = fixture();
        String path = "/api/v1/clients/" + f.client() + "/decisions";
        assertThat(errorPaths(problem(api().post(f.consultant().as(), path,
                "{\"kind\":\"deferred\",\"justification\":\"\",\"decidedBy\":\"mallory\"}"), 400)))
                .containsExactly("$.decidedBy", "$.findingId", "$.justification", "$.dueDate");
        assertThat(errorPaths(problem(api().post(f.consultant().as(), path, falsePositive("F-NOT-RAISED")), 400)))
                .containsExactly("$.findingId");
        String clause = finding(f.earlierResult(), n -> !n.path("requirement").asString().startsWith("A."))
                .path("id").asString();
        JsonNode refused = problem(api().post(f.consultant().as(), path, "{\"findingId\":\"" + clause + "\","
                + "\"kind\":\"risk-accepted\",\"justification\":\"j\",\"approval\":\"MD-1\",\"expiresOn\":\"" + expiry()
                + "\"}"), 400);
        assertThat(errorPaths(refused)).containsExactly("$.kind");
        assertThat(refused.path("errors").get(0).path("message").asString())
                .startsWith("risk-accepted is for Annex A findings only");
        assertThat(Api.json(api().get(f.consultant().as(), path))).isEmpty();
        // Another client's decisions do not exist for this consultant.
        String other = Setup.createClient(api(), "OTHER");
        problem(api().get(f.consultant().as(), "/api/v1/clients/" + other + "/decisions"), 404);
    }

    @Test
    default void actionPlanItemsAreTrackedByTheApiAndByTheXlsxReportsTrackingColumns() throws IOException {
        Fixture f = fixture();
        String path = "/api/v1/clients/" + f.client() + "/actions";
        JsonNode plan = f.earlierResult().path("actionPlan");
        String first = plan.get(0).path("findingId").asString();
        String second = plan.get(1).path("findingId").asString();

        var put = api().put(f.consultant().as(), path + "/" + first,
                "{\"status\":\"in-progress\",\"assignee\":\"Dana\",\"dueDate\":\"2026-01-31\",\"notes\":\"ordered\"}");
        assertThat(put.statusCode()).as(Api.text(put)).isEqualTo(200);
        JsonNode item = Api.json(api().get(f.auditor().as(), path + "/" + first));
        assertThat(item.path("status").asString()).isEqualTo("in-progress");
        assertThat(item.path("assignee").asString()).isEqualTo("Dana");
        assertThat(item.path("dueDate").asString()).isEqualTo("2026-01-31");
        assertThat(item.path("overdue").asBoolean()).isTrue();
        assertThat(item.path("requirement").asString()).isEqualTo(plan.get(0).path("requirement").asString());
        assertThat(Api.json(api().get(f.auditor().as(), path + "?overdue=true")).valueStream()
                .map(n -> n.path("key").asString()).toList()).containsExactly(first);
        assertThat(Api.json(api().get(f.auditor().as(), path))).hasSize(plan.size());
        assertThat(Api.text(api().get(Setup.admin(api()), "/api/v1/portfolio"))).contains("\"overdueActions\":1");

        assertThat(errorPaths(problem(api().put(f.consultant().as(), path + "/" + first, "{\"status\":\"finished\"}"), 400)))
                .containsExactly("$.status");
        problem(api().put(f.auditor().as(), path + "/" + first, "{\"status\":\"done\"}"), 403);
        problem(api().put(f.consultant().as(), path + "/F-NOT-IN-PLAN", "{\"status\":\"done\"}"), 404);

        // The XLSX report filled in and uploaded back: applied by finding id, an unknown row listed, not dropped.
        byte[] xlsx = api().get(f.consultant().as(), "/api/v1/results/" + f.earlier() + "?format=xlsx").body();
        byte[] filled = fill(xlsx, Map.of(second, List.of("done", "Erin", "", "fixed")), "F-UNKNOWN");
        var uploaded = multipart(f.consultant().as(), path + "/xlsx", filled);
        assertThat(uploaded.statusCode()).as(Api.text(uploaded)).isEqualTo(200);
        JsonNode answer = Api.json(uploaded);
        // The download carries the first item's tracking (set above), applied again as it is, and the second's.
        assertThat(answer.path("applied").asInt()).isEqualTo(2);
        assertThat(answer.path("unknown").get(0).path("key").asString()).isEqualTo("F-UNKNOWN");
        assertThat(answer.path("unknown").get(0).path("cell").asString()).isEqualTo("Action plan!F" + (plan.size() + 2));
        JsonNode done = Api.json(api().get(f.auditor().as(), path + "/" + second));
        assertThat(done.path("status").asString()).isEqualTo("done");
        assertThat(done.path("assignee").asString()).isEqualTo("Erin");
        assertThat(done.path("notes").asString()).isEqualTo("fixed");

        // Downloaded again, the report carries the tracking: uploaded back unchanged, it changes nothing.
        byte[] again = api().get(f.consultant().as(), "/api/v1/results/" + f.earlier() + "?format=xlsx").body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(again))) {
            Sheet actions = workbook.getSheet(SpreadsheetReport.ACTIONS_SHEET);
            Row firstRow = actions.getRow(1);
            assertThat(firstRow.getCell(5).getStringCellValue()).isEqualTo(first);
            assertThat(List.of(firstRow.getCell(6).getStringCellValue(), firstRow.getCell(7).getStringCellValue(),
                    firstRow.getCell(8).getStringCellValue(), firstRow.getCell(9).getStringCellValue()))
                    .containsExactly("in progress", "Dana", "2026-01-31", "ordered");
        }
        var reuploaded = multipart(f.consultant().as(), path + "/xlsx", again);
        assertThat(Api.json(reuploaded).path("applied").asInt()).isEqualTo(2);
        assertThat(Api.json(api().get(f.auditor().as(), path + "/" + first)).path("status").asString())
                .isEqualTo("in-progress");

        byte[] bad = fill(xlsx, Map.of(second, List.of("finished", "", "soon", "")), null);
        JsonNode refused = problem(multipart(f.consultant().as(), path + "/xlsx", bad), 400);
        assertThat(errorPaths(refused)).containsExactly("Action plan!G3 (Status)", "Action plan!I3 (Due date)");
        problem(multipart(f.auditor().as(), path + "/xlsx", filled), 403);
    }

    @Test
    default void decisionsAndTrackedActionsFollowALaterAssessmentAndSurviveAFreshStore() {
        Fixture f = fixture();
        String later = Setup.submit(api(), Setup.admin(api()), Setup.snapshot(Setup.LATER, f.client()), Setup.LATER_DATE);
        JsonNode laterResult = Api.json(api().get(f.consultant().as(), "/api/v1/results/" + later));
        Map<String, JsonNode> laterFindings = new HashMap<>();
        laterResult.path("findings").forEach(n -> laterFindings.put(n.path("id").asString(), n));
        // The later sample's findings (assessed for the fixture's client) tell which findings of the earlier one go
        // and which stay with the same facts; a client of its own then goes from the earlier to the later sample.
        JsonNode gone = finding(f.earlierResult(), n -> !laterFindings.containsKey(n.path("id").asString()));
        JsonNode same = finding(f.earlierResult(), n -> laterFindings.containsKey(n.path("id").asString())
                && laterFindings.get(n.path("id").asString()).path("subjects").equals(n.path("subjects")));
        String client = Setup.createClient(api(), "FOLLOW");
        Setup.User consultant = Setup.createUser(api(), "consultant", client);
        Setup.submit(api(), consultant.as(), Setup.snapshot(Setup.EARLIER, client), Setup.EARLIER_DATE);
        String decisions = "/api/v1/clients/" + client + "/decisions";
        String actions = "/api/v1/clients/" + client + "/actions";
        String applies = Api.json(api().post(consultant.as(), decisions, falsePositive(same.path("id").asString())))
                .path("id").asString();
        String lapses = Api.json(api().post(consultant.as(), decisions, falsePositive(gone.path("id").asString())))
                .path("id").asString();
        assertThat(api().put(consultant.as(), actions + "/" + gone.path("id").asString(),
                "{\"status\":\"in-progress\",\"assignee\":\"Dana\"}").statusCode()).isEqualTo(200);
        assertThat(api().put(consultant.as(), actions + "/" + same.path("id").asString(),
                "{\"status\":\"done\"}").statusCode()).isEqualTo(200);

        Setup.submit(api(), consultant.as(), Setup.snapshot(Setup.LATER, client), Setup.LATER_DATE);

        Map<String, JsonNode> listed = new HashMap<>();
        Api.json(api().get(consultant.as(), decisions)).forEach(n -> listed.put(n.path("id").asString(), n));
        assertThat(listed.get(applies).path("status").asString()).isEqualTo("applied");
        assertThat(listed.get(lapses).path("status").asString()).isEqualTo("lapsed");
        assertThat(listed.get(lapses).path("lapsedBecause").asString()).isEqualTo("the finding is no longer raised");
        JsonNode closed = Api.json(api().get(consultant.as(), actions + "/" + gone.path("id").asString()));
        assertThat(closed.path("status").asString()).isEqualTo("done");
        assertThat(closed.path("raised").asBoolean()).isFalse();
        assertThat(closed.path("notes").asString()).isEqualTo("finding no longer raised on " + Setup.LATER_DATE);
        JsonNode reopened = Api.json(api().get(consultant.as(), actions + "/" + same.path("id").asString()));
        assertThat(reopened.path("status").asString()).isEqualTo("open");
        assertThat(reopened.path("notes").asString()).isEqualTo("finding raised again on " + Setup.LATER_DATE + ": reopened");

        // A store made afresh over the same database reads both back, as after a restart.
        List<Decision> standing = new DecisionStore(jdbc()).standing(client);
        assertThat(standing).extracting(Decision::id).containsExactlyInAnyOrder(applies, lapses);
        assertThat(standing).allMatch(d -> d.decidedBy().equals(consultant.username()) && d.fingerprint() != null);
        List<TrackedAction> tracked = new TrackingStore(jdbc()).ofClient(client);
        assertThat(tracked).extracting(TrackedAction::key, TrackedAction::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(gone.path("id").asString(), ActionStatus.DONE),
                org.assertj.core.groups.Tuple.tuple(same.path("id").asString(), ActionStatus.OPEN));
    }

    @Test
    default void theReportPageTakesDecisionsAndTrackingFromConsultantsOnly() {
        Fixture f = fixture();
        String page = "/results/" + f.earlier();
        String key = f.earlierResult().path("actionPlan").get(0).path("findingId").asString();
        PageSession consultant = PageSession.signIn(api(), f.consultant().username(), f.consultant().password());
        String report = Api.text(consultant.get(page));
        assertThat(report).contains("<section id=\"tracking\">").contains("value=\"" + key + "\"");
        assertThat(report.split("class=\"decision-form\"", -1)).hasSize(f.earlierResult().path("findings").size() + 1);
        String readOnly = Api.text(PageSession.signIn(api(), f.auditor().username(), f.auditor().password()).get(page));
        assertThat(readOnly).contains("<section id=\"tracking\">").doesNotContain("decision-form", "tracking-upload");

        var tracked = consultant.submit("/clients/" + f.client() + "/actions/" + key + "?result=" + f.earlier(),
                "status=verified&assignee=Dana&dueDate=&notes=");
        assertThat(tracked.statusCode()).isEqualTo(302);
        assertThat(tracked.headers().firstValue("Location").orElseThrow()).endsWith(page + "#track-" + key);
        JsonNode item = Api.json(api().get(f.auditor().as(), "/api/v1/clients/" + f.client() + "/actions/" + key));
        assertThat(item.path("status").asString()).isEqualTo("verified");
        assertThat(item.path("assignee").asString()).isEqualTo("Dana");
        assertThat(item.path("dueDate").isNull()).isTrue();

        var refused = consultant.submit(page + "/decisions", "findingId=" + key + "&kind=deferred&justification=");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.text(refused)).contains("$.justification").contains("$.dueDate");
        var decided = consultant.submit(page + "/decisions", "findingId=" + key + "&kind=deferred&justification=budget"
                + "&dueDate=" + expiry() + "&subject=&approval=&expiresOn=");
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(decided.headers().firstValue("Location").orElseThrow()).endsWith(page + "#decisions");
        JsonNode listed = Api.json(api().get(f.auditor().as(), "/api/v1/clients/" + f.client() + "/decisions"));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("expiresOn").asString()).isEqualTo(expiry());
        assertThat(Api.text(consultant.get(page))).contains("budget").contains("<h2 id=\"decisions\">");
    }

    /** The XLSX report with tracking columns set on the rows of some findings, and a row for an unknown finding. */
    private static byte[] fill(byte[] xlsx, Map<String, List<String>> byFinding, String unknown) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet(SpreadsheetReport.ACTIONS_SHEET);
            int findingColumn = 5;
            for (Row row : sheet) {
                List<String> values = byFinding.get(row.getCell(findingColumn).getStringCellValue());
                if (values != null) {
                    for (int i = 0; i < values.size(); i++) {
                        row.getCell(findingColumn + 1 + i).setCellValue(values.get(i));
                    }
                }
            }
            if (unknown != null) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                row.createCell(findingColumn).setCellValue(unknown);
                row.createCell(findingColumn + 1).setCellValue("open");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<byte[]> multipart(Api.As as, String path, byte[] file) {
        String boundary = "----decisions-contract";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.xlsx\"\r\n"
                + "Content-Type: " + org.ismsassessor.report.ReportFormat.XLSX.mediaType() + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api().request(as, "POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), null);
    }
}

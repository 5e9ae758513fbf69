package org.ismsassessor.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ismsassessor.Samples;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.DecidedReadiness;
import org.ismsassessor.assessment.Decisions;
import org.ismsassessor.finding.DecisionKind;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.Subject;
import org.ismsassessor.report.HtmlReport;
import org.ismsassessor.report.JsonReport;
import org.ismsassessor.report.MarkdownReport;
import org.ismsassessor.report.SpreadsheetReport;
import org.ismsassessor.report.TextReport;
import org.ismsassessor.snapshot.InputError;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Decisions on findings: their checks with JSON paths, when they apply or lapse, and how every report shows them. */
class DecisionsTest {
    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 11, 20);

    private static AssessmentResult result() {
        return Samples.assessed("brightpath-software");
    }

    private static Finding first(java.util.function.Predicate<Finding> which) {
        return result().findings().stream().filter(which).findFirst().orElseThrow();
    }

    private static Finding clauseFinding() {
        return first(f -> !f.requirement().startsWith("A.") && f.items().isEmpty());
    }

    private static Finding annexFinding() {
        return first(f -> f.requirement().startsWith("A.") && f.items().isEmpty());
    }

    private static Finding grouped() {
        return first(f -> f.items().size() > 1);
    }

    private static Decision decision(String id, Finding finding, String subject, DecisionKind kind, LocalDate expiresOn) {
        return new Decision(id, finding.id(), subject, kind, "the client showed the evidence", kind == DecisionKind.RISK_ACCEPTED
                ? "management decision MD-7" : null, kind == DecisionKind.DEFERRED ? expiresOn : null, "carol",
                DECIDED_ON, expiresOn, Fingerprint.of(finding, subject));
    }

    private static List<InputError> errorsOf(String json) {
        List<InputError> errors = new ArrayList<>();
        Decision read = DecisionRequests.read(JsonMapper.shared().readTree(json), "$", DecisionRequests.Source.API,
                "carol", DECIDED_ON, errors);
        if (errors.isEmpty()) {
            assertThat(read).isNotNull();
        }
        return errors;
    }

    @Test
    void aDecisionIsReadFromTheApiBodyWithWhoAndWhenFromTheService() {
        List<InputError> errors = new ArrayList<>();
        Decision d = DecisionRequests.read(JsonMapper.shared().readTree("""
                {"findingId":"F-1","kind":"deferred","justification":" budget in Q1 ","dueDate":"2027-03-31"}"""),
                "$", DecisionRequests.Source.API, "carol", DECIDED_ON, errors);
        assertThat(errors).isEmpty();
        assertThat(d).isEqualTo(new Decision(null, "F-1", null, DecisionKind.DEFERRED, "budget in Q1", null,
                LocalDate.of(2027, 3, 31), "carol", DECIDED_ON, LocalDate.of(2027, 3, 31), null));
    }

    @Test
    void badDecisionsAreRefusedWithEveryFieldNamed() {
        assertThat(errorsOf("{\"kind\":\"maybe\",\"justification\":\"  \"}")).extracting(InputError::path)
                .containsExactly("$.findingId", "$.kind", "$.justification");
        assertThat(errorsOf("{\"findingId\":\"F-1\",\"kind\":\"deferred\",\"justification\":\"j\"}"))
                .containsExactly(new InputError("$.dueDate", "required: a date YYYY-MM-DD"));
        assertThat(errorsOf("{\"findingId\":\"F-1\",\"kind\":\"risk-accepted\",\"justification\":\"j\",\"expiresOn\":\"2027-01-01\"}"))
                .extracting(InputError::path).containsExactly("$.approval");
        assertThat(errorsOf("{\"findingId\":\"F-1\",\"kind\":\"false-positive\",\"justification\":\"j\",\"expiresOn\":\"2027-11-21\"}"))
                .containsExactly(new InputError("$.expiresOn", "at most one year after the decision date 2026-11-20 "
                        + "(2027-11-20) for false-positive: decide again then"));
        assertThat(errorsOf("{\"findingId\":\"F-1\",\"kind\":\"false-positive\",\"justification\":\"j\",\"expiresOn\":\"2027-11-20\"}"))
                .isEmpty();
        assertThat(errorsOf("{\"findingId\":\"F-1\",\"kind\":\"false-positive\",\"justification\":\"j\"}"))
                .containsExactly(new InputError("$.expiresOn", "required: a date YYYY-MM-DD"));
        assertThat(errorsOf("{\"findingId\":\"F-1\",\"kind\":\"deferred\",\"justification\":\"j\",\"dueDate\":\"2026-02-30\"}"))
                .containsExactly(new InputError("$.dueDate", "expected a date YYYY-MM-DD, not '2026-02-30'"));
        assertThat(errorsOf("{\"findingId\":\"F-1\",\"kind\":\"deferred\",\"justification\":\"j\",\"dueDate\":\"2026-11-19\"}"))
                .containsExactly(new InputError("$.dueDate", "must not be before the decision date 2026-11-20"));
        assertThat(errorsOf("{\"findingId\":\"F-1\",\"kind\":\"deferred\",\"justification\":\"j\",\"dueDate\":\"2027-01-01\","
                + "\"decidedBy\":\"mallory\",\"colour\":\"red\"}")).containsExactly(
                new InputError("$.decidedBy", "set by the service (the caller and today's date): leave it out"),
                new InputError("$.colour", "unknown field; expected one of "
                        + "[approval, dueDate, expiresOn, findingId, justification, kind, subject]"));
        assertThat(errorsOf("[1]")).extracting(InputError::path).containsExactly("$");
    }

    @Test
    void aRiskIsAcceptedForAnnexAFindingsOnlyAndAnItemMustBeOneTheFindingLists() {
        Finding clause = clauseFinding();
        List<InputError> errors = new ArrayList<>();
        DecisionRequests.checkAgainst(decision("D-1", clause, null, DecisionKind.RISK_ACCEPTED, DECIDED_ON.plusMonths(6)),
                clause, "$", errors);
        assertThat(errors).extracting(InputError::path).containsExactly("$.kind");
        assertThat(errors.get(0).message()).startsWith("risk-accepted is for Annex A findings only; finding " + clause.id()
                + " is against requirement " + clause.requirement());
        errors.clear();
        DecisionRequests.checkAgainst(decision("D-2", annexFinding(), null, DecisionKind.RISK_ACCEPTED,
                DECIDED_ON.plusMonths(6)), annexFinding(), "$", errors);
        assertThat(errors).isEmpty();
        DecisionRequests.checkAgainst(decision("D-3", grouped(), "NOT-AN-ITEM", DecisionKind.FALSE_POSITIVE,
                DECIDED_ON.plusMonths(6)), grouped(), "$", errors);
        assertThat(errors).extracting(InputError::path).containsExactly("$.subject");
    }

    @Test
    void withoutDecidedFindingsTheReadinessWithDecisionsIsThePlainOne() {
        assertThat(DecidedReadiness.overall(TestEngine.CATALOGUE, result(), Set.of())).isEqualTo(result().readiness().overall());
        assertThat(AppliedDecisions.apply(TestEngine.CATALOGUE, result(), List.of())).isSameAs(result());
    }

    @Test
    void aDecisionAppliesWhileItsFindingIsRaisedWithTheSameFactsAndLapsesOtherwiseSayingWhy() {
        Finding clause = clauseFinding();
        Finding annex = annexFinding();
        Finding group = grouped();
        String item = group.items().get(0).subject();
        LocalDate later = DECIDED_ON.plusMonths(6);
        Decision applies = decision("D-1", clause, null, DecisionKind.FALSE_POSITIVE, later);
        Decision expired = decision("D-2", annex, null, DecisionKind.RISK_ACCEPTED, LocalDate.of(2026, 11, 28));
        Decision changed = decision("D-3", group, item, DecisionKind.DEFERRED, later).withFingerprint("0".repeat(32));
        Decision gone = new Decision("D-4", "F-GONE", null, DecisionKind.FALSE_POSITIVE, "j", null, null, "carol",
                DECIDED_ON, later, null);
        Decision oneItem = decision("D-5", group, item, DecisionKind.FALSE_POSITIVE, later);

        AssessmentResult decided = AppliedDecisions.apply(TestEngine.CATALOGUE, result(),
                List.of(gone, oneItem, changed, expired, applies));

        Decisions d = decided.decisions();
        assertThat(d.applied()).extracting(Decisions.Outcome::id).containsExactlyInAnyOrder("D-1", "D-5");
        assertThat(d.lapsed()).extracting(Decisions.Outcome::id, Decisions.Outcome::lapsedBecause).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("D-2", "expired on 2026-11-28"),
                org.assertj.core.groups.Tuple.tuple("D-3", AppliedDecisions.FACTS_CHANGED),
                org.assertj.core.groups.Tuple.tuple("D-4", AppliedDecisions.FINDING_GONE));
        assertThat(d.lapsed()).allMatch(o -> o.status().equals("lapsed"));
        // One item of a group decided: the group stays open.
        assertThat(d.decidedFindings()).containsExactly(clause.id());
        assertThat(d.readinessWithDecisions()).isEqualTo(
                DecidedReadiness.overall(TestEngine.CATALOGUE, result(), Set.of(clause.id())));
        assertThat(d.readinessWithDecisions()).isGreaterThan(result().readiness().overall());
        // Nothing about the findings or the verdict changes.
        assertThat(decided.findings()).isEqualTo(result().findings());
        assertThat(decided.readiness()).isEqualTo(result().readiness());
        assertThat(decided.summary()).isEqualTo(result().summary());
    }

    @Test
    void everyItemOfAGroupDecidedDecidesTheGroup() {
        Finding group = grouped();
        List<Decision> each = group.items().stream().map(i -> i.subject()).distinct()
                .map(s -> decision("D-" + s, group, s, DecisionKind.FALSE_POSITIVE, DECIDED_ON.plusMonths(1))).toList();
        assertThat(AppliedDecisions.apply(TestEngine.CATALOGUE, result(), each).decisions().decidedFindings())
                .containsExactly(group.id());
    }

    @Test
    void theFingerprintFollowsTheFactsNotTheWording() {
        Finding f = clauseFinding();
        Finding reworded = new Finding(f.id(), f.requirement(), f.rule(), f.kind(), "Another title", "Other words",
                f.subjects(), f.remedy(), f.riskLevel(), f.recommendedAction(), f.count(), f.alsoRequirements(),
                f.grading(), f.blocks(), f.lateness(), f.items());
        assertThat(Fingerprint.of(reworded, null)).isEqualTo(Fingerprint.of(f, null));
        List<Subject> moved = new ArrayList<>(f.subjects());
        moved.add(new Subject("NEW-1", null, "$.people[99]"));
        assertThat(Fingerprint.of(f.withSubjects(moved), null)).isNotEqualTo(Fingerprint.of(f, null));
    }

    @Test
    void everyReportListsTheDecidedFindingsApartWithTheirJustification() throws IOException {
        Finding clause = clauseFinding();
        AssessmentResult decided = AppliedDecisions.apply(TestEngine.CATALOGUE, result(), List.of(
                decision("D-1", clause, null, DecisionKind.FALSE_POSITIVE, DECIDED_ON.plusMonths(6))));

        Document html = Jsoup.parse(HtmlReport.write(decided, TestEngine.CATALOGUE));
        assertThat(html.select(".group .finding")).hasSize(result().findings().size() - 1);
        assertThat(html.select(".group #" + clause.id())).isEmpty();
        assertThat(html.select(".decisions .finding.decided").attr("id")).isEqualTo(clause.id());
        assertThat(html.select("tr.decision.applied").text()).contains("the client showed the evidence")
                .contains("carol on 2026-11-20, expires 2027-05-20");
        assertThat(html.select("#readiness-with-decisions").text())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", decided.decisions().readinessWithDecisions()));

        String text = TextReport.write(decided, TestEngine.CATALOGUE);
        assertThat(text).contains("Open findings: " + (result().findings().size() - 1) + "   Decided: 1")
                .contains("applied: " + clause.id() + " False positive: the client showed the evidence; decided by carol "
                        + "on 2026-11-20, expires 2027-05-20");
        String md = MarkdownReport.write(decided, TestEngine.CATALOGUE);
        assertThat(md).contains("## Decisions").contains("### Decided findings").contains("| " + clause.id() + " | applied | ");
        assertThat(md.substring(md.indexOf("## Findings"), md.indexOf("## Decisions"))).doesNotContain(clause.id());

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(SpreadsheetReport.write(decided, TestEngine.CATALOGUE)))) {
            var sheet = workbook.getSheet(SpreadsheetReport.DECISIONS_SHEET);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(clause.id());
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("applied");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("the client showed the evidence");
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(SpreadsheetReport.write(result(), TestEngine.CATALOGUE)))) {
            assertThat(workbook.getSheet(SpreadsheetReport.DECISIONS_SHEET)).isNull();
        }

        try (var pdf = org.apache.pdfbox.Loader.loadPDF(org.ismsassessor.report.PdfReport.write(decided, TestEngine.CATALOGUE))) {
            String printed = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(printed).contains("Decisions on findings").contains("Decided findings")
                    .contains("the client showed the evidence");
        }

        try (InputStream in = DecisionsTest.class.getResourceAsStream("/schema/result.schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            JsonNode json = JsonMapper.shared().readTree(JsonReport.write(decided));
            assertThat(schema.validate(json)).isEmpty();
            assertThat(json.path("decisions").path("applied").get(0).path("kind").asString()).isEqualTo("false-positive");
        }
        // Without decisions the result is written as before: no decisions field at all.
        assertThat(JsonReport.write(result())).doesNotContain("\"decisions\"");
    }
}

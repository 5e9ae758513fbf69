package org.ismsassessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ismsassessor.Samples;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.AssessmentResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each format is opened and its content checked, as the reader of that format would. */
class ReportsTest {
    private static final String SAMPLE = "brightpath-software";

    private static AssessmentResult result() {
        return Samples.assessed(SAMPLE);
    }

    @Test
    void theHtmlReportIsSelfContainedAndShowsVerdictScoresFindingsAndInputs() {
        String html = HtmlReport.write(result(), TestEngine.CATALOGUE);
        Document page = Jsoup.parse(html);
        assertThat(page.select(".verdict").text()).isEqualTo(result().readiness().verdict().label());
        assertThat(page.select(".finding")).hasSize(result().findings().size());
        assertThat(page.select("table.bars tbody tr")).hasSize(5 + 11);
        assertThat(page.select("#inputs ~ table").text()).contains(result().snapshot().sha256()).contains("2026-11-29");
        assertThat(page.select("input.kind-filter")).hasSize(4);
        // Nothing is fetched at view time.
        assertThat(page.select("link[href], script[src], img[src]")).isEmpty();
        for (var finding : result().findings()) {
            assertThat(page.getElementById(finding.id())).as(finding.id()).isNotNull();
            assertThat(page.getElementById(finding.id()).text()).contains(finding.requirement())
                    .contains(finding.recommendedAction().action());
        }
    }

    @Test
    void humanFormatsWritePeriodsInWordsAndTitlesBesideIds() {
        Document page = Jsoup.parse(HtmlReport.write(result(), TestEngine.CATALOGUE));
        String intervals = page.select("#inputs ~ table").text();
        assertThat(intervals).contains("Internal audit").contains("12 months").doesNotContainPattern("\\bP\\d+[YMWD]\\b")
                .doesNotContain("internal-audit");
        var first = result().actionPlan().get(0);
        assertThat(page.select("#actions + table tbody tr").first().text())
                .contains(first.requirement() + " " + TestEngine.CATALOGUE.titleOf(first.requirement()));
        assertThat(MarkdownReport.write(result(), TestEngine.CATALOGUE))
                .contains("`" + first.requirement() + "` (" + MarkdownReport.escape(TestEngine.CATALOGUE.titleOf(first.requirement())) + ")");
        assertThat(TextReport.write(result(), TestEngine.CATALOGUE)).contains("   7.2 Review input\n");
        assertThat(page.select("table.soa").text()).contains("external parties").doesNotContain("externalParties");
    }

    @Test
    void thePrintVersionHasNoScript() {
        Document page = Jsoup.parse(HtmlReport.writeForPrint(result(), TestEngine.CATALOGUE));
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select(".filters")).isEmpty();
    }

    @Test
    void thePdfHasTheReportsTextOnSeveralPages() throws IOException {
        byte[] pdf = PdfReport.write(result(), TestEngine.CATALOGUE);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("ISMS assessment of BrightPath Software Ltd")
                    .contains(result().readiness().verdict().label());
            for (var finding : result().findings()) {
                assertThat(text).contains(finding.id());
            }
        }
    }

    @Test
    void theSpreadsheetHasTheSoaFindingsAndActionPlanWithFiltersAndFrozenHeaders() throws IOException {
        byte[] xlsx = SpreadsheetReport.write(result(), TestEngine.CATALOGUE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet(SpreadsheetReport.SOA_SHEET).getLastRowNum()).isEqualTo(133);
            Sheet findings = workbook.getSheet(SpreadsheetReport.FINDINGS_SHEET);
            assertThat(findings.getLastRowNum()).isEqualTo(result().findings().size());
            assertThat(findings.getRow(1).getCell(0).getStringCellValue()).isEqualTo(result().findings().get(0).id());
            assertThat(workbook.getSheet(SpreadsheetReport.ACTIONS_SHEET).getLastRowNum()).isEqualTo(result().actionPlan().size());
            for (String name : List.of(SpreadsheetReport.SOA_SHEET, SpreadsheetReport.FINDINGS_SHEET, SpreadsheetReport.ACTIONS_SHEET)) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPaneInformation()).as(name + " frozen header").isNotNull();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name + " filter").isTrue();
            }
        }
    }

    @Test
    void theTerminalSummaryStartsWithTheVerdictItsReasonReadinessAndEvidenceCoverage() {
        var readiness = result().readiness();
        List<String> lines = TextReport.write(result(), TestEngine.CATALOGUE).lines().toList();
        assertThat(lines.subList(0, 5)).containsExactly(
                "Verdict: " + readiness.verdict().label(),
                "Why: " + readiness.verdictReason(),
                String.format(java.util.Locale.ROOT, "Readiness: %.1f%%   Evidence coverage: %.1f%% of the applicable"
                        + " requirements and controls", readiness.overall(), readiness.evidenceCoverage()),
                "",
                "ISMS assessment of BrightPath Software Ltd (" + result().snapshot().name() + ")");
    }

    @Test
    void theSpreadsheetOpensOnASummaryWithTheVerdictReadinessCoverageAndCounts() throws IOException {
        var readiness = result().readiness();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                SpreadsheetReport.write(result(), TestEngine.CATALOGUE)))) {
            Sheet summary = workbook.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo(SpreadsheetReport.SUMMARY_SHEET);
            java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
            for (var row : summary) {
                if (row.getRowNum() > 0) {
                    var value = row.getCell(1);
                    values.put(row.getCell(0).getStringCellValue(), value.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? (Object) value.getNumericCellValue() : value.getStringCellValue());
                }
            }
            assertThat(values).containsEntry("Organization", "BrightPath Software Ltd")
                    .containsEntry("Assessment date", "2026-11-29")
                    .containsEntry("Standard", TestEngine.CATALOGUE.edition().title())
                    .containsEntry("Verdict", readiness.verdict().label())
                    .containsEntry("Why", readiness.verdictReason())
                    .containsEntry("Overall readiness (%)", readiness.overall())
                    .containsEntry("Evidence coverage (%)", readiness.evidenceCoverage())
                    .containsEntry("Findings", (double) result().summary().total())
                    .containsEntry("Minor nonconformity", (double) result().summary().byKind().get("minor"))
                    .containsEntry("Major nonconformity", (double) result().summary().byKind().get("major"));
        }
    }

    @Test
    void theActionPlanHasRemediationTrackerColumnsWithAStatusList() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                SpreadsheetReport.write(result(), TestEngine.CATALOGUE)))) {
            XSSFSheet actions = workbook.getSheet(SpreadsheetReport.ACTIONS_SHEET);
            List<String> headers = new java.util.ArrayList<>();
            actions.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Rank", "Priority", "Requirement", "Action", "Owner role", "Finding",
                    "Status", "Assignee", "Due date", "Notes");
            assertThat(actions.getRow(1).getCell(6).getStringCellValue()).isEmpty();
            var validations = actions.getDataValidations();
            assertThat(validations).hasSize(1);
            assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("open", "in progress", "done", "verified");
            var range = validations.get(0).getRegions().getCellRangeAddress(0);
            assertThat(range.getFirstColumn()).isEqualTo(6);
            assertThat(range.getFirstRow()).isEqualTo(1);
            assertThat(range.getLastRow()).isEqualTo(result().actionPlan().size());
        }
    }

    @Test
    void theMarkdownSummaryNamesVerdictCountsAndFindings() {
        String md = MarkdownReport.write(result(), TestEngine.CATALOGUE);
        assertThat(md).startsWith("# ISMS assessment of BrightPath Software Ltd")
                .contains("**Verdict: " + result().readiness().verdict().label() + "**")
                .contains("| Minor nonconformity | " + result().summary().byKind().get("minor") + " |");
        for (var finding : result().findings()) {
            assertThat(md).contains("(" + finding.id() + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"brightpath-software", "northwind-mature", "sprout-startup"})
    void theJsonResultValidatesAgainstThePublishedResultSchema(String sample) throws IOException {
        try (InputStream in = ReportsTest.class.getResourceAsStream("/schema/result.schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            JsonNode json = JsonMapper.shared().readTree(JsonReport.write(Samples.assessed(sample)));
            assertThat(schema.validate(json)).isEmpty();
            assertThat(json.path("findings")).hasSize(Samples.assessed(sample).findings().size());
        }
    }

    @Test
    void theOscalOutputValidatesAgainstNistsSchema() throws IOException {
        String oscal = OscalReport.write(result(), TestEngine.CATALOGUE);
        List<Error> errors = oscalSchema().validate(JsonMapper.shared().readTree(oscal));
        assertThat(errors).isEmpty();
        JsonNode results = JsonMapper.shared().readTree(oscal).path("assessment-results").path("results").get(0);
        assertThat(results.path("findings")).hasSize(result().findings().size());
        assertThat(results.path("reviewed-controls").path("control-selections").get(0).path("include-controls"))
                .hasSize(141 + 133);
    }

    @Test
    void oscalMarksObservationsSatisfiedAndGapsAndNonconformitiesNotSatisfiedWithTheirReason() {
        JsonNode findings = JsonMapper.shared().readTree(OscalReport.write(result(), TestEngine.CATALOGUE))
                .path("assessment-results").path("results").get(0).path("findings");
        int satisfied = 0;
        for (int i = 0; i < result().findings().size(); i++) {
            var finding = result().findings().get(i);
            JsonNode status = findings.get(i).path("target").path("status");
            if (finding.kind() == org.ismsassessor.finding.FindingKind.OBSERVATION) {
                assertThat(status.path("state").asString()).as(finding.id()).isEqualTo("satisfied");
                assertThat(status.has("reason")).isFalse();
                assertThat(findings.get(i).path("related-observations")).hasSize(1);
                satisfied++;
            } else {
                assertThat(status.path("state").asString()).as(finding.id()).isEqualTo("not-satisfied");
                assertThat(status.path("reason").asString()).isEqualTo(ReportView.kindName(finding.kind()));
            }
            assertThat(status.path("remarks").asString()).contains(finding.grading().reason());
        }
        assertThat(satisfied).as("the sample has observations").isPositive();
    }

    @Test
    void theOscalSchemaCheckIsNotVacuous() throws IOException {
        try (InputStream in = ReportsTest.class.getResourceAsStream("/oscal/ifa_assessment-results-example.json")) {
            assertThat(oscalSchema().validate(JsonMapper.shared().readTree(in))).isEmpty();
        }
        assertThat(oscalSchema().validate(JsonMapper.shared().readTree(
                "{\"assessment-results\": {\"uuid\": \"not-a-uuid\"}}"))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "md", "oscal"})
    void twoRunsGiveByteIdenticalOutput(String format) {
        var first = TestEngine.ASSESSMENT.assess(Samples.load(SAMPLE), Samples.DATE,
                org.ismsassessor.engine.IntervalSettings.defaults());
        var second = TestEngine.ASSESSMENT.assess(Samples.load(SAMPLE), Samples.DATE,
                org.ismsassessor.engine.IntervalSettings.defaults());
        assertThat(render(format, second)).isEqualTo(render(format, first));
    }

    private static String render(String format, AssessmentResult result) {
        return switch (format) {
            case "json" -> JsonReport.write(result);
            case "md" -> MarkdownReport.write(result, TestEngine.CATALOGUE);
            default -> OscalReport.write(result, TestEngine.CATALOGUE);
        };
    }

    private static Schema oscalSchema() throws IOException {
        try (InputStream in = ReportsTest.class.getResourceAsStream("/oscal/oscal_assessment-results_schema-v1.1.2.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }
}

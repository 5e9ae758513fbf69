package org.ismsassessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.snapshot.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Names from a client's snapshot are data, never markup or formulas: an XSS payload shows as text in the HTML,
 * Markdown and PDF reports, and the spreadsheet holds no formula and quote-prefixes text a spreadsheet program
 * could take for one.
 */
class HostileContentTest {
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";
    static final String FORMULA = "=cmd|' /C calc'!A0";
    static AssessmentResult result;

    @BeforeAll
    static void assessAHostileSnapshot() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode snapshot = (ObjectNode) mapper.readTree(Files.readAllBytes(Path.of("samples", "sprout-startup.json")));
        ((ObjectNode) snapshot.get("organization")).put("name", SCRIPT);
        ((ObjectNode) snapshot.get("people").get(0)).put("name", IMAGE);
        ((ObjectNode) snapshot.get("assets").get(0)).put("name", FORMULA);
        LoadResult loaded = TestEngine.LOADER.load(mapper.writeValueAsBytes(snapshot));
        result = TestEngine.ASSESSMENT.assess((LoadResult.Loaded) loaded, LocalDate.of(2026, 11, 29),
                IntervalSettings.defaults());
    }

    @Test
    void theHtmlReportShowsThePayloadAsText() {
        String html = HtmlReport.write(result, TestEngine.CATALOGUE);
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain(SCRIPT).doesNotContain(IMAGE).doesNotContain("onerror=alert(1)>");
    }

    @Test
    void theMarkdownReportEscapesIt() {
        String md = MarkdownReport.write(result, TestEngine.CATALOGUE);
        assertThat(md).startsWith("# ISMS assessment of &lt;script&gt;alert('x')&lt;/script&gt;").doesNotContain(SCRIPT);
    }

    @Test
    void thePdfShowsThePayloadAsText() throws IOException {
        try (var pdf = Loader.loadPDF(PdfReport.write(result, TestEngine.CATALOGUE))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(SCRIPT);
        }
    }

    @Test
    void theSpreadsheetHasNoFormulaAndQuotePrefixesFormulaLikeText() throws IOException {
        byte[] xlsx = SpreadsheetReport.write(result, TestEngine.CATALOGUE);
        int cellsWithPayload = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            if (SpreadsheetReport.looksLikeFormula(text)) {
                                assertThat(cell.getCellStyle().getQuotePrefixed()).as(text).isTrue();
                            }
                            if (text.contains(FORMULA)) {
                                cellsWithPayload++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(cellsWithPayload).as("the asset's name reaches the spreadsheet as text").isPositive();
    }

    @Test
    void formulaLikeTextIsRecognisedAndOverlongTextFitsACell() {
        assertThat(SpreadsheetReport.looksLikeFormula("=1+1")).isTrue();
        assertThat(SpreadsheetReport.looksLikeFormula("+44 20 7946 0000")).isTrue();
        assertThat(SpreadsheetReport.looksLikeFormula("-1")).isTrue();
        assertThat(SpreadsheetReport.looksLikeFormula("@SUM(A1)")).isTrue();
        assertThat(SpreadsheetReport.looksLikeFormula("\tcmd")).isTrue();
        assertThat(SpreadsheetReport.looksLikeFormula("Asset A-1 has no owner")).isFalse();
        assertThat(SpreadsheetReport.looksLikeFormula("")).isFalse();
        String fitted = SpreadsheetReport.fit("x".repeat(40_000));
        assertThat(fitted).hasSize(SpreadsheetReport.MAX_CELL_TEXT).endsWith(" [truncated]");
        String emoji = "x".repeat(SpreadsheetReport.MAX_CELL_TEXT - " [truncated]".length() - 1) + "\uD83D\uDE00".repeat(10);
        assertThat(SpreadsheetReport.fit(emoji)).endsWith("x [truncated]");
    }
}

package org.ismsassessor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Control;
import org.ismsassessor.finding.Finding;

/**
 * The spreadsheet a consultant hands to a client: the Statement of Applicability (one row per Annex A
 * control), the findings, the action plan and the readiness scores, each sheet with filters and a frozen
 * header. Every cell is written as text or number, never as a formula, so text from a snapshot that looks
 * like a formula (=, +, -, @) stays inert.
 */
public final class SpreadsheetReport {
    public static final String SOA_SHEET = "Statement of Applicability";
    public static final String FINDINGS_SHEET = "Findings";
    public static final String ACTIONS_SHEET = "Action plan";
    public static final String READINESS_SHEET = "Readiness";

    private SpreadsheetReport() {
    }

    public static byte[] write(AssessmentResult result, Catalogue catalogue) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Map<String, List<Finding>> byRequirement = result.findings().stream()
                    .collect(Collectors.groupingBy(Finding::requirement));
            List<Map<String, String>> soa = SoaRows.of(result, catalogue);
            Sheet soaSheet = workbook.createSheet(SOA_SHEET);
            if (soa != null) {
                List<String> columns = List.of("control", "title", "expected", "why", "declared", "status", "findings");
                table(soaSheet, header, List.of("Control", "Title", "Expected", "Why", "Declared", "Status", "Findings"),
                        soa.stream().map(row -> columns.stream().map(c -> (Object) row.get(c)).toList()).toList());
            } else {
                table(soaSheet, header, List.of("Control", "Title", "Domain", "Findings"),
                        catalogue.controls().stream().map(c -> List.<Object>of(c.id(), c.title(), c.domain(),
                                count(byRequirement, c))).toList());
            }
            table(workbook.createSheet(FINDINGS_SHEET), header,
                    List.of("Finding", "Requirement", "Kind", "Title", "Explanation", "Evidence", "Recommended action",
                            "Priority", "Owner role"),
                    result.findings().stream().map(f -> List.<Object>of(f.id(), f.requirement(), f.kind().label(),
                            f.title(), f.explanation(), evidence(f), f.recommendedAction().action(),
                            f.recommendedAction().priority().name().toLowerCase(), f.recommendedAction().ownerRole()))
                            .toList());
            table(workbook.createSheet(ACTIONS_SHEET), header,
                    List.of("Rank", "Priority", "Requirement", "Action", "Owner role", "Finding"),
                    result.actionPlan().stream().map(a -> List.<Object>of(a.rank(), a.priority().name().toLowerCase(),
                            a.requirement(), a.action(), a.ownerRole(), a.findingId())).toList());
            List<Readiness.Score> scores = new java.util.ArrayList<>(result.readiness().byClause());
            scores.addAll(result.readiness().byDomain());
            table(workbook.createSheet(READINESS_SHEET), header,
                    List.of("Clause or domain", "Title", "Score (%)", "Without nonconformity", "Applicable"),
                    scores.stream().map(s -> List.<Object>of(s.group(), s.title(), s.score(), s.withoutNonconformity(),
                            s.applicable())).toList());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(Map<String, List<Finding>> byRequirement, Control control) {
        return byRequirement.getOrDefault(control.id(), List.of()).size();
    }

    private static String evidence(Finding finding) {
        return finding.subjects().stream().map(s -> s.path() == null ? s.id() : s.path())
                .collect(Collectors.joining(", "));
    }

    /** Excel's longest cell text. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final String TRUNCATED = " [truncated]";

    /**
     * Text from a snapshot that a spreadsheet program could take for a formula (=, +, -, @, or a tab or carriage
     * return first) gets a quote-prefixed cell: shown and kept as text, never evaluated, even when the cell is
     * edited. The text itself is not altered.
     */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    static String fit(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int cut = MAX_CELL_TEXT - TRUNCATED.length();
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // never split a character outside the basic plane
        }
        return text.substring(0, cut) + TRUNCATED;
    }

    private static void table(Sheet sheet, CellStyle headerStyle, List<String> headers, List<List<Object>> rows) {
        CellStyle asText = sheet.getWorkbook().createCellStyle();
        asText.setQuotePrefixed(true);
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            head.createCell(c).setCellValue(headers.get(c));
            head.getCell(c).setCellStyle(headerStyle);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else {
                    String text = value == null ? "" : fit(value.toString());
                    var cell = row.createCell(c);
                    cell.setCellValue(text);
                    if (looksLikeFormula(text)) {
                        cell.setCellStyle(asText);
                    }
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, headers.size() - 1));
        for (int c = 0; c < headers.size(); c++) {
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, headers.get(c).length() + 4)) * 256);
        }
    }

}

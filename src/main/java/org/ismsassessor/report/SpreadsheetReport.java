package org.ismsassessor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
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
import org.ismsassessor.finding.FindingKind;

/**
 * The spreadsheet a consultant hands to a client and works in: a Summary first (organization, date, edition, rule
 * set, verdict and why, readiness, evidence coverage, counts), then the Statement of Applicability (one row per
 * Annex A control), the findings, the action plan with the columns a remediation tracker needs (status, assignee,
 * due date, notes; left empty to be filled in) and the readiness scores, each table with filters, a frozen header,
 * wrapped text and widths that fit its content. Every cell is written as text or number, never as a formula, so text from a snapshot that looks
 * like a formula (=, +, -, @) stays inert.
 */
public final class SpreadsheetReport {
    public static final String SUMMARY_SHEET = "Summary";
    public static final String SOA_SHEET = "Statement of Applicability";
    public static final String FINDINGS_SHEET = "Findings";
    public static final String ACTIONS_SHEET = "Action plan";
    public static final String READINESS_SHEET = "Readiness";
    /** Written only when decisions were recorded on the findings. */
    public static final String DECISIONS_SHEET = "Decisions";
    /** The values the action plan's Status column offers (a drop-down list in spreadsheet programs). */
    public static final List<String> ACTION_STATUSES = List.of("open", "in progress", "done", "verified");
    /** The action plan's remediation-tracker columns, after the plan's own. */
    public static final List<String> TRACKER_COLUMNS = List.of("Status", "Assignee", "Due date", "Notes");

    private SpreadsheetReport() {
    }

    /** An action-plan item's remediation as the service tracks it, written into the tracker's columns. */
    public record Tracked(String status, String assignee, java.time.LocalDate dueDate, String notes) {
    }

    public static byte[] write(AssessmentResult result, Catalogue catalogue) {
        return write(result, catalogue, Map.of());
    }

    /**
     * @param tracking the tracked items by finding id, filled into the action plan's tracker columns (the service's
     *                 download, so that the workbook uploaded back keeps what it does not change); empty for none
     */
    public static byte[] write(AssessmentResult result, Catalogue catalogue, Map<String, Tracked> tracking) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);

            summary(workbook.createSheet(SUMMARY_SHEET), header, result, catalogue);
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
                    List.of("Finding", "Requirement", "Requirement title", "Kind", "Title", "Explanation", "Evidence",
                            "Recommended action", "Priority", "Owner role"),
                    result.findings().stream().map(f -> List.<Object>of(f.id(), f.requirement(),
                            catalogue.titleOf(f.requirement()), f.kind().label(), f.title(), f.explanation(), evidence(f), f.recommendedAction().action(),
                            f.recommendedAction().priority().name().toLowerCase(), f.recommendedAction().ownerRole()))
                            .toList());
            List<String> actionColumns = new java.util.ArrayList<>(
                    List.of("Rank", "Priority", "Requirement", "Action", "Owner role", "Finding"));
            actionColumns.addAll(TRACKER_COLUMNS);
            Sheet actions = workbook.createSheet(ACTIONS_SHEET);
            table(actions, header, actionColumns,
                    result.actionPlan().stream().map(a -> List.<Object>of(a.rank(), a.priority().name().toLowerCase(),
                            a.requirement(), a.action(), a.ownerRole(), a.findingId(),
                            trackerCell(tracking, a.findingId(), Tracked::status),
                            trackerCell(tracking, a.findingId(), Tracked::assignee),
                            trackerCell(tracking, a.findingId(), Tracked::dueDate),
                            trackerCell(tracking, a.findingId(), Tracked::notes))).toList());
            tracker(actions, actionColumns.indexOf("Status"), actionColumns.indexOf("Due date"),
                    result.actionPlan().size());
            List<Readiness.Score> scores = new java.util.ArrayList<>(result.readiness().byClause());
            scores.addAll(result.readiness().byDomain());
            table(workbook.createSheet(READINESS_SHEET), header,
                    List.of("Clause or domain", "Title", "Score (%)", "Without nonconformity", "Applicable"),
                    scores.stream().map(s -> List.<Object>of(s.group(), s.title(), s.score(), s.withoutNonconformity(),
                            s.applicable())).toList());
            if (result.decisions() != null) {
                table(workbook.createSheet(DECISIONS_SHEET), header,
                        List.of("Finding", "Item", "Requirement", "Finding decided", "Status", "Lapsed because", "Decision",
                                "Justification", "Approval", "Due date", "Decided by", "Decided on", "Expires on"),
                        ReportView.decisions(result).stream().map(d -> List.<Object>of(d.findingId(), orEmpty(d.subject()),
                                orEmpty(d.requirement()), result.decisions().decides(d.findingId()) ? "yes" : "no",
                                d.status(), orEmpty(d.lapsedBecause()), d.kind().label(), d.justification(),
                                orEmpty(d.approval()), orEmpty(d.dueDate()), d.decidedBy(), d.decidedOn().toString(),
                                d.expiresOn().toString())).toList());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet: what the client reads before anything else. */
    private static void summary(Sheet sheet, CellStyle header, AssessmentResult result, Catalogue catalogue) {
        Readiness readiness = result.readiness();
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.of("Organization", ReportView.organization(result)));
        rows.add(List.of("Snapshot", result.snapshot().name() == null ? "" : result.snapshot().name()));
        rows.add(List.of("Assessment date", result.assessmentDate().toString()));
        rows.add(List.of("Standard", catalogue.edition().title()));
        rows.add(List.of("Rule set", result.assessor().ruleSetVersion() + " (" + result.assessor().rules() + " rules)"));
        rows.add(List.of("Verdict", readiness.verdict().label()));
        rows.add(List.of("Why", readiness.verdictReason()));
        rows.add(List.of("Overall readiness (%)", readiness.overall()));
        rows.add(List.of("Evidence coverage (%)", readiness.evidenceCoverage()));
        if (!readiness.notEvidenced().isEmpty()) {
            rows.add(List.of("Not evidenced", String.join(", ", readiness.notEvidenced())));
        }
        rows.add(List.of("Findings", result.summary().total()));
        for (FindingKind kind : FindingKind.values()) {
            rows.add(List.of(kind.label(), result.summary().byKind().get(kind.shortName())));
        }
        rows.add(List.of("Actions in the plan", result.actionPlan().size()));
        if (result.decisions() != null) {
            rows.add(List.of("Decided findings", result.decisions().decidedFindings().size()));
            rows.add(List.of("Readiness with decisions (%)", result.decisions().readinessWithDecisions()));
        }
        table(sheet, header, List.of("Assessment", "Result"), rows);
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    /** The remediation tracker's columns: a drop-down of statuses, and dates in the due-date column. */
    private static void tracker(Sheet sheet, int statusColumn, int dueColumn, int rows) {
        if (rows == 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation status = helper.createValidation(
                helper.createExplicitListConstraint(ACTION_STATUSES.toArray(String[]::new)),
                new CellRangeAddressList(1, rows, statusColumn, statusColumn));
        status.setShowErrorBox(true);
        status.createErrorBox("Status", "Choose one of: " + String.join(", ", ACTION_STATUSES));
        sheet.addValidationData(status);
        CellStyle date = sheet.getWorkbook().createCellStyle();
        date.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        for (int r = 1; r <= rows; r++) {
            sheet.getRow(r).getCell(dueColumn).setCellStyle(date);
        }
        sheet.setColumnWidth(statusColumn, 14 * 256);
        sheet.setColumnWidth(dueColumn, 12 * 256);
    }

    private static String trackerCell(Map<String, Tracked> tracking, String findingId,
            java.util.function.Function<Tracked, Object> column) {
        Tracked tracked = tracking.get(findingId);
        return tracked == null ? "" : orEmpty(column.apply(tracked));
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    private static int count(Map<String, List<Finding>> byRequirement, Control control) {
        return byRequirement.getOrDefault(control.id(), List.of()).size();
    }

    private static String evidence(Finding finding) {
        return finding.subjects().stream().map(s -> s.path() == null ? s.id() : s.path())
                .collect(Collectors.joining(", "));
    }

    /** The widest column, in characters: longer text wraps. */
    private static final int MAX_WIDTH = 60;

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
        CellStyle wrapped = sheet.getWorkbook().createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle asText = sheet.getWorkbook().createCellStyle();
        asText.cloneStyleFrom(wrapped);
        asText.setQuotePrefixed(true);
        int[] widths = headers.stream().mapToInt(h -> h.length() + 4).toArray();
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
                    widths[c] = Math.max(widths[c], 10);
                } else {
                    String text = value == null ? "" : fit(value.toString());
                    var cell = row.createCell(c);
                    cell.setCellValue(text);
                    cell.setCellStyle(looksLikeFormula(text) ? asText : wrapped);
                    widths[c] = Math.max(widths[c], Math.min(text.length() + 2, MAX_WIDTH));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, headers.size() - 1));
        for (int c = 0; c < headers.size(); c++) {
            // Long text wraps within MAX_WIDTH characters rather than running across the sheet.
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(10, widths[c])) * 256);
        }
    }

}

package org.ismsassessor.transition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The transition report as a workbook to work in: a Summary, then one sheet per section, each with a header row,
 * filters and a frozen header. Cells are text or numbers, never formulas, so SoA text that looks like one stays inert.
 */
public final class TransitionWorkbook {
    public static final String SUMMARY_SHEET = "Summary";
    public static final String SOA_SHEET = "SoA in 2022 controls";
    public static final String NEW_CONTROLS_SHEET = "Nothing to carry over";
    public static final String OBLIGATIONS_SHEET = "New clause obligations";
    public static final String ORPHANS_SHEET = "Without a 2022 control";
    public static final String PACK_SHEET = "2022 pack findings";
    public static final String PLAN_SHEET = "Transition plan";

    private TransitionWorkbook() {
    }

    public static byte[] write(TransitionReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            List<List<Object>> summary = new java.util.ArrayList<>();
            summary.add(List.of("Organization", report.organization()));
            summary.add(List.of("Source", report.source()));
            summary.add(List.of("From", report.fromTitle()));
            summary.add(List.of("To", report.toTitle()));
            summary.add(List.of("As of", report.date().toString()));
            summary.addAll(TransitionView.summary(report));
            table(workbook.createSheet(SUMMARY_SHEET), header, List.of("Item", "Value"), summary);
            List<List<Object>> plan = new java.util.ArrayList<>();
            for (TransitionPlan.Group group : report.plan().groups()) {
                group.steps().forEach(s -> {
                    List<Object> cells = new java.util.ArrayList<>(List.of(group.title()));
                    cells.addAll(TransitionView.cells(s));
                    plan.add(cells);
                });
            }
            List<String> planColumns = new java.util.ArrayList<>(List.of("Clause or theme"));
            planColumns.addAll(TransitionView.PLAN_COLUMNS);
            table(workbook.createSheet(PLAN_SHEET), header, planColumns, plan);
            table(workbook.createSheet(SOA_SHEET), header,
                    List.of("Control", "Title", "Theme", "Outcome", "Decision carried", "Comes from", "Why", "Justification"),
                    report.controls().stream().map(c -> List.<Object>of(c.control(), c.title(), c.theme(), c.outcome().label(),
                            TransitionView.carried(c), String.join("\n", TransitionView.sources(c)), c.reason(),
                            TransitionView.justifications(c))).toList());
            table(workbook.createSheet(NEW_CONTROLS_SHEET), header, List.of("Control", "Title", "Theme", "Since", "Note"),
                    report.newControls().stream().map(n -> List.<Object>of(n.control(), n.title(), n.theme(), n.since(),
                            n.note())).toList());
            table(workbook.createSheet(OBLIGATIONS_SHEET), header, List.of("Clause", "Obligation", "Since", "Note"),
                    report.newObligations().stream().map(o -> List.<Object>of(o.clause(), o.title(), o.since(), o.note()))
                            .toList());
            table(workbook.createSheet(ORPHANS_SHEET), header,
                    List.of("Control", "Title", "Decision", "Justification", "Where the topic went"),
                    report.withoutSuccessor().stream().map(w -> List.<Object>of(w.control(), w.title(), w.decision(),
                            w.justification() == null ? "" : w.justification(), w.note())).toList());
            List<List<Object>> pack = new java.util.ArrayList<>();
            pack.add(List.of("", "", "", "", report.packFindings().note()));
            report.packFindings().findings().forEach(f -> pack.add(List.copyOf(TransitionView.cells(f))));
            table(workbook.createSheet(PACK_SHEET), header, TransitionView.PACK_COLUMNS, pack);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(Sheet sheet, CellStyle header, List<String> columns, List<List<Object>> rows) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            head.createCell(i).setCellValue(columns.get(i));
            head.getCell(i).setCellStyle(header);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Number n) {
                    row.createCell(i).setCellValue(n.doubleValue());
                } else {
                    row.createCell(i).setCellValue(v == null ? "" : v.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, columns.size() - 1));
        for (int i = 0; i < columns.size(); i++) {
            // A width from the longest text, capped: autoSizeColumn measures fonts and is slow on a server without them.
            int longest = columns.get(i).length();
            for (List<Object> row : rows) {
                Object v = i < row.size() ? row.get(i) : null;
                longest = Math.max(longest, v == null ? 0 : v.toString().lines().mapToInt(String::length).max().orElse(0));
            }
            sheet.setColumnWidth(i, Math.min(80, Math.max(8, longest + 2)) * 256);
        }
    }
}

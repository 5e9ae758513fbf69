package org.ismsassessor.tracking;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ismsassessor.report.SpreadsheetReport;
import org.ismsassessor.snapshot.InputError;

/**
 * Reads the tracking columns (status, assignee, due date, notes) of the action plan sheet of an XLSX report back: one
 * update per row that has any of them filled in, keyed by the row's finding id. Errors name the sheet and cell
 * ({@code Action plan!G5 (Status): ...}), all at once.
 */
public final class ActionPlanSheet {
    /** One row's tracking, and where it was read. */
    public record Line(String key, String cell, TrackingUpdate update) {
    }

    /** The rows read, or the errors that keep the sheet from being applied. */
    public record Read(List<Line> lines, List<InputError> errors) {
    }

    private static final String SHEET = SpreadsheetReport.ACTIONS_SHEET;
    private static final String FINDING = "Finding";

    private ActionPlanSheet() {
    }

    public static Read read(byte[] xlsx) {
        List<InputError> errors = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                return new Read(List.of(), List.of(new InputError(SHEET, "the workbook has no sheet '" + SHEET
                        + "': upload the XLSX report of an assessment (its action plan sheet)")));
            }
            Map<String, Integer> columns = header(sheet.getRow(sheet.getFirstRowNum()));
            List<String> needed = new ArrayList<>(List.of(FINDING));
            needed.addAll(SpreadsheetReport.TRACKER_COLUMNS);
            for (String column : needed) {
                if (!columns.containsKey(column)) {
                    errors.add(new InputError(SHEET + "!1", "no column '" + column + "' in the header row; expected "
                            + needed));
                }
            }
            if (!errors.isEmpty()) {
                return new Read(List.of(), errors);
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String key = text(row, columns.get(FINDING), formatter);
                String status = text(row, columns.get("Status"), formatter);
                String assignee = text(row, columns.get("Assignee"), formatter);
                String notes = text(row, columns.get("Notes"), formatter);
                Cell dueCell = row.getCell(columns.get("Due date"));
                String dueText = text(row, columns.get("Due date"), formatter);
                if (status == null && assignee == null && notes == null && dueText == null) {
                    continue; // not tracked: nothing to apply
                }
                String where = SHEET + "!" + new CellReference(r, columns.get(FINDING)).formatAsString(false);
                if (key == null) {
                    errors.add(new InputError(where + " (Finding)", "the row has tracking but no finding id"));
                    continue;
                }
                int before = errors.size();
                ActionStatus parsed = ActionStatus.OPEN;
                if (status != null) {
                    parsed = ActionStatus.of(status).orElse(null);
                    if (parsed == null) {
                        errors.add(new InputError(cell(r, columns.get("Status")) + " (Status)", "expected one of "
                                + String.join(", ", SpreadsheetReport.ACTION_STATUSES) + ", not '" + status + "'"));
                    }
                }
                LocalDate due = null;
                if (dueText != null) {
                    due = date(dueCell, dueText);
                    if (due == null) {
                        errors.add(new InputError(cell(r, columns.get("Due date")) + " (Due date)",
                                "expected a date (YYYY-MM-DD), not '" + dueText + "'"));
                    }
                }
                if (assignee != null && assignee.length() > TrackingUpdate.MAX_NAME) {
                    errors.add(new InputError(cell(r, columns.get("Assignee")) + " (Assignee)", "at most "
                            + TrackingUpdate.MAX_NAME + " characters"));
                }
                if (notes != null && notes.length() > TrackingUpdate.MAX_NOTES) {
                    errors.add(new InputError(cell(r, columns.get("Notes")) + " (Notes)", "at most "
                            + TrackingUpdate.MAX_NOTES + " characters"));
                }
                if (errors.size() == before) {
                    lines.add(new Line(key, where, new TrackingUpdate(assignee, due, parsed, notes)));
                }
            }
            return new Read(errors.isEmpty() ? List.copyOf(lines) : List.of(), errors);
        } catch (IOException | RuntimeException e) {
            // POI refuses what is not an XLSX workbook (or a zip bomb) with an exception: the user's input, not a bug.
            return new Read(List.of(), List.of(new InputError("$", "not an XLSX workbook that can be read: "
                    + e.getClass().getSimpleName())));
        }
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        if (row != null) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    columns.putIfAbsent(c.getStringCellValue().strip(), c.getColumnIndex());
                }
            }
        }
        return columns;
    }

    private static String cell(int row, int column) {
        return SHEET + "!" + new CellReference(row, column).formatAsString(false);
    }

    private static String text(Row row, int column, DataFormatter formatter) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String text = formatter.formatCellValue(cell).strip();
        return text.isEmpty() ? null : text;
    }

    /** A date cell, or text YYYY-MM-DD. */
    private static LocalDate date(Cell cell, String text) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.ismsassessor.transition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ismsassessor.snapshot.InputError;

/**
 * A 2013 Statement of Applicability kept as a sheet of a workbook (.xlsx), as consultants often keep it: the same four
 * columns as {@link Soa2013Csv} ({@code control, applicable, status, justification}, in any order, other columns
 * ignored) under a header row. The sheet is the one named "SoA" (any case, or containing it) with that header, else
 * the first sheet that has it. Every error names the file, the sheet and the cell.
 */
public final class Soa2013Sheet {
    private static final DataFormatter TEXT = new DataFormatter(Locale.ROOT);

    private Soa2013Sheet() {
    }

    /** Whether a file is a workbook by its name: the CSV reader takes anything else. */
    public static boolean isWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    public static Soa2013Csv.Result read(Path file, EditionIds iso2013) {
        List<InputError> errors = new ArrayList<>();
        Map<String, SoaDecision> decisions = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Found found = find(workbook);
            if (found == null) {
                errors.add(new InputError(file.toString(), "no sheet has the header " + String.join(", ", Soa2013Csv.COLUMNS)
                        + " in its first row: expected a sheet (e.g. 'SoA') with those columns and one row per 2013 control"));
                return new Soa2013Csv.Result(decisions, errors);
            }
            Sheet sheet = found.sheet();
            for (int r = found.headerRow() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = cells(row);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                int excelRow = r + 1;
                Soa2013Csv.row((column, name) -> file + " " + sheet.getSheetName() + "!"
                        + CellReference.convertNumToColString(column) + excelRow + " (" + name + ")",
                        cells, found.index(), iso2013, decisions, errors);
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new InputError(file.toString(), "not a readable workbook (.xlsx): " + e.getMessage()));
        }
        return new Soa2013Csv.Result(decisions, errors);
    }

    private record Found(Sheet sheet, int headerRow, Map<String, Integer> index) {
    }

    /** The sheet named like an SoA with the header first, then any sheet with it; the header is its first non-empty row. */
    private static Found find(Workbook workbook) {
        List<Sheet> sheets = new ArrayList<>();
        workbook.forEach(sheets::add);
        sheets.sort(java.util.Comparator.comparing(s -> s.getSheetName().toLowerCase(Locale.ROOT).contains("soa") ? 0 : 1));
        for (Sheet sheet : sheets) {
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
                List<String> cells = cells(sheet.getRow(r));
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                List<String> header = Soa2013Csv.header(cells);
                if (header.containsAll(Soa2013Csv.COLUMNS)) {
                    Map<String, Integer> index = new LinkedHashMap<>();
                    Soa2013Csv.COLUMNS.forEach(c -> index.put(c, header.indexOf(c)));
                    return new Found(sheet, r, index);
                }
                break;
            }
        }
        return null;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : TEXT.formatCellValue(cell).strip());
        }
        return cells;
    }
}

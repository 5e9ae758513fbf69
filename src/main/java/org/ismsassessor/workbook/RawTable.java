package org.ismsassessor.workbook;

import java.util.List;

/**
 * A sheet of a workbook, or a CSV file, as read: its rows with their numbers in the file (row 1, or line 1, is the
 * header).
 *
 * @param file       the file's name, as the user gave it
 * @param sheet      the sheet's name; null for a CSV file
 * @param order      where the table comes in the files given (for reporting errors in the files' order)
 */
record RawTable(String file, String sheet, int order, List<Row> rows) {

    /** A row with its number in the file (for CSV, the line where the record starts). */
    record Row(int number, List<RawCell> cells) {
        RawCell cell(int column) {
            for (RawCell cell : cells) {
                if (cell.column() == column) {
                    return cell;
                }
            }
            return null;
        }

        boolean blank() {
            return cells.stream().allMatch(RawCell::blank);
        }
    }

    /** The name the table is matched by: the sheet's, or the file's without its extension. */
    String name() {
        if (sheet != null) {
            return sheet;
        }
        String base = java.nio.file.Path.of(file).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}

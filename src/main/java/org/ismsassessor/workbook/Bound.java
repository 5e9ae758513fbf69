package org.ismsassessor.workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * A table of the user's files matched to its sheet of the layout, with the column (or field row) each field was
 * found in: what turns a JSON path back into a cell.
 */
final class Bound {
    final Layout.Sheet sheet;
    final RawTable table;
    final boolean withFile;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private int valueColumn = 1;

    Bound(Layout.Sheet sheet, RawTable table, boolean withFile) {
        this.sheet = sheet;
        this.table = table;
        this.withFile = withFile;
    }

    void column(String key, int column, String label) {
        columns.put(key, column);
        labels.put(key, label);
    }

    void label(String key, String label) {
        labels.put(key, label);
    }

    Integer columnOf(String key) {
        return columns.get(key);
    }

    int valueColumn() {
        return valueColumn;
    }

    void valueColumn(int column) {
        valueColumn = column;
    }

    Place place(int row, int column, String key) {
        return Place.of(table, row, column, key == null ? null : labels.getOrDefault(key, key), withFile);
    }
}

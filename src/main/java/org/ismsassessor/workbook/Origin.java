package org.ismsassessor.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an object of the snapshot came from: a row of a table, or a field/value sheet; and where its lists of child
 * entries and nested single objects came from. Errors the loader reports by JSON path are traced back through it to
 * the cell the user typed.
 */
final class Origin {
    final Bound table;
    /** The row of a table's entry; for a field/value sheet, 0. */
    final int row;
    /** For a field/value sheet: the row of each field. */
    final Map<String, Integer> fieldRows;
    final Map<String, List<Origin>> arrays = new HashMap<>();
    final Map<String, Origin> objects = new HashMap<>();

    Origin(Bound table, int row, Map<String, Integer> fieldRows) {
        this.table = table;
        this.row = row;
        this.fieldRows = fieldRows;
    }

    /** The cell holding a field (a dotted key), or null when this origin has none for it. */
    Place cell(String key) {
        if (table == null) {
            return null;
        }
        if (fieldRows != null) {
            Integer fieldRow = fieldRows.get(key);
            return fieldRow == null ? null : table.place(fieldRow, table.valueColumn(), key);
        }
        Integer column = table.columnOf(key);
        return column == null ? null : table.place(row, column, key);
    }

    /** The entry's row (its first cell), or a field/value sheet's first value. */
    Place whole() {
        if (table == null) {
            return null;
        }
        if (fieldRows != null) {
            Integer first = fieldRows.get("id");
            return table.place(first == null ? 1 : first, table.valueColumn(), first == null ? null : "id");
        }
        return table.place(row, 0, null);
    }
}

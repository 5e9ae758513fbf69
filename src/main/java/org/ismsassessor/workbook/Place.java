package org.ismsassessor.workbook;

import java.util.Comparator;

/**
 * Where something is in the user's files: a cell of a sheet ({@code Risks!F12}, {@code 'Treatment plan'!C4}), a line
 * of a CSV file ({@code people.csv line 14}), a whole file, or a JSON path of the snapshot merged into.
 *
 * @param order  the table's position among the files given, for sorting
 * @param row    the row (a CSV file's line) from 1, or 0 for the whole table
 * @param column the column from 0, or -1 for the whole row
 * @param label  the header of the column, shown after the place; null when none
 */
record Place(String file, String sheet, int order, int row, int column, String label, boolean withFile)
        implements Comparable<Place> {

    private static final Comparator<Place> ORDER = Comparator.comparingInt(Place::order).thenComparingInt(Place::row)
            .thenComparingInt(Place::column);

    static Place of(RawTable table, int row, int column, String label, boolean withFile) {
        return new Place(table.file(), table.sheet(), table.order(), row, column, label, withFile);
    }

    /** A place outside the tables: the file itself, or a JSON path of the snapshot merged into (given as label). */
    static Place file(String file, int order, String path) {
        return new Place(file, null, order, 0, -1, path, true);
    }

    @Override
    public int compareTo(Place other) {
        int byOrder = ORDER.compare(this, other);
        return byOrder != 0 ? byOrder : text().compareTo(other.text());
    }

    /** The place as users read it. */
    String text() {
        if (row == 0 && column < 0 && sheet == null) {
            return label == null ? file : file + " " + label;
        }
        String where;
        if (sheet != null) {
            where = (withFile ? file + " " : "") + sheetReference(sheet) + "!" + columnName(Math.max(column, 0))
                    + Math.max(row, 1);
        } else {
            where = file + " line " + Math.max(row, 1);
        }
        return label == null ? where : where + " (" + label + ")";
    }

    /** A sheet name as a spreadsheet formula writes it: quoted when it holds anything but letters and digits. */
    static String sheetReference(String sheet) {
        return sheet.matches("[A-Za-z0-9_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    /** A column's letters: 0 is A, 25 Z, 26 AA. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /** A column's index from its letters (AB gives 27), or -1. */
    static int columnIndex(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }
}

package org.ismsassessor.workbook;

/**
 * A cell as the user's file holds it, before it is read as a field of the snapshot.
 *
 * @param column the column, from 0 (A)
 * @param kind   what the cell holds: text, a number (a date when formatted as one), yes/no or an error value
 * @param text   the text, or the number as written in the file ({@code 12}, {@code 45992.5}), or 1/0 for yes/no
 */
record RawCell(int column, Kind kind, String text) {
    enum Kind { TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    boolean blank() {
        return kind == Kind.TEXT && text.strip().isEmpty();
    }
}

package org.ismsassessor.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file (RFC 4180: fields in double quotes may hold commas, line breaks and doubled quotes) as raw text
 * cells, each record numbered by the line it starts on. The separator is the comma, or the semicolon when the header
 * line has more of those (as spreadsheets write CSV in many locales).
 */
final class CsvReader {
    private CsvReader() {
    }

    static RawTable read(String file, int order, String content) throws WorkbookException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        char separator = CsvSeparator.of(text);
        List<RawTable.Row> rows = new ArrayList<>();
        List<RawCell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int column = 0;
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == separator) {
                add(cells, column++, field);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                add(cells, column, field);
                if (!cells.isEmpty()) {
                    rows.add(new RawTable.Row(recordLine, List.copyOf(cells)));
                }
                cells.clear();
                column = 0;
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new WorkbookException(file + " line " + recordLine + ": a quoted field is not closed (a \" is missing)");
        }
        add(cells, column, field);
        if (!cells.isEmpty()) {
            rows.add(new RawTable.Row(recordLine, List.copyOf(cells)));
        }
        return new RawTable(file, null, order, rows);
    }

    private static void add(List<RawCell> cells, int column, StringBuilder field) {
        if (!field.isEmpty()) {
            cells.add(new RawCell(column, RawCell.Kind.TEXT, field.toString()));
        }
        field.setLength(0);
    }
}

package org.ismsassessor.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ismsassessor.workbook.CsvSeparator;

/**
 * A CSV export read whole: its header and each record with the line it starts on, so that every problem can name
 * its line and column. The separator is the comma, or the semicolon when the header line has more of those (as
 * spreadsheets write CSV in many locales).
 */
record ExportCsv(String file, List<String> header, List<Row> rows) {

    /** One record: the line of the file it starts on, and its cells as written. */
    record Row(int line, List<String> cells) {
    }

    static ExportCsv read(String file, String text) throws ExportException {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(CsvSeparator.of(content)).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                } else if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new Row(line, cells));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ExportException(file, "not readable as CSV: " + (e.getCause() != null ? e.getCause().getMessage()
                    : e.getMessage()));
        } catch (IOException e) {
            throw new ExportException(file, "not readable as CSV: " + e.getMessage());
        }
        if (header == null) {
            throw new ExportException(file, "empty: expected a header line naming the columns");
        }
        return new ExportCsv(file, header, rows);
    }

    /** The first line of a text, split as CSV: for telling exports apart by their columns. */
    static List<String> headerOf(String text) {
        try {
            return read("", text.lines().findFirst().orElse("")).header();
        } catch (ExportException e) {
            return List.of();
        }
    }

    /** The index of a column named so (case and surrounding blanks aside), or -1. */
    int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    /** The index of a column the export must have; its absence makes the file unreadable as this kind of export. */
    int required(String name, String kind) throws ExportException {
        int column = column(name);
        if (column < 0) {
            throw new ExportException(file + " line 1", "no column '" + name + "', which " + kind + " has; the columns are: "
                    + String.join(", ", header));
        }
        return column;
    }

    /** A cell's text without surrounding blanks, or null when blank or the column is absent. */
    static String cell(Row row, int column) {
        if (column < 0 || column >= row.cells().size()) {
            return null;
        }
        String text = row.cells().get(column).strip();
        return text.isEmpty() ? null : text;
    }

    /** Where a cell is, for messages: {@code users.csv line 14 (accountEnabled)}. */
    String place(Row row, int column) {
        return file + " line " + row.line() + (column >= 0 && column < header.size() ? " (" + header.get(column) + ")" : "");
    }

    String place(Row row) {
        return file + " line " + row.line();
    }

    boolean hasAll(String... names) {
        for (String name : names) {
            if (column(name) < 0) {
                return false;
            }
        }
        return true;
    }

    static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}

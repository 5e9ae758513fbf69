package org.ismsassessor.transition;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.workbook.CsvSeparator;

/**
 * A 2013 Statement of Applicability as a simple CSV file, one row per Annex A control of ISO/IEC 27001:2013:
 * {@code control,applicable,status,justification}. {@code control} is a 2013 id ({@code A.9.2.1}, the {@code A.}
 * may be left out); {@code applicable} yes or no (true, false); {@code status} implemented, partial, planned or
 * not-implemented, required when applicable and empty when not; {@code justification} free text. The separator is
 * the comma, or the semicolon when the header has more of those. Every error names the file, line and column.
 */
public final class Soa2013Csv {
    static final List<String> COLUMNS = List.of("control", "applicable", "status", "justification");
    private static final List<String> STATUSES = List.of("implemented", "partial", "planned", "not-implemented");
    private static final Set<String> YES = Set.of("yes", "y", "true");
    private static final Set<String> NO = Set.of("no", "n", "false");

    private Soa2013Csv() {
    }

    /** The decisions by 2013 control id, in the file's order, or the errors (then the decisions are incomplete). */
    public record Result(Map<String, SoaDecision> decisions, List<InputError> errors) {
        public Result {
            decisions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * @param file    the file's name as the user gave it, for the messages
     * @param content the file's text
     */
    public static Result read(String file, String content, EditionIds iso2013) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<InputError> errors = new ArrayList<>();
        Map<String, SoaDecision> decisions = new LinkedHashMap<>();
        if (text.isBlank()) {
            errors.add(new InputError(file + " line 1", "the file is empty: expected the header "
                    + String.join(",", COLUMNS) + " and one row per control"));
            return new Result(decisions, errors);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(CsvSeparator.of(text)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        List<Integer> lineStarts = lineStarts(text);
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(new InputError(file + " line 1", "the header lacks " + String.join(", ", missing)
                        + ": expected the columns " + String.join(",", COLUMNS)));
                return new Result(decisions, errors);
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            COLUMNS.forEach(c -> index.put(c, header.indexOf(c)));
            for (CSVRecord record : parser) {
                // A record after empty lines starts, for the parser, where those lines start: skip them.
                int position = (int) record.getCharacterPosition();
                while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
                    position++;
                }
                int line = lineOf(lineStarts, position);
                row((column, name) -> file + " line " + line + ", column " + (column + 1) + " (" + name + ")",
                        cells(record), index, iso2013, decisions, errors);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            errors.add(new InputError(file, "not a readable CSV file: " + e.getMessage()));
        }
        return new Result(decisions, errors);
    }

    /** Where a cell is, in the words of the file it came from: a CSV line and column, or a sheet's cell. */
    interface Locator {
        String at(int column, String name);
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>();
        record.forEach(cells::add);
        return cells;
    }

    /** The header's column names, lower case, for finding the four columns wherever they are. */
    static List<String> header(List<String> names) {
        return names.stream().map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** One row's decision added, or its errors; shared by the CSV file and the workbook sheet. */
    static void row(Locator at, List<String> record, Map<String, Integer> index, EditionIds iso2013,
            Map<String, SoaDecision> decisions, List<InputError> errors) {
        int before = errors.size();
        String control = cell(record, index.get("control"));
        if (!control.isEmpty() && !control.startsWith("A.")) {
            control = "A." + control;
        }
        if (control.isEmpty() || !iso2013.controls().containsKey(control)) {
            errors.add(error(at, index, "control", control.isEmpty() ? "empty: expected a control id"
                    : "'" + cell(record, index.get("control")) + "' is not a control of ISO/IEC 27001:2013 (expected "
                            + iso2013.controlRange() + ")"));
        } else if (decisions.containsKey(control)) {
            errors.add(error(at, index, "control", control + " has a row already: expected one row per control"));
        }
        String applicableCell = cell(record, index.get("applicable")).toLowerCase(Locale.ROOT);
        Boolean applicable = YES.contains(applicableCell) ? Boolean.TRUE : NO.contains(applicableCell) ? Boolean.FALSE : null;
        if (applicable == null) {
            errors.add(error(at, index, "applicable", "'" + cell(record, index.get("applicable"))
                    + "': expected yes or no (or true, false)"));
        }
        String status = cell(record, index.get("status")).toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        if (Boolean.TRUE.equals(applicable) && !STATUSES.contains(status)) {
            errors.add(error(at, index, "status", (status.isEmpty() ? "empty" : "'" + cell(record, index.get("status"))
                    + "'") + ": expected one of " + String.join(", ", STATUSES) + " for an applicable control"));
        } else if (Boolean.FALSE.equals(applicable) && !status.isEmpty()) {
            errors.add(error(at, index, "status", "'" + cell(record, index.get("status"))
                    + "' for a control that is not applicable: expected it empty"));
        }
        if (errors.size() == before) {
            String justification = cell(record, index.get("justification"));
            decisions.put(control, new SoaDecision(control, applicable, applicable ? status : null,
                    justification.isEmpty() ? null : justification));
        }
    }

    private static String cell(List<String> record, int column) {
        return column < record.size() && record.get(column) != null ? record.get(column).strip() : "";
    }

    private static InputError error(Locator at, Map<String, Integer> index, String column, String message) {
        return new InputError(at.at(index.get(column), column), message);
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** The 1-based line a character position is on. */
    private static int lineOf(List<Integer> starts, int position) {
        int found = java.util.Collections.binarySearch(starts, position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}

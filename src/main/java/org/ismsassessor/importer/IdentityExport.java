package org.ismsassessor.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.PerformedOn;

/** Reads the accounts of one identity provider's user export; each bad cell is a problem naming its line and column. */
interface IdentityExport {

    List<IdentityAccount> read(ExportCsv csv, List<InputError> problems) throws ExportException;

    /** A date cell: the day, null when blank, a problem when unreadable. */
    static LocalDate date(ExportCsv csv, ExportCsv.Row row, int column, List<InputError> problems) {
        return date(csv, row, column, problems, null);
    }

    /**
     * A last-done date cell: the day, null when blank, a problem when unreadable, and {@link PerformedOn#NEVER} for
     * the export's word for never ("Never logged in"), which format 1.1 records as "never".
     */
    static LocalDate date(ExportCsv csv, ExportCsv.Row row, int column, List<InputError> problems, String never) {
        String text = ExportCsv.cell(row, column);
        if (text == null) {
            return null;
        }
        if (text.equalsIgnoreCase(never)) {
            return PerformedOn.NEVER;
        }
        LocalDate day = ExportDates.parse(text);
        if (day == null) {
            problems.add(new InputError(csv.place(row, column), "'" + text + "' is not a date: " + ExportDates.EXPECTED));
        }
        return day;
    }

    /**
     * An account's enabled state from a status cell, by the export's own words (compared without case, a space
     * read as an underscore): true or false, null when blank, a problem (worded by the export) for any other word.
     */
    static Boolean enabled(ExportCsv csv, ExportCsv.Row row, int column, List<InputError> problems,
            Set<String> enabledWords, Set<String> disabledWords, Function<String, String> problem) {
        String text = ExportCsv.cell(row, column);
        if (text == null) {
            return null;
        }
        String word = normal(text);
        if (enabledWords.stream().map(IdentityExport::normal).anyMatch(word::equals)) {
            return true;
        }
        if (disabledWords.stream().map(IdentityExport::normal).anyMatch(word::equals)) {
            return false;
        }
        problems.add(new InputError(csv.place(row, column), problem.apply(text)));
        return null;
    }

    private static String normal(String word) {
        return word.toUpperCase(Locale.ROOT).replace(' ', '_');
    }
}

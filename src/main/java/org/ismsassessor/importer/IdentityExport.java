package org.ismsassessor.importer;

import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.snapshot.InputError;

/** Reads the accounts of one identity provider's user export; each bad cell is a problem naming its line and column. */
interface IdentityExport {

    List<IdentityAccount> read(ExportCsv csv, List<InputError> problems) throws ExportException;

    /** A date cell: the day, null when blank or one of the export's words for none, a problem when unreadable. */
    static LocalDate date(ExportCsv csv, ExportCsv.Row row, int column, List<InputError> problems, String... none) {
        String text = ExportCsv.cell(row, column);
        if (text == null) {
            return null;
        }
        for (String word : none) {
            if (text.equalsIgnoreCase(word)) {
                return null;
            }
        }
        LocalDate day = ExportDates.parse(text);
        if (day == null) {
            problems.add(new InputError(csv.place(row, column), "'" + text + "' is not a date: " + ExportDates.EXPECTED));
        }
        return day;
    }
}

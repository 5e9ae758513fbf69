package org.ismsassessor.workbook;

/**
 * The separator of a CSV text: the comma, or the semicolon when the header line has more of those outside quotes (as
 * spreadsheets write CSV in many locales). Shared by the workbook's CSV sheets and the importers' exports.
 */
public final class CsvSeparator {
    private CsvSeparator() {
    }

    public static char of(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}

package org.ismsassessor.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Dates as the identity providers and scanners write them. A time stamp with an offset is taken on its UTC day; one
 * without is taken on its own day (the exports write UTC, or say so).
 */
final class ExportDates {
    /** What the messages show as an example of a date read. */
    static final String EXPECTED = "expected a date such as 2026-03-01, 2026-03-01T09:30:00Z, 2026/03/01 09:30:00 or 3/1/2026 9:30:00 AM";

    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm[:ss]", Locale.ROOT),
            DateTimeFormatter.ofPattern("M/d/uuuu h:mm[:ss] a", Locale.ROOT));
    private static final List<DateTimeFormatter> DAYS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT));

    private ExportDates() {
    }

    /** The day of a date or time stamp, or null when the text is none of the forms read. */
    static LocalDate parse(String text) {
        String value = text.strip();
        if (value.toUpperCase(Locale.ROOT).endsWith(" UTC")) {
            value = value.substring(0, value.length() - 4).strip();
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDate();
        } catch (DateTimeParseException notWithOffset) {
            // tried next as a local time
        }
        for (DateTimeFormatter format : LOCAL_TIMES) {
            try {
                return LocalDateTime.parse(value.toUpperCase(Locale.ROOT), format).toLocalDate();
            } catch (DateTimeParseException notThisOne) {
                // the next form
            }
        }
        for (DateTimeFormatter format : DAYS) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException notThisOne) {
                // the next form
            }
        }
        return null;
    }
}

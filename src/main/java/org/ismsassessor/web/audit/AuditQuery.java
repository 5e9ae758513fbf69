package org.ismsassessor.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.web.Problem;

/**
 * The audit log's filter as the API and the page take it, as text: {@code from} and {@code to} a date (UTC; {@code to}
 * includes that day) or a date-time with offset ({@code to} excluded), {@code before} a sequence number (the next
 * page), {@code limit} 1 to {@value AuditTrail#MAX_LIMIT} (default 100). Every bad parameter is named at once.
 */
public final class AuditQuery {
    public static final int DEFAULT_LIMIT = 100;

    private AuditQuery() {
    }

    public static AuditTrail.Filter parse(String client, String user, String from, String to, String before,
            String limit) {
        List<InputError> errors = new ArrayList<>();
        Instant start = instant("from", from, false, errors);
        Instant end = instant("to", to, true, errors);
        Long beforeSequence = null;
        if (blank(before) != null) {
            try {
                beforeSequence = Long.parseLong(before.strip());
            } catch (NumberFormatException e) {
                errors.add(new InputError("parameter before", "expected a sequence number, e.g. 1200"));
            }
        }
        int size = DEFAULT_LIMIT;
        if (blank(limit) != null) {
            try {
                size = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > AuditTrail.MAX_LIMIT) {
                errors.add(new InputError("parameter limit", "expected a whole number from 1 to " + AuditTrail.MAX_LIMIT));
            }
        }
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add(new InputError("parameter to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw Problem.badInput("The audit log cannot be filtered so.", errors);
        }
        return new AuditTrail.Filter(blank(client), blank(user), start, end, beforeSequence, size);
    }

    private static Instant instant(String name, String text, boolean end, List<InputError> errors) {
        String value = blank(text);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new InputError("parameter " + name,
                    "expected a date (2026-12-01, UTC) or a date-time with offset (2026-12-01T09:00:00Z)"));
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

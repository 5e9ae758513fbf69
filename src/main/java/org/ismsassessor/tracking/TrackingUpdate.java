package org.ismsassessor.tracking;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.ismsassessor.snapshot.InputError;
import tools.jackson.databind.JsonNode;

/**
 * What a user sets on an action-plan item: assignee, due date, status and notes (a missing status is open).
 */
public record TrackingUpdate(String assignee, LocalDate dueDate, ActionStatus status, String notes) {
    public static final int MAX_NAME = 200;
    public static final int MAX_NOTES = 4000;
    private static final Set<String> FIELDS = Set.of("assignee", "dueDate", "status", "notes");

    /** From an API body; null with {@code errors} filled (each with its JSON path) when it has any. */
    public static TrackingUpdate read(JsonNode node, List<InputError> errors) {
        int before = errors.size();
        if (node == null || !node.isObject()) {
            errors.add(new InputError("$", "expected an object with status, assignee, dueDate and notes"));
            return null;
        }
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                errors.add(new InputError("$." + name, "unknown field; expected one of [assignee, dueDate, notes, status]"));
            }
        }
        String assignee = text(node, "assignee", MAX_NAME, errors);
        String due = text(node, "dueDate", 40, errors);
        String statusWord = text(node, "status", 40, errors);
        String notes = text(node, "notes", MAX_NOTES, errors);
        LocalDate dueDate = null;
        if (due != null) {
            try {
                dueDate = LocalDate.parse(due);
            } catch (DateTimeParseException e) {
                errors.add(new InputError("$.dueDate", "expected a date YYYY-MM-DD, not '" + due + "'"));
            }
        }
        ActionStatus status = ActionStatus.OPEN;
        if (statusWord != null) {
            status = ActionStatus.of(statusWord).orElse(null);
            if (status == null) {
                errors.add(new InputError("$.status", "expected one of " + ActionStatus.words() + ", not '"
                        + statusWord + "'"));
            }
        }
        return errors.size() > before ? null : new TrackingUpdate(assignee, dueDate, status, notes);
    }

    private static String text(JsonNode node, String field, int max, List<InputError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new InputError("$." + field, "expected a string"));
            return null;
        }
        String text = value.asString().strip();
        if (text.length() > max) {
            errors.add(new InputError("$." + field, "at most " + max + " characters"));
            return null;
        }
        return text.isEmpty() ? null : text;
    }
}

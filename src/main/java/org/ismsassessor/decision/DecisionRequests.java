package org.ismsassessor.decision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ismsassessor.finding.DecisionKind;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.snapshot.InputError;
import tools.jackson.databind.JsonNode;

/**
 * Reads a decision from JSON and checks it, the same for the service's API body and the command line's file: every
 * error names its JSON path and what was expected, all at once.
 */
public final class DecisionRequests {
    /** Where a decision comes from: the API sets who and when; a file states them. */
    public enum Source { API, FILE }

    private static final Set<String> API_FIELDS = Set.of("findingId", "subject", "kind", "justification", "approval",
            "dueDate", "expiresOn");
    private static final Set<String> FILE_FIELDS = Set.of("id", "findingId", "subject", "kind", "justification",
            "approval", "dueDate", "expiresOn", "decidedBy", "decidedOn", "fingerprint");
    private static final String KINDS = Arrays.stream(DecisionKind.values()).map(DecisionKind::word)
            .collect(Collectors.joining(", "));
    /** The longest text a decision's fields hold (the service's columns). */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_ID = 200;

    private DecisionRequests() {
    }

    /**
     * One decision, or null when it has errors (added to {@code errors}).
     *
     * @param decidedBy for the API, the caller; ignored for a file, which states it
     * @param decidedOn for the API, the service's date; ignored for a file, which states it
     */
    public static Decision read(JsonNode node, String path, Source source, String decidedBy, LocalDate decidedOn,
            List<InputError> errors) {
        int before = errors.size();
        if (node == null || !node.isObject()) {
            errors.add(new InputError(path, "expected an object with findingId, kind, justification and expiresOn"));
            return null;
        }
        Set<String> known = source == Source.API ? API_FIELDS : FILE_FIELDS;
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                errors.add(new InputError(path + "." + name, source == Source.API
                        && (name.equals("decidedBy") || name.equals("decidedOn"))
                        ? "set by the service (the caller and today's date): leave it out"
                        : "unknown field; expected one of " + known.stream().sorted().toList()));
            }
        }
        String findingId = text(node, path, "findingId", true, MAX_ID, errors);
        String subject = text(node, path, "subject", false, MAX_ID, errors);
        String kindWord = text(node, path, "kind", true, MAX_ID, errors);
        DecisionKind kind = null;
        if (kindWord != null) {
            kind = DecisionKind.of(kindWord).orElse(null);
            if (kind == null) {
                errors.add(new InputError(path + ".kind", "expected one of " + KINDS + ", not '" + kindWord + "'"));
            }
        }
        String justification = text(node, path, "justification", true, MAX_TEXT, errors);
        String approval = text(node, path, "approval", kind == DecisionKind.RISK_ACCEPTED ? "required for "
                + "risk-accepted: the management approval that accepts the risk (a management decision id, a document "
                + "or record)" : null, MAX_TEXT, errors);
        LocalDate dueDate = date(node, path, "dueDate", kind == DecisionKind.DEFERRED, errors);
        if (dueDate != null && kind != null && kind != DecisionKind.DEFERRED) {
            errors.add(new InputError(path + ".dueDate", "only for deferred: a " + kind.word() + " decision has no due date"));
        }
        LocalDate expiresOn = date(node, path, "expiresOn", kind != null && kind != DecisionKind.DEFERRED, errors);
        String id = null;
        String fingerprint = null;
        if (source == Source.FILE) {
            id = text(node, path, "id", false, MAX_ID, errors);
            decidedBy = text(node, path, "decidedBy", true, MAX_ID, errors);
            decidedOn = date(node, path, "decidedOn", true, errors);
            fingerprint = text(node, path, "fingerprint", false, MAX_ID, errors);
        }
        if (kind == DecisionKind.DEFERRED && expiresOn == null) {
            expiresOn = dueDate;
        }
        if (decidedOn != null && expiresOn != null) {
            if (expiresOn.isBefore(decidedOn)) {
                errors.add(new InputError(path + (node.has("expiresOn") ? ".expiresOn" : ".dueDate"),
                        "must not be before the decision date " + decidedOn));
            } else if (kind != DecisionKind.DEFERRED && expiresOn.isAfter(decidedOn.plus(Decision.LONGEST))) {
                errors.add(new InputError(path + ".expiresOn", "at most one year after the decision date " + decidedOn
                        + " (" + decidedOn.plus(Decision.LONGEST) + ") for " + kind.word() + ": decide again then"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Decision(id, findingId, subject, kind, justification, approval, dueDate, decidedBy, decidedOn,
                expiresOn, fingerprint);
    }

    /**
     * Checks a decision against the finding it names: the item must be one the finding lists, and a risk is accepted
     * for Annex A findings only.
     */
    public static void checkAgainst(Decision decision, Finding finding, String path, List<InputError> errors) {
        if (decision.subject() != null && subjects(finding).stream().noneMatch(decision.subject()::equals)) {
            errors.add(new InputError(path + ".subject", "finding " + finding.id() + " lists no item '"
                    + decision.subject() + "'; expected one of " + subjects(finding) + ", or leave it out for the whole finding"));
        }
        if (decision.kind() == DecisionKind.RISK_ACCEPTED && !finding.requirement().startsWith("A.")) {
            errors.add(new InputError(path + ".kind", "risk-accepted is for Annex A findings only; finding "
                    + finding.id() + " is against requirement " + finding.requirement()
                    + " (a requirement of the standard cannot be accepted as a risk)"));
        }
    }

    /** The items' subjects of a finding: for a finding about one thing, that thing. */
    static List<String> subjects(Finding finding) {
        return finding.perItem().stream().map(Finding::subject).filter(s -> s != null).distinct().toList();
    }

    private static String text(JsonNode node, String path, String field, boolean required, int max,
            List<InputError> errors) {
        return text(node, path, field, required ? "required" : null, max, errors);
    }

    /** @param required what to say when the field is missing; null when it is optional */
    private static String text(JsonNode node, String path, String field, String required, int max,
            List<InputError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required != null) {
                errors.add(new InputError(path + "." + field, required));
            }
            return null;
        }
        if (!value.isString()) {
            errors.add(new InputError(path + "." + field, "expected a string"));
            return null;
        }
        String text = value.asString().strip();
        if (text.isEmpty()) {
            errors.add(new InputError(path + "." + field, required != null ? "required, and not blank" : "blank: leave it out"));
            return null;
        }
        if (text.length() > max) {
            errors.add(new InputError(path + "." + field, "at most " + max + " characters"));
            return null;
        }
        return text;
    }

    private static LocalDate date(JsonNode node, String path, String field, boolean required, List<InputError> errors) {
        String text = text(node, path, field, required ? "required: a date YYYY-MM-DD" : null, MAX_ID, errors);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new InputError(path + "." + field, "expected a date YYYY-MM-DD, not '" + text + "'"));
            return null;
        }
    }
}

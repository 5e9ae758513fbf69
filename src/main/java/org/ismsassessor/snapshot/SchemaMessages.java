package org.ismsassessor.snapshot;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Phrases JSON Schema violations for a person: the message without the path, which is reported apart, in the
 * words of the format (a date, a period, an Annex A control id) rather than the schema's regular expressions,
 * one error per problem (a malformed date breaks both the format and the pattern of the schema: it is one error).
 */
final class SchemaMessages {
    /** Values longer than this are cut in messages: a message must stay readable whatever the input. */
    private static final int QUOTE_LIMIT = 60;

    private final JsonNode schemaTree;

    /** @param schemaTree the published schema, to name the fields an object accepts */
    SchemaMessages(JsonNode schemaTree) {
        this.schemaTree = schemaTree;
    }

    /** Every violation, phrased, duplicates removed, in the schema's order (the result sorts them). */
    List<InputError> describe(Iterable<Error> errors) {
        // A value of the wrong type is reported as such, not also as a value outside the listed ones.
        Set<String> wrongType = new HashSet<>();
        for (Error error : errors) {
            if ("type".equals(error.getKeyword())) {
                wrongType.add(pathOf(error));
            }
        }
        Set<InputError> described = new LinkedHashSet<>();
        for (Error error : errors) {
            boolean listed = "enum".equals(error.getKeyword()) || "const".equals(error.getKeyword());
            if (!(listed && wrongType.contains(pathOf(error)))) {
                described.add(describe(error));
            }
        }
        return new ArrayList<>(described);
    }

    /** The instance location as a JSON path in the dotted form used everywhere else: {@code $.people[1].id}. */
    static String pathOf(Error error) {
        NodePath location = error.getInstanceLocation();
        StringBuilder path = new StringBuilder("$");
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append('.').append(element);
            }
        }
        return path.toString();
    }

    InputError describe(Error error) {
        String path = pathOf(error);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String definition = definitionOf(error);
        JsonNode value = error.getInstanceNode();
        switch (keyword) {
            case "required":
                if (error.getProperty() != null) {
                    return new InputError(path, "required field '" + quote(error.getProperty()) + "' is missing");
                }
                break;
            case "additionalProperties":
                if (error.getProperty() != null) {
                    return unknownField(path, error.getProperty(), objectSchemaOf(error));
                }
                break;
            case "format":
            case "pattern":
                String expected = switch (definition) {
                    case "date" -> "is not a valid date: expected YYYY-MM-DD, a day that exists in the calendar"
                            + " (e.g. 2026-03-01)";
                    case "performedOn" -> "is not a valid date: expected YYYY-MM-DD, a day that exists in the"
                            + " calendar (e.g. 2026-03-01), or \"never\" when it has never been done";
                    case "dateTime" -> "is not a valid date-time: expected YYYY-MM-DDThh:mm:ss with Z or a UTC offset,"
                            + " a time that exists (e.g. 2026-03-01T09:30:00Z or 2026-03-01T10:30:00+01:00)";
                    case "period" -> "is not a valid period: expected an ISO-8601 period of years, months, weeks or"
                            + " days, such as P12M, P1Y, P2W or P30D";
                    case "controlId" -> "is not an Annex A control id: expected A.<clause>.<objective>.<control>"
                            + " (e.g. A.8.3.3)";
                    default -> null;
                };
                if (expected != null && value != null && value.isString()) {
                    return new InputError(path, "'" + quote(value.asString()) + "' " + expected);
                }
                break;
            case "minLength":
                if ("id".equals(definition)) {
                    return new InputError(path, "an id must not be empty");
                }
                if ("reference".equals(definition)) {
                    return new InputError(path, "a reference must not be empty: name an id, or leave the field out");
                }
                break;
            case "enum":
                if (value != null && error.getSchemaNode() != null && error.getSchemaNode().isArray()) {
                    List<String> allowed = new ArrayList<>();
                    error.getSchemaNode().values().forEach(v -> allowed.add(v.isString() ? v.asString() : v.toString()));
                    return new InputError(path, shown(value) + " is not allowed here; expected one of: "
                            + String.join(", ", allowed));
                }
                break;
            case "const":
                if (value != null && error.getSchemaNode() != null) {
                    return new InputError(path, shown(value) + " is not supported; expected " + shown(error.getSchemaNode()));
                }
                break;
            case "minimum":
                if (value != null && value.isNumber() && error.getSchemaNode() != null) {
                    return new InputError(path, "must be " + error.getSchemaNode().asString() + " or more, not "
                            + quote(value.toString()));
                }
                break;
            default:
                break;
        }
        return new InputError(path, stripLocation(error));
    }

    private InputError unknownField(String objectPath, String property, JsonNode objectSchema) {
        String path = objectPath + "." + property;
        String suggestion = suggestion(property, objectSchema);
        boolean extensionsAllowed = objectSchema != null && objectSchema.path("patternProperties").has("^x-");
        if (!extensionsAllowed && objectSchema != null) {
            return new InputError(path, "unknown key '" + quote(property) + "': only the listed keys are accepted here"
                    + (property.startsWith("x-") ? ", and \"x-\" extensions are not" : "") + suggestion);
        }
        return new InputError(path, "unknown field '" + quote(property) + "': not part of the snapshot format"
                + suggestion + " (fields of your own must start with \"x-\" to be kept)");
    }

    /** "; did you mean 'approvedBy'?" when a known field of the object is within two edits, else "". */
    private static String suggestion(String property, JsonNode objectSchema) {
        if (objectSchema == null || property.length() > 64) {
            return "";
        }
        String best = null;
        int bestDistance = 3;
        for (String known : objectSchema.path("properties").propertyNames()) {
            int distance = property.equalsIgnoreCase(known) ? 0 : distance(property.toLowerCase(Locale.ROOT),
                    known.toLowerCase(Locale.ROOT), bestDistance);
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    /** The Levenshtein distance of two short strings, or {@code limit} when it is at least that. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit);
    }

    /** The name of the {@code $defs} entry the violated keyword belongs to ("date", "Person"), or "". */
    private static String definitionOf(Error error) {
        String fragment = fragmentOf(error);
        if (fragment.startsWith("/$defs/")) {
            int end = fragment.indexOf('/', 7);
            return end < 0 ? fragment.substring(7) : fragment.substring(7, end);
        }
        return "";
    }

    private static String fragmentOf(Error error) {
        if (error.getSchemaLocation() == null) {
            return "";
        }
        String location = error.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        return hash < 0 ? "" : location.substring(hash + 1);
    }

    /** The schema of the object whose additionalProperties was violated, or null when it cannot be found. */
    private JsonNode objectSchemaOf(Error error) {
        String fragment = fragmentOf(error);
        if (!fragment.endsWith("/additionalProperties")) {
            return null;
        }
        JsonNode node = schemaTree;
        String parent = fragment.substring(0, fragment.length() - "/additionalProperties".length());
        if (!parent.isEmpty()) {
            for (String step : parent.substring(1).split("/")) {
                node = node.path(step.replace("~1", "/").replace("~0", "~"));
            }
        }
        return node.isObject() ? node : null;
    }

    private static String stripLocation(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString();
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        return message;
    }

    /** A value as shown in a message: a string in quotes, anything else as JSON; cut when long. */
    private static String shown(JsonNode value) {
        return value.isString() ? "'" + quote(value.asString()) + "'" : quote(value.toString());
    }

    /** Text from the input as shown in a message: control characters escaped, cut when long. */
    static String quote(String text) {
        StringBuilder shown = new StringBuilder();
        int end = Math.min(text.length(), QUOTE_LIMIT);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        if (text.length() > QUOTE_LIMIT) {
            shown.append("... (").append(text.length()).append(" characters)");
        }
        return shown.toString();
    }
}

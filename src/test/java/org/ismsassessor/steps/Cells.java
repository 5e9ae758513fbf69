package org.ismsassessor.steps;

import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads a data-table cell as JSON: empty or (absent) = absent, true/false, whole numbers, [a, b] lists, "quoted" strings. */
final class Cells {
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A cell saying a field set earlier in the table is absent after all. */
    private static final String ABSENT = "(absent)";

    private Cells() {
    }

    /** Sets a field (dotted names reach into nested objects: impactScale.min); an empty cell leaves it absent. */
    static void put(ObjectNode target, String field, String cell) {
        if (cell == null || cell.isEmpty()) {
            return;
        }
        int dot = field.indexOf('.');
        if (cell.strip().equals(ABSENT) && dot < 0) {
            target.remove(field);
            return;
        }
        if (dot > 0) {
            put(SnapshotSteps.object(target, field.substring(0, dot)), field.substring(dot + 1), cell);
            return;
        }
        target.set(field, parse(cell));
    }

    static JsonNode parse(String cell) {
        String value = cell.strip();
        if (value.equals("true") || value.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(value));
        }
        if (INTEGER.matcher(value).matches()) {
            return NODES.numberNode(Long.parseLong(value));
        }
        if (value.startsWith("[") && value.endsWith("]")) {
            ArrayNode array = NODES.arrayNode();
            String inner = value.substring(1, value.length() - 1).strip();
            if (!inner.isEmpty()) {
                for (String item : inner.split(",")) {
                    array.add(parse(item));
                }
            }
            return array;
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return NODES.stringNode(value.substring(1, value.length() - 1));
        }
        return NODES.stringNode(value);
    }
}

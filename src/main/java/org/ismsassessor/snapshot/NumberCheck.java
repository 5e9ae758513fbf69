package org.ismsassessor.snapshot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the numbers no field of the format can hold, before the schema pass: every count, score and interval is a
 * whole number read as a Java {@code int}, so 1e400 (beyond a double), a 30-digit integer or 3000000000 would
 * otherwise surface as a type error of an "unknown" value or as a binding failure naming a Java type. Numbers
 * inside {@code x-} extensions are kept as they are and not checked.
 */
final class NumberCheck {
    static final String OUT_OF_RANGE = "number out of range: the numbers of a snapshot are whole numbers from 0 to "
            + Integer.MAX_VALUE;

    private NumberCheck() {
    }

    /**
     * Reports every number out of range and replaces it with 0 in the tree, so that the schema pass that follows
     * never meets it: its validators convert numbers to {@code long} and fail on 1e19.
     */
    static void check(JsonNode root, List<InputError> errors) {
        check(root, new ArrayDeque<>(), errors);
    }

    /** Walks the tree keeping the path as segments, so that a path string is built only for an error. */
    private static void check(JsonNode node, Deque<Object> path, List<InputError> errors) {
        if (node instanceof ObjectNode object) {
            List<String> outOfRange = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (field.getKey().startsWith("x-")) {
                    continue;
                }
                path.addLast(field.getKey());
                if (value.isContainer()) {
                    check(value, path, errors);
                } else if (value.isNumber() && !fitsInt(value)) {
                    errors.add(new InputError(pathOf(path), OUT_OF_RANGE));
                    outOfRange.add(field.getKey());
                }
                path.removeLast();
            }
            outOfRange.forEach(name -> object.put(name, 0));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                path.addLast(i);
                if (value.isContainer()) {
                    check(value, path, errors);
                } else if (value.isNumber() && !fitsInt(value)) {
                    errors.add(new InputError(pathOf(path), OUT_OF_RANGE));
                    array.set(i, 0);
                }
                path.removeLast();
            }
        }
    }

    private static String pathOf(Deque<Object> path) {
        StringBuilder text = new StringBuilder("$");
        for (Object segment : path) {
            text.append(segment instanceof Integer index ? "[" + index + "]" : "." + segment);
        }
        return text.toString();
    }

    private static boolean fitsInt(JsonNode number) {
        if (number.isInt() || number.isShort()) {
            return true;
        }
        if (number.isLong() || number.isBigInteger()) {
            return number.canConvertToInt();
        }
        if (number.isBigDecimal()) {
            // compareTo looks at the exponents first: cheap even for 1e999999999.
            java.math.BigDecimal value = number.decimalValue();
            return value.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    && value.compareTo(java.math.BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0;
        }
        double value = number.doubleValue();
        return !Double.isNaN(value) && value <= Integer.MAX_VALUE && value >= Integer.MIN_VALUE;
    }
}

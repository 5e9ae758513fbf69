package org.ismsassessor.snapshot;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

/** Phrases a JSON Schema violation for a person: the message without the path, which is reported apart. */
final class SchemaMessages {
    private SchemaMessages() {
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

    static String describe(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString();
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            message = "required field '" + error.getProperty() + "' is missing";
        }
        if ("additionalProperties".equals(error.getKeyword())) {
            message += " (unknown fields are not allowed; prefix your own fields with \"x-\" to keep them)";
        }
        return message;
    }
}

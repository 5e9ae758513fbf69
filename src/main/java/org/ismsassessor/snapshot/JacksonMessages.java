package org.ismsassessor.snapshot;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** Turns Jackson's exceptions into messages for people: where, and what was expected, without stack traces. */
final class JacksonMessages {
    private JacksonMessages() {
    }

    static String describe(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
        }
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return message;
    }

    static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getPropertyName() != null) {
                path.append('.').append(ref.getPropertyName());
            }
        }
        return path.toString();
    }
}

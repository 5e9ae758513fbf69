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

    /** A parse error's message, in the words of the limit it hit when it hit one. */
    static String describeRead(JacksonException e, Limits limits) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                return "nested too deeply: more than " + limits.maxNestingDepth() + " levels of objects and arrays";
            }
            if (original.contains("String value length")) {
                return "a string longer than the limit of " + limits.maxStringLength() + " characters";
            }
            if (original.contains("Number value length")) {
                return "a number with too many digits";
            }
            if (original.contains("Document length")) {
                return "the snapshot is larger than the limit of " + Limits.size(limits.maxBytes());
            }
        }
        return "malformed JSON: " + describe(e);
    }

    /** Where the parser was when it stopped, as a JSON path ($ when unknown). */
    static String streamPathOf(JacksonException e) {
        if (e.processor() instanceof tools.jackson.core.JsonParser parser) {
            String pointer = parser.streamReadContext().pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                StringBuilder path = new StringBuilder("$");
                for (String segment : pointer.substring(1).split("/", -1)) {
                    String name = segment.replace("~1", "/").replace("~0", "~");
                    if (name.matches("\\d+")) {
                        path.append('[').append(name).append(']');
                    } else {
                        path.append('.').append(name);
                    }
                }
                return path.toString();
            }
        }
        return "$";
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

package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns Jackson's exceptions into messages for people: where, and what was expected, in the words of JSON and
 * of the format, never with a stack trace, a Java type or the name of a parser feature.
 */
final class JacksonMessages {
    private static final Pattern CODE = Pattern.compile(" \\(code -?\\d+\\)");
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.{1,2})'\\)");
    private static final Pattern CONTROL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern CONTROL_BETWEEN = Pattern.compile("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern NON_NUMERIC = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.*)\"$", Pattern.DOTALL);
    /** What is left of a Java type or a parser feature in a message: a back-quoted dotted name. */
    private static final Pattern JAVA_NAME = Pattern.compile("`[^`]*`");

    private JacksonMessages() {
    }

    /** A parse error's message, in the words of the limit it hit when it hit one. */
    static String describeRead(JacksonException e, Limits limits) {
        String original = firstLine(e.getOriginalMessage());
        if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                return "nested too deeply: more than " + limits.maxNestingDepth() + " levels of objects and arrays";
            }
            if (original.contains("String value length")) {
                return "a string longer than the limit of " + limits.maxStringLength() + " characters";
            }
            if (original.contains("Number value length")) {
                return "a number with more than " + tools.jackson.core.StreamReadConstraints.DEFAULT_MAX_NUM_LEN
                        + " digits; the numbers of a snapshot are whole numbers from 0 to " + Integer.MAX_VALUE;
            }
            if (original.contains("Name length")) {
                return "a field name longer than the limit of " + tools.jackson.core.StreamReadConstraints.DEFAULT_MAX_NAME_LEN
                        + " characters";
            }
            if (original.contains("Document length")) {
                return "the snapshot is larger than the limit of " + Limits.size(limits.maxBytes());
            }
        }
        return "malformed JSON: " + withLocation(plainRead(original), e);
    }

    /** Jackson's words for a syntax error, with what only a Java programmer could act on replaced. */
    private static String plainRead(String original) {
        if (original.startsWith("Trailing token")) {
            return "more content after the end of the snapshot object; a snapshot file holds exactly one JSON object";
        }
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.matches()) {
            return "field '" + SchemaMessages.quote(duplicate.group(1)) + "' appears twice in the same object";
        }
        Matcher nonNumeric = NON_NUMERIC.matcher(original);
        if (nonNumeric.find()) {
            return "'" + SchemaMessages.quote(nonNumeric.group(1)) + "' is not a JSON number (NaN and Infinity are not"
                    + " allowed)";
        }
        if (original.startsWith("Invalid UTF-8") || original.startsWith("Invalid UTF-32")
                || original.contains("Unexpected end-of-input in UTF-8") || original.contains("surrogate")) {
            return "the file is not valid UTF-8 (" + CODE.matcher(original).replaceAll("") + "); save it as UTF-8";
        }
        Matcher between = CONTROL_BETWEEN.matcher(original);
        if (between.find()) {
            return "a control character (code " + between.group(1) + ") between values: only spaces, tabs and line"
                    + " breaks may separate the parts of JSON";
        }
        Matcher control = CONTROL.matcher(original);
        if (control.find()) {
            return "a control character (code " + control.group(1) + ") inside a string: write it escaped, such as \\n"
                    + " for a line break or \\t for a tab";
        }
        String message = CODE.matcher(original).replaceAll("");
        Matcher character = CHARACTER.matcher(message);
        if (character.find()) {
            String found = character.group(1);
            if (found.equals("/") || found.equals("#")) {
                return "unexpected character '" + found + "': comments are not allowed in JSON";
            }
            if (found.equals("'")) {
                return "unexpected character \"'\": JSON strings and field names are written in double quotes";
            }
            if (message.contains("was expecting double-quote to start property name")) {
                message = "unexpected character '" + found + "': expected a field name in double quotes"
                        + (found.equals("}") ? " (JSON allows no comma before '}')" : "");
            } else if (message.contains("expected a value") && found.equals("]")) {
                message = "unexpected character ']': expected a value (JSON allows no comma before ']')";
            }
        }
        return withoutJavaNames(message);
    }

    /** A binding error's message: what the value should have been, in the words of the format. */
    static String describe(JacksonException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String value = "";
            if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
                value = "'" + SchemaMessages.quote(String.valueOf(invalid.getValue())) + "' ";
            }
            return value + "cannot be read as " + describeType(mismatch.getTargetType());
        }
        return withLocation(withoutJavaNames(firstLine(e.getOriginalMessage())), e);
    }

    private static String describeType(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == OffsetDateTime.class) {
            return "a date-time with a UTC offset (e.g. 2026-03-01T09:30:00Z)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number from 0 to " + Integer.MAX_VALUE;
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of the values listed in the format";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "the value the format describes";
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "the input cannot be read";
        }
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }

    /** Back-quoted Java names and parser features removed: "enable `JsonReadFeature.X` to allow" and the like. */
    private static String withoutJavaNames(String message) {
        String plain = message.replaceAll(" \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
                .replaceAll("[:;,]? *enable `[^`]*` to allow", "")
                .replaceAll(" \\(bound as `[^`]*`\\)", "")
                .replaceAll(":? *not allowed as per `[^`]*`", "");
        return JAVA_NAME.matcher(plain).replaceAll("a value");
    }

    private static String withLocation(String message, JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            return message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return message;
    }

    /** The message for a second value after the snapshot's object. */
    static String trailingContent(TokenStreamLocation location) {
        String message = "malformed JSON: " + plainRead("Trailing token");
        if (location != null && location.getLineNr() > 0) {
            message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return message;
    }

    /**
     * Where the parser was when it stopped, as a JSON path ($ when unknown): the value being read, or the object
     * whose field name was being read (not the field before it).
     */
    static String streamPathOf(JacksonException e, tools.jackson.core.JsonParser parser) {
        if (parser == null && e.processor() instanceof tools.jackson.core.JsonParser own) {
            parser = own;
        }
        if (parser == null) {
            return "$";
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        boolean readingName = original.contains("property name") || original.startsWith("Name length");
        java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
        boolean innermost = true;
        for (var context = parser.streamReadContext(); context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                segments.push("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.currentName() != null && !(innermost && readingName)) {
                segments.push("." + context.currentName());
            }
            innermost = false;
        }
        return "$" + String.join("", segments);
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

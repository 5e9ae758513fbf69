package org.ismsassessor.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DateUtil;
import org.ismsassessor.workbook.Layout.Type;
import org.ismsassessor.workbook.Layout.ValueType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How a field's value is written in a cell and read back, exactly: text as it is (in JSON quotes when it is empty,
 * has spaces at either end or starts with a quote), whole numbers as numbers, yes/no for true/false, dates as date
 * cells, lists as items separated by "; " (a JSON array when an item holds a ";"), "(none)" for an empty list, and
 * {@code x-} extensions as text, numbers, yes/no or {@code json:} followed by any JSON value.
 */
final class Cells {
    /** An empty list, an empty section or an entry's empty list of child rows. */
    static final String NONE = "(none)";
    static final String JSON_PREFIX = "json:";
    static final String LIST_SEPARATOR = "; ";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s_]+");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

    /** What to write in a cell. */
    sealed interface Out permits Text, Number, Day {
    }

    record Text(String text) implements Out {
    }

    record Number(double value) implements Out {
    }

    record Day(LocalDate date) implements Out {
    }

    /** A value read from a cell, or why it cannot be. */
    record In(JsonNode value, String problem) {
        static In of(JsonNode value) {
            return new In(value, null);
        }

        static In problem(String problem) {
            return new In(null, problem);
        }

        static In absent() {
            return new In(null, null);
        }
    }

    private Cells() {
    }

    // ---- writing

    static Out write(ValueType type, JsonNode value) {
        return switch (type.type()) {
            case INTEGER -> value.isNumber() && value.canConvertToExactIntegral() && Math.abs(value.asDouble()) < 1e15
                    ? new Number(value.asDouble()) : new Text(value.toString());
            case BOOLEAN -> new Text(value.asBoolean() ? "yes" : "no");
            case DATE -> date(value);
            case LIST -> new Text(list(value));
            case EXTENSION -> extension(value);
            default -> new Text(value.isString() ? text(value.asString()) : value.toString());
        };
    }

    private static Out date(JsonNode value) {
        try {
            return new Day(LocalDate.parse(value.asString()));
        } catch (java.time.DateTimeException e) {
            return new Text(text(value.asString()));
        }
    }

    /** Text as written in a cell: as it is, or as a JSON string where it would not read back the same. */
    static String text(String value) {
        boolean plain = !value.isEmpty() && value.equals(value.strip()) && !value.startsWith("\"")
                && !value.equals(NONE) && value.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t');
        return plain ? value : MAPPER.writeValueAsString(value);
    }

    private static String list(JsonNode items) {
        if (items.isEmpty()) {
            return NONE;
        }
        List<String> texts = new ArrayList<>();
        boolean plain = true;
        for (JsonNode item : items) {
            String text = item.isString() ? item.asString() : item.toString();
            plain &= item.isString() && !text.isEmpty() && text.equals(text.strip()) && !text.contains(";")
                    && !text.startsWith("[") && !text.startsWith("\"") && !text.equals(NONE)
                    && text.chars().noneMatch(c -> c < 0x20);
            texts.add(text);
        }
        return plain ? String.join(LIST_SEPARATOR, texts) : MAPPER.writeValueAsString(items);
    }

    private static Out extension(JsonNode value) {
        if (value.isString()) {
            String text = value.asString();
            boolean misread = text.startsWith(JSON_PREFIX) || text.equals("yes") || text.equals("no");
            return new Text(misread ? MAPPER.writeValueAsString(text) : text(text));
        }
        if (value.isBoolean()) {
            return new Text(value.asBoolean() ? "yes" : "no");
        }
        boolean exactNumber = (value.isInt() || value.isLong()) && Math.abs(value.asLong()) < (1L << 53)
                || value.isDouble() && Double.isFinite(value.asDouble()) && value.asDouble() != Math.rint(value.asDouble());
        return exactNumber ? new Number(value.asDouble()) : new Text(JSON_PREFIX + value.toString());
    }

    // ---- reading

    static In read(ValueType type, RawCell cell, String label) {
        if (cell == null || cell.blank()) {
            return In.absent();
        }
        return switch (type.type()) {
            case STRING -> string(cell);
            case INTEGER -> integer(cell);
            case BOOLEAN -> bool(cell);
            case DATE -> day(cell);
            case DATE_TIME -> dateTime(cell);
            case ENUM -> enumValue(type, cell);
            case LIST -> list(type, cell);
            case EXTENSION -> extension(cell);
            case INFO -> In.absent();
        };
    }

    private static In string(RawCell cell) {
        return switch (cell.kind()) {
            case TEXT -> unquoted(cell.text());
            case NUMBER -> In.of(NODES.stringNode(plainNumber(cell.text())));
            case DATE -> In.of(NODES.stringNode(dayOf(cell.text()).map(LocalDate::toString).orElse(cell.text())));
            case BOOLEAN -> In.of(NODES.stringNode("1".equals(cell.text()) ? "yes" : "no"));
            case ERROR -> In.problem("the cell holds the error " + cell.text() + "; expected text");
        };
    }

    /** Text as the user wrote it: spaces at either end dropped, a JSON string read as such. */
    private static In unquoted(String text) {
        String stripped = text.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            try {
                return In.of(NODES.stringNode(MAPPER.readValue(stripped, String.class)));
            } catch (JacksonException e) {
                return In.problem("text in double quotes is read as a JSON string, and " + shown(stripped)
                        + " is not one (write \\\" for a quote inside)");
            }
        }
        return In.of(NODES.stringNode(stripped));
    }

    private static In integer(RawCell cell) {
        String text = cell.kind() == RawCell.Kind.TEXT ? cell.text().strip() : cell.text();
        if (cell.kind() == RawCell.Kind.NUMBER || cell.kind() == RawCell.Kind.TEXT) {
            try {
                BigDecimal number = new BigDecimal(text);
                if (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0) {
                    java.math.BigInteger whole = number.toBigIntegerExact();
                    return In.of(whole.bitLength() < 32 ? NODES.numberNode(whole.intValue())
                            : whole.bitLength() < 64 ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole));
                }
                return In.problem("expected a whole number, not " + plainNumber(text));
            } catch (NumberFormatException | ArithmeticException e) {
                // not a number: said below
            }
        }
        return In.problem("expected a whole number, not " + shownCell(cell));
    }

    private static In bool(RawCell cell) {
        String text = cell.text().strip().toLowerCase(Locale.ROOT);
        return switch (cell.kind() == RawCell.Kind.BOOLEAN ? ("1".equals(text) ? "yes" : "no") : text) {
            case "yes", "y", "true" -> In.of(NODES.booleanNode(true));
            case "no", "n", "false" -> In.of(NODES.booleanNode(false));
            default -> In.problem("expected yes or no, not " + shownCell(cell));
        };
    }

    private static In day(RawCell cell) {
        if (cell.kind() == RawCell.Kind.NUMBER || cell.kind() == RawCell.Kind.DATE) {
            double serial = Double.parseDouble(cell.text());
            if (serial != Math.rint(serial) || !DateUtil.isValidExcelDate(serial)) {
                return In.problem("expected a date (YYYY-MM-DD), not " + shownCell(cell)
                        + (serial != Math.rint(serial) ? " (a date with a time of day)" : ""));
            }
            return In.of(NODES.stringNode(DateUtil.getLocalDateTime(serial).toLocalDate().toString()));
        }
        if (cell.kind() == RawCell.Kind.TEXT) {
            // The schema judges the text ("2026-02-30 is not a valid date"), in the same words as for JSON.
            return unquoted(cell.text());
        }
        return In.problem("expected a date (YYYY-MM-DD), not " + shownCell(cell));
    }

    private static In dateTime(RawCell cell) {
        if (cell.kind() == RawCell.Kind.NUMBER || cell.kind() == RawCell.Kind.DATE) {
            // A spreadsheet's date and time carries no offset: read as UTC.
            LocalDateTime time = DateUtil.getLocalDateTime(Double.parseDouble(cell.text()), false, true);
            return In.of(NODES.stringNode(UTC.format(time)));
        }
        if (cell.kind() == RawCell.Kind.TEXT) {
            return unquoted(cell.text());
        }
        return In.problem("expected a date and time such as 2026-03-01T09:30:00Z, not " + shownCell(cell));
    }

    private static In enumValue(ValueType type, RawCell cell) {
        In text = string(cell);
        if (text.value() == null) {
            return text;
        }
        return In.of(NODES.stringNode(canonical(type, text.value().asString())));
    }

    /** A listed value written another way ("In progress", "HIGH") as the format spells it; else as it is. */
    static String canonical(ValueType type, String text) {
        if (type.values().contains(text)) {
            return text;
        }
        String wanted = SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        for (String value : type.values()) {
            if (value.equals(wanted)) {
                return value;
            }
        }
        return text;
    }

    private static In list(ValueType type, RawCell cell) {
        In whole = string(cell);
        if (whole.value() == null) {
            return whole;
        }
        String text = whole.value().asString();
        ArrayNode items = NODES.arrayNode();
        if (text.equals(NONE) || text.equals("[]")) {
            return In.of(items);
        }
        if (text.startsWith("[")) {
            try {
                JsonNode parsed = MAPPER.readTree(text);
                if (parsed.isArray()) {
                    return In.of(parsed);
                }
            } catch (JacksonException e) {
                // said below
            }
            return In.problem("a list starting with [ is read as a JSON array, and " + shown(text)
                    + " is not one; separate items with \"; \"");
        }
        for (String item : text.split(";")) {
            String stripped = item.strip();
            if (!stripped.isEmpty()) {
                items.add(type.item().type() == Type.ENUM ? canonical(type.item(), stripped) : stripped);
            }
        }
        return items.isEmpty() ? In.absent() : In.of(items);
    }

    private static In extension(RawCell cell) {
        switch (cell.kind()) {
            case DATE -> {
                return In.of(NODES.stringNode(dayOf(cell.text()).map(LocalDate::toString).orElse(cell.text())));
            }
            case NUMBER -> {
                BigDecimal number = new BigDecimal(cell.text());
                if (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0) {
                    java.math.BigInteger whole = number.toBigInteger();
                    return In.of(whole.bitLength() < 32 ? NODES.numberNode(whole.intValue()) : NODES.numberNode(whole.longValue()));
                }
                return In.of(NODES.numberNode(Double.parseDouble(cell.text())));
            }
            case BOOLEAN -> {
                return In.of(NODES.booleanNode("1".equals(cell.text())));
            }
            case ERROR -> {
                return In.problem("the cell holds the error " + cell.text());
            }
            default -> {
                String text = cell.text().strip();
                if (text.startsWith(JSON_PREFIX)) {
                    try {
                        return In.of(MAPPER.readTree(text.substring(JSON_PREFIX.length())));
                    } catch (JacksonException e) {
                        return In.problem("after json: comes a JSON value, and " + shown(text.substring(JSON_PREFIX.length()))
                                + " is not one");
                    }
                }
                if (text.equals("yes") || text.equals("no")) {
                    return In.of(NODES.booleanNode(text.equals("yes")));
                }
                return unquoted(cell.text());
            }
        }
    }

    /** A number as plain text: 12 rather than 12.0, 0.5 rather than 5E-1. */
    static String plainNumber(String number) {
        try {
            BigDecimal value = new BigDecimal(number.strip());
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private static java.util.Optional<LocalDate> dayOf(String serial) {
        try {
            double value = Double.parseDouble(serial);
            return DateUtil.isValidExcelDate(value) ? java.util.Optional.of(DateUtil.getLocalDateTime(value).toLocalDate())
                    : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static String shownCell(RawCell cell) {
        return switch (cell.kind()) {
            case NUMBER -> plainNumber(cell.text());
            case DATE -> dayOf(cell.text()).map(LocalDate::toString).orElse(cell.text());
            case BOOLEAN -> "1".equals(cell.text()) ? "TRUE" : "FALSE";
            case ERROR -> cell.text();
            case TEXT -> shown(cell.text().strip());
        };
    }

    static String shown(String text) {
        String cut = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return "'" + cut.replace("\n", "\\n") + "'";
    }
}

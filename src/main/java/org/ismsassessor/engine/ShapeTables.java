package org.ismsassessor.engine;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.snapshot.ActivityKind;
import org.ismsassessor.snapshot.DocumentType;
import org.ismsassessor.snapshot.ReviewInput;
import org.ismsassessor.snapshot.ReviewOutput;

/**
 * The tables of a rule pack's data-driven rules: every {@code rules/<edition>/shapes/<shape>.csv}, a row per
 * requirement checked the same way (a section present, a document registered, a review input considered, an
 * interval within its bound ...), read by the one rule declaring {@code @shape("<shape>")}. A new edition adds
 * rows, not rules. Columns are named in the header; {@code rule} and {@code requirement} are required, the others
 * ({@link #COLUMNS}) as the shape needs; an unknown column, a bad value or a rule named twice fails the rule base
 * with the file and line.
 */
public final class ShapeTables {
    /** The columns a table may have, in {@link ShapeRow}'s terms. */
    static final Set<String> COLUMNS = Set.of("rule", "requirement", "section", "characteristic", "documentType",
            "activityKind", "reviewInput", "reviewOutput", "topic", "period", "title", "because", "remedy");

    private final Map<String, List<ShapeRow>> byShape;
    private final String version;

    private ShapeTables(Map<String, List<ShapeRow>> byShape, String version) {
        this.byShape = byShape;
        this.version = version;
    }

    /** No tables: a rule base made of user rules alone, or a pack without data-driven rules. */
    public static ShapeTables none() {
        return new ShapeTables(Map.of(), "");
    }

    /** The tables of an edition's built-in pack, from the classpath. */
    public static ShapeTables builtIn(Edition edition) {
        return read(RuleBase.resources("rules/" + edition.id() + "/shapes/", ".csv"));
    }

    /** Tables read from their texts (name = resource path); every problem at once. */
    static ShapeTables read(List<RuleSource> tables) {
        List<String> problems = new ArrayList<>();
        Map<String, List<ShapeRow>> byShape = new TreeMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        for (RuleSource table : tables) {
            String shape = table.name().substring(table.name().lastIndexOf('/') + 1).replaceFirst("\\.csv$", "");
            List<ShapeRow> rows = parse(shape, table, problems);
            for (ShapeRow row : rows) {
                String where = row.file() + ":" + row.line();
                String earlier = seen.putIfAbsent(row.rule(), where);
                if (earlier != null) {
                    problems.add(where + ": rule \"" + row.rule() + "\" is already a row at " + earlier);
                }
            }
            byShape.put(shape, List.copyOf(rows));
            all.append(table.name()).append('\n').append(table.text()).append('\n');
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        return new ShapeTables(byShape, tables.isEmpty() ? "" : digest(all.toString()));
    }

    private static List<ShapeRow> parse(String shape, RuleSource table, List<String> problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).get();
        List<ShapeRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(table.text()), format)) {
            List<String> header = parser.getHeaderNames();
            header.stream().filter(c -> !COLUMNS.contains(c)).forEach(c -> problems.add(table.name()
                    + ":1: unknown column '" + c + "'; a table's columns are among "
                    + String.join(", ", COLUMNS.stream().sorted().toList())));
            for (String required : List.of("rule", "requirement")) {
                if (!header.contains(required)) {
                    problems.add(table.name() + ":1: the table needs a '" + required + "' column");
                }
            }
            if (!header.containsAll(List.of("rule", "requirement"))) {
                return rows;
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getParser().getCurrentLineNumber();
                Cells cells = new Cells(record, table.name(), line, problems);
                String rule = cells.text("rule");
                String requirement = cells.text("requirement");
                if (rule == null || requirement == null) {
                    problems.add(table.name() + ":" + line + ": a row needs its rule and requirement");
                    continue;
                }
                rows.add(new ShapeRow(shape, rule, requirement, cells.text("section"), cells.text("characteristic"),
                        cells.value("documentType", DocumentType.class), cells.value("activityKind", ActivityKind.class),
                        cells.value("reviewInput", ReviewInput.class), cells.value("reviewOutput", ReviewOutput.class),
                        cells.topic(), cells.text("period"), cells.text("title"),
                        cells.text("because"), cells.text("remedy"), table.name(), line));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleBaseException broken) {
                throw broken;
            }
            problems.add(table.name() + ": cannot be read as CSV: " + e.getMessage());
        }
        return rows;
    }

    /** The cells of one row, blank as null, listed values as the snapshot spells them (kebab case). */
    private record Cells(CSVRecord record, String file, int line, List<String> problems) {
        String text(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = record.get(column);
            return value.isBlank() ? null : value;
        }

        <E extends Enum<E>> E value(String column, Class<E> type) {
            return listed(column, type.getEnumConstants(), e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }

        IntervalTopic topic() {
            return listed("topic", IntervalTopic.values(), IntervalTopic::key);
        }

        private <E> E listed(String column, E[] values, Function<E, String> spelling) {
            String word = text(column);
            if (word == null) {
                return null;
            }
            for (E value : values) {
                if (spelling.apply(value).equals(word)) {
                    return value;
                }
            }
            problems.add(file + ":" + line + ": column '" + column + "' is '" + word + "'; expected one of "
                    + String.join(", ", Arrays.stream(values).map(spelling).toList()));
            return null;
        }
    }

    /** The rows of one shape, in table order; none when the pack has no such table. */
    public List<ShapeRow> rows(String shape) {
        return byShape.getOrDefault(shape, List.of());
    }

    /** Every row of every table, by shape then line: the facts a session starts with. */
    public List<ShapeRow> rows() {
        return byShape.values().stream().flatMap(List::stream).toList();
    }

    /** The shapes that have a table. */
    public Set<String> shapes() {
        return byShape.keySet();
    }

    /** A digest of the tables, part of the rule set's version: a changed row changes what the rules find. */
    public String version() {
        return version;
    }

    private static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

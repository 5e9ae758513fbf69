package org.ismsassessor.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.finding.FindingKind;

/**
 * The grading policy of one rule pack, read from {@code rules/<edition>/grading.csv} (one line per checking
 * rule), {@code rules/<edition>/elements.csv} (the ISMS elements) and {@code rules/<edition>/systemic.csv} (processes
 * whose several minors make one major). Its version is a digest of both files, so
 * results graded by different tables can be told apart. User rules join it with their {@code @grade}.
 */
public final class GradingTable {
    private static final Map<Edition, GradingTable> BUILT_IN = new ConcurrentHashMap<>();

    private final String name;
    private final String version;
    private final Map<String, GradingRow> rows;
    private final Map<String, Element> elements;
    private final List<SystemicProcess> systemic;

    private GradingTable(String name, String version, Map<String, GradingRow> rows, Map<String, Element> elements,
            List<SystemicProcess> systemic) {
        this.name = name;
        this.version = version;
        this.rows = Map.copyOf(rows);
        this.elements = elements;
        this.systemic = List.copyOf(systemic);
    }

    /** The processes whose minor findings, taken together, can show a systemic failure ({@code systemic.csv}). */
    public List<SystemicProcess> systemic() {
        return systemic;
    }

    /** The built-in table of an edition, read once. */
    public static GradingTable builtIn(Edition edition) {
        return BUILT_IN.computeIfAbsent(edition, GradingTable::read);
    }

    /** This table plus rows for user rules that declare their grade. */
    public GradingTable withDeclared(Map<String, FindingKind> declaredGrades) {
        if (declaredGrades.isEmpty()) {
            return this;
        }
        Map<String, GradingRow> all = new HashMap<>(rows);
        declaredGrades.forEach((rule, kind) -> all.putIfAbsent(rule, GradingRow.declared(rule, kind)));
        return new GradingTable(name, version, all, elements, systemic);
    }

    /** The table's name as results cite it, e.g. {@code iso27001-2005/grading.csv}. */
    public String name() {
        return name;
    }

    /** A digest of the table files: two results with the same version were graded alike. */
    public String version() {
        return version;
    }

    public Optional<GradingRow> rowFor(String rule) {
        return Optional.ofNullable(rows.get(rule));
    }

    public Map<String, GradingRow> rows() {
        return rows;
    }

    /** The elements in the order an organization produces them. */
    public List<Element> elements() {
        return List.copyOf(elements.values());
    }

    public Optional<Element> element(String name) {
        return Optional.ofNullable(elements.get(name));
    }

    private static GradingTable read(Edition edition) {
        String base = "rules/" + edition.id() + "/";
        String grading = text(base + "grading.csv");
        String elementsText = text(base + "elements.csv");
        Map<String, Element> elements = parseElements(base + "elements.csv", elementsText);
        Map<String, GradingRow> rows = parseRows(base + "grading.csv", grading, elements.keySet());
        String systemicText = text(base + "systemic.csv");
        List<SystemicProcess> systemic = new ArrayList<>();
        for (CSVRecord record : records(base + "systemic.csv", systemicText)) {
            systemic.add(new SystemicProcess(record.get("process"), record.get("label"), words(record.get("requirements")),
                    Integer.parseInt(record.get("minimum")), lineOf(systemicText, record)));
        }
        return new GradingTable(edition.id() + "/grading.csv", digest(grading + "\n" + elementsText + "\n" + systemicText),
                rows, elements, systemic);
    }

    static Map<String, GradingRow> parseRows(String file, String text, Set<String> elementNames) {
        Map<String, GradingRow> rows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (CSVRecord record : records(file, text)) {
            String where = file + ":" + lineOf(text, record);
            try {
                String rule = record.get("rule");
                FindingKind base = kindOf(record.get("base"));
                String root = dash(record.get("root"));
                Set<String> needs = Set.copyOf(words(record.get("needs")));
                for (String element : needs) {
                    if (!elementNames.contains(element)) {
                        throw new IllegalArgumentException("needs '" + element + "', which elements.csv does not list");
                    }
                }
                if (root != null && !elementNames.contains(root)) {
                    throw new IllegalArgumentException("root '" + root + "' is not listed in elements.csv");
                }
                GradingRow row = new GradingRow(rule, eachOrId(record.get("requirement")), base, Escalation.parse(record.get("escalate")),
                        "yes".equals(record.get("lateness")), root, needs, dash(record.get("twinOf")),
                        dash(record.get("groupUnder")), record.get("note"), lineOf(text, record));
                if (rows.putIfAbsent(rule, row) != null) {
                    throw new IllegalArgumentException("rule \"" + rule + "\" has a line already");
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        for (GradingRow row : rows.values()) {
            if (row.twinOf() != null && !rows.containsKey(row.twinOf())) {
                problems.add(file + ":" + row.line() + ": twinOf names \"" + row.twinOf() + "\", which has no line");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The grading table is broken:\n  " + String.join("\n  ", problems));
        }
        return rows;
    }

    private static Map<String, Element> parseElements(String file, String text) {
        Map<String, Element> elements = new LinkedHashMap<>();
        for (CSVRecord record : records(file, text)) {
            elements.put(record.get("element"), new Element(record.get("element"), record.get("label"),
                    "yes".equals(record.get("mandatory")), words(record.get("dependsOn")),
                    "yes".equals(record.get("foldedWhenBare"))));
        }
        for (Element element : elements.values()) {
            for (String earlier : element.dependsOn()) {
                if (!elements.containsKey(earlier)) {
                    throw new IllegalStateException(file + ": " + element.name() + " depends on unknown '" + earlier + "'");
                }
            }
        }
        return elements;
    }

    private static List<CSVRecord> records(String file, String text) {
        try {
            return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).get().parse(new StringReader(text)).getRecords();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(file + " cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    /** The 1-based line of a record in its file (comment lines included). */
    private static int lineOf(String text, CSVRecord record) {
        long offset = record.getCharacterPosition();
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static FindingKind kindOf(String word) {
        return Arrays.stream(FindingKind.values()).filter(k -> k.shortName().equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("base '" + word + "' is not major, minor, gap or observation"));
    }

    /** The kind a {@code @grade} word names, if any. */
    public static Optional<FindingKind> gradeNamed(String word) {
        return Arrays.stream(FindingKind.values()).filter(k -> k.shortName().equals(word)).findFirst();
    }

    private static String eachOrId(String value) {
        return "each".equals(value) ? null : dash(value);
    }

    private static String dash(String value) {
        return value == null || value.isBlank() || value.equals("-") ? null : value;
    }

    private static List<String> words(String value) {
        String v = dash(value);
        return v == null ? List.of() : List.of(v.trim().split("\\s+"));
    }

    private static String text(String resource) {
        try (InputStream in = GradingTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The rule pack has no " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

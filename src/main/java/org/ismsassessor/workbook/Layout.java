package org.ismsassessor.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ismsassessor.snapshot.SnapshotLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workbook's sheets and columns, derived from the snapshot schema rather than written out by hand: a sheet per
 * section (a table of one row per entry for a list, a field/value sheet for a single object such as the organization),
 * a child table for each list of objects inside an entry (a document's revisions, keyed by the document's id), nested
 * objects flattened to one column or row per field ("Impact scale: max"), columns in the schema's order under labels
 * people read ("Asset ids" for {@code assetIds}). A new field of the format is a new column without touching this.
 */
public final class Layout {

    /** A sheet's shape. */
    public enum Kind {
        /** One row per field: Field, Value, About (a single object, such as the organization). */
        FIELDS,
        /** One row per entry, one column per field (a list, such as the risks). */
        TABLE
    }

    /** What a cell holds. */
    public enum Type { STRING, INTEGER, BOOLEAN, DATE, DATE_TIME, ENUM, LIST, EXTENSION, INFO }

    /**
     * The kind of a value: for {@code ENUM} its values and the name of its list, for {@code LIST} its items' kind.
     */
    public record ValueType(Type type, List<String> values, String listName, ValueType item) {
        static ValueType of(Type type) {
            return new ValueType(type, List.of(), null, null);
        }
    }

    /**
     * A column of a table or a row of a field/value sheet.
     *
     * @param label what users read in the header
     * @param key   the field's path inside the entry ({@code impactScale.max}); for a child table's parent column the
     *              key users may write instead of the label ({@code documentId})
     */
    public record Column(String label, String key, ValueType type, String description) {
        public boolean isParent() {
            return key.startsWith(PARENT);
        }
    }

    /**
     * A sheet.
     *
     * @param name        the sheet's name (at most 31 characters, as spreadsheets allow)
     * @param section     the top-level key it holds ("" for the snapshot's own fields)
     * @param child       for a child table, the key of the list inside its parent's entries (revisions); else null
     * @param parent      for a child table, the sheet of its parent; else null
     * @param fileKeys    the names a CSV file of this sheet may have, without extension and normalised
     */
    public record Sheet(String name, Kind kind, String section, String child, Sheet parent, List<Column> columns,
            String description, List<String> fileKeys) {

        /** The path of its entries in the snapshot: risks, documents.revisions, statementOfApplicability.entries. */
        public String path() {
            if (child == null) {
                return section;
            }
            return parent.path() + "." + child;
        }

        /** True when the entries of its parent are a list (a document's revisions), not a single object (the scope). */
        public boolean keyedByParent() {
            return parent != null && parent.kind == Kind.TABLE;
        }

        public Optional<Column> column(String key) {
            return columns.stream().filter(c -> c.key.equals(key)).findFirst();
        }
    }

    /** Key prefix of the column naming a child entry's parent. */
    static final String PARENT = "$parent:";
    /** The snapshot's own fields (format version, edition, name, x- fields). */
    public static final String SNAPSHOT_SHEET = "Snapshot";
    public static final String INSTRUCTIONS_SHEET = "Instructions";
    public static final String LISTS_SHEET = "Lists";
    /** The column of the Statement of Applicability that shows each control's title, for reading only. */
    static final String CONTROL_TITLE = "Control title";

    /** Sheet names where the label of the key would be too long or less clear. */
    private static final Map<String, String> SHEET_NAMES = Map.ofEntries(
            Map.entry("statementOfApplicability", "SoA approval"),
            Map.entry("statementOfApplicability.entries", "SoA"),
            Map.entry("scope.exclusions", "Scope exclusions"),
            Map.entry("documents.revisions", "Document revisions"),
            Map.entry("people.competences", "Competences"),
            Map.entry("businessProcesses.continuityEvents", "Continuity events"),
            Map.entry("auditProgramme.areas", "Audit programme areas"),
            Map.entry("internalAudits.findings", "Audit findings"),
            Map.entry("areas", "ISMS areas"),
            Map.entry("roles", "Security roles"),
            Map.entry("actions", "Corrective actions"),
            Map.entry("decisions", "Management decisions"),
            // Format 1.2 (2022 clauses 4.2 and 6.3).
            Map.entry("interestedParties.requirements", "Party requirements"),
            Map.entry("ismsChanges", "ISMS changes"));

    /** The label and key of the column that names a child entry's parent. */
    private static final Map<String, String[]> PARENT_COLUMNS = Map.of(
            "documents", new String[] {"Document id", "documentId"},
            "people", new String[] {"Person id", "personId"},
            "businessProcesses", new String[] {"Business process id", "businessProcessId"},
            "internalAudits", new String[] {"Internal audit id", "internalAuditId"},
            "interestedParties", new String[] {"Interested party id", "interestedPartyId"});

    /** Labels where the words of the key read badly. */
    private static final Map<String, String> LABELS = Map.of(
            "id", "Id",
            "ismsOwner", "ISMS owner",
            "ismsOperation", "ISMS operation",
            "formatVersion", "Format version",
            "minutesDocumentId", "Minutes document id");

    private static final Layout INSTANCE = new Layout(readSchema());

    private final JsonNode schema;
    private final List<Sheet> sheets = new ArrayList<>();
    private final Map<String, ValueType> enums = new LinkedHashMap<>();

    private Layout(JsonNode schema) {
        this.schema = schema;
        sheets.add(new Sheet(SNAPSHOT_SHEET, Kind.FIELDS, "", null, null, columnsOf(scalarsOf(schema)),
                "The snapshot itself: format version, edition of the standard, a title.", List.of("snapshot")));
        for (var property : schema.path("properties").properties()) {
            String key = property.getKey();
            JsonNode definition = resolve(property.getValue());
            if (isObject(definition)) {
                addSheets(key, null, null, Kind.FIELDS, definition, property.getValue().path("description").asString(""));
            } else if (definition.path("type").asString("").equals("array") && isObject(resolve(definition.path("items")))) {
                addSheets(key, null, null, Kind.TABLE, resolve(definition.path("items")),
                        property.getValue().path("description").asString(""));
            }
        }
    }

    /** The layout of the published snapshot schema. */
    public static Layout get() {
        return INSTANCE;
    }

    /** Every sheet holding data, in the workbook's order. */
    public List<Sheet> sheets() {
        return List.copyOf(sheets);
    }

    /** The value lists (enumerations) the dropdowns offer, by name. */
    public Map<String, ValueType> enums() {
        return enums;
    }

    /** The sheet whose name or CSV file name is this (case, spaces, hyphens and underscores ignored). */
    public Optional<Sheet> sheetNamed(String name) {
        String wanted = normalise(name);
        return sheets.stream().filter(s -> normalise(s.name()).equals(wanted) || s.fileKeys().contains(wanted)).findFirst();
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
    }

    private void addSheets(String key, String child, Sheet parent, Kind kind, JsonNode object, String description) {
        String path = parent == null ? key : parent.path() + "." + child;
        String name = SHEET_NAMES.getOrDefault(path, label(parent == null ? key : child));
        List<Column> columns = new ArrayList<>();
        if (parent != null && parent.kind() == Kind.TABLE) {
            String[] parentColumn = PARENT_COLUMNS.getOrDefault(parent.section(), new String[] {"Parent id", "parentId"});
            columns.add(new Column(parentColumn[0], PARENT + parentColumn[1], ValueType.of(Type.STRING),
                    "The id of the entry of sheet " + parent.name() + " this row belongs to."));
        }
        if (path.equals("statementOfApplicability.entries")) {
            // After the control: what the control is, from the catalogue, for reading only.
            List<Column> fields = columnsOf(object);
            columns.add(fields.get(0));
            columns.add(new Column(CONTROL_TITLE, "controlTitle", ValueType.of(Type.INFO),
                    "The control's title in the standard, for reading; not imported."));
            columns.addAll(fields.subList(1, fields.size()));
        } else {
            columns.addAll(columnsOf(object));
        }
        List<String> fileKeys = new ArrayList<>(List.of(normalise(path)));
        Sheet sheet = new Sheet(name, kind, parent == null ? key : parent.section(), child, parent, List.copyOf(columns),
                description, List.copyOf(fileKeys));
        sheets.add(sheet);
        for (var property : object.path("properties").properties()) {
            JsonNode definition = resolve(property.getValue());
            if (definition.path("type").asString("").equals("array") && isObject(resolve(definition.path("items")))) {
                addSheets(key, property.getKey(), sheet, Kind.TABLE, resolve(definition.path("items")),
                        property.getValue().path("description").asString(""));
            }
        }
    }

    /** The top-level fields that are not sections. */
    private JsonNode scalarsOf(JsonNode root) {
        var copy = JsonMapper.builder().build().createObjectNode();
        var properties = copy.putObject("properties");
        root.path("properties").properties().forEach(p -> {
            JsonNode definition = resolve(p.getValue());
            boolean section = isObject(definition) || definition.path("type").asString("").equals("array");
            if (!section) {
                properties.set(p.getKey(), p.getValue());
            }
        });
        return copy;
    }

    /** The columns of an object's fields: scalars and lists of scalars, nested objects flattened. */
    private List<Column> columnsOf(JsonNode object) {
        List<Column> columns = new ArrayList<>();
        addColumns(object, "", "", columns);
        return columns;
    }

    private void addColumns(JsonNode object, String keyPrefix, String labelPrefix, List<Column> columns) {
        for (var property : object.path("properties").properties()) {
            String key = keyPrefix + property.getKey();
            String label = labelPrefix.isEmpty() ? label(property.getKey()) : labelPrefix + ": " + words(property.getKey());
            String description = property.getValue().path("description").asString("");
            JsonNode definition = resolve(property.getValue());
            if (isObject(definition)) {
                addColumns(definition, key + ".", label, columns);
                continue;
            }
            if (definition.path("type").asString("").equals("array")) {
                JsonNode items = resolve(definition.path("items"));
                if (isObject(items)) {
                    continue; // a child sheet
                }
                columns.add(new Column(label, key, new ValueType(Type.LIST, List.of(), null,
                        valueType(definition.path("items"), key)), description));
                continue;
            }
            columns.add(new Column(label, key, valueType(property.getValue(), key), description));
        }
    }

    private ValueType valueType(JsonNode property, String key) {
        String reference = property.path("$ref").asString("");
        String definitionName = reference.startsWith("#/$defs/") ? reference.substring(8) : null;
        if ("date".equals(definitionName) || "performedOn".equals(definitionName)) {
            // A last-done date may be the word "never" (format 1.1): written and read back as text in a date column.
            return ValueType.of(Type.DATE);
        }
        if ("dateTime".equals(definitionName)) {
            return ValueType.of(Type.DATE_TIME);
        }
        JsonNode definition = resolve(property);
        if (definition.has("enum")) {
            List<String> values = new ArrayList<>();
            definition.path("enum").values().forEach(v -> values.add(v.asString()));
            String name = definitionName != null ? definitionName : key.substring(key.lastIndexOf('.') + 1);
            String listName = name;
            for (int i = 2; enums.containsKey(listName) && !enums.get(listName).values().equals(values); i++) {
                listName = name + i;
            }
            ValueType type = new ValueType(Type.ENUM, List.copyOf(values), listName, null);
            enums.putIfAbsent(listName, type);
            return enums.get(listName);
        }
        return switch (definition.path("type").asString("string")) {
            case "integer" -> ValueType.of(Type.INTEGER);
            case "boolean" -> ValueType.of(Type.BOOLEAN);
            default -> ValueType.of(Type.STRING);
        };
    }

    private JsonNode resolve(JsonNode node) {
        String reference = node.path("$ref").asString("");
        if (reference.startsWith("#/$defs/")) {
            return resolve(schema.path("$defs").path(reference.substring(8)));
        }
        return node;
    }

    private static boolean isObject(JsonNode definition) {
        return definition.path("type").asString("").equals("object") && definition.has("properties");
    }

    /** A readable label from a key: {@code assetIds} gives "Asset ids", {@code policy-review} "Policy review". */
    static String label(String key) {
        if (LABELS.containsKey(key) || key.startsWith("x-")) {
            return LABELS.getOrDefault(key, key);
        }
        String words = words(key);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The words of a key in lower case: {@code assetIds} gives "asset ids"; ISMS and SoA keep their capitals. */
    static String words(String key) {
        if (key.startsWith("x-")) {
            return key;
        }
        String spaced = key.replace('-', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.replaceAll("\\bisms\\b", "ISMS");
    }

    private static JsonNode readSchema() {
        try (InputStream in = SnapshotLoader.class.getResourceAsStream(SnapshotLoader.SCHEMA_RESOURCE)) {
            // Each section in its one real form: a workbook sheet holds a section's rows, not the statement that it
            // does not exist (format 1.1 {"exists": false}, which only a snapshot file carries).
            return SnapshotLoader.withoutStatements(JsonMapper.builder().build().readTree(in), new java.util.LinkedHashMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.ismsassessor.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.ismsassessor.workbook.Layout.Column;
import org.ismsassessor.workbook.Layout.Kind;
import org.ismsassessor.workbook.Layout.Type;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads workbooks and CSV files into a snapshot, optionally merged into an existing one, and checks it with the
 * loader. Every problem is reported at once with its place in the user's files: a cell ({@code Risks!F12 (Impact)}),
 * a CSV line ({@code people.csv line 14 (Left on)}), or for what came from the snapshot merged into, its JSON path.
 *
 * <p>Merging: an entry whose id is already in the snapshot merged into replaces that entry where it stands (SoA rows
 * by control, within the SoA); new ids are appended in the files' order; entries the files do not name are kept. A
 * single section (organization, scope, ...) is merged field by field: a field given replaces the existing value, a
 * blank one keeps it; its child lists (the SoA's rows, the scope's exclusions) are replaced when given.
 */
public final class SnapshotImport {

    /** The outcome: the snapshot (JSON, and loaded) when nothing is wrong, else every problem in the files' order. */
    public record Result(byte[] json, LoadResult.Loaded loaded, List<InputError> errors, Counts counts) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** What was read and, with a snapshot merged into, what became of its entries. */
    public record Counts(int tables, long entries, int replaced, int added, int kept) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Pattern PATH = Pattern.compile("\\$((?:\\.[A-Za-z0-9_-]+|\\[\\d+\\])*)");
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z0-9_-]+)|\\[(\\d+)\\]");
    private static final Pattern REQUIRED = Pattern.compile("required field '([^']+)' is missing");
    private static final Pattern ENTRY_OF = Pattern.compile("entry of ([A-Za-z]+)");

    private final SnapshotLoader loader;
    private final Layout layout = Layout.get();

    public SnapshotImport(SnapshotLoader loader) {
        this.loader = loader;
    }

    /** True when the bytes are a zip archive, as an .xlsx workbook is (a JSON snapshot never starts so). */
    public static boolean isWorkbook(byte[] start) {
        return start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
    }

    /** True when the file starts as a workbook does. */
    public static boolean isWorkbook(Path file) {
        try (var in = Files.newInputStream(file)) {
            return isWorkbook(in.readNBytes(4));
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads one workbook given as bytes (an upload). */
    public Result importWorkbook(String name, byte[] workbook) {
        Run run = new Run(false, XlsxReader.Progress.NONE);
        try (OPCPackage opened = OPCPackage.open(new ByteArrayInputStream(workbook))) {
            run.tables.addAll(XlsxReader.read(opened, name, 0, loader.limits().maxFacts(), run.progress));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return failed(name, "not a readable .xlsx workbook");
        } catch (WorkbookException e) {
            return failed(name, e.getMessage());
        }
        return run.finish(null, null);
    }

    /**
     * Reads workbooks and CSV files (named after their sections: people.csv, treatment-plan.csv) into one snapshot.
     *
     * @param into     a snapshot to merge into, or null
     * @param progress told of the rows read, for a terminal
     */
    public Result importFiles(List<Path> files, Path into, XlsxReader.Progress progress) {
        Run run = new Run(files.size() > 1 && files.stream().filter(f -> !isCsv(f)).count() > 1, progress);
        for (Path file : files) {
            String name = file.toString();
            int order = run.tables.size();
            try {
                if (Files.isRegularFile(file) && Files.size(file) > loader.limits().maxBytes()) {
                    throw new WorkbookException(name + ": the file is " + org.ismsassessor.snapshot.Limits.size(Files.size(file))
                            + ", more than the limit of " + org.ismsassessor.snapshot.Limits.size(loader.limits().maxBytes())
                            + " (--max-snapshot-mb)");
                }
                if (isCsv(file)) {
                    run.tables.add(CsvReader.read(name, order, utf8(name, Files.readAllBytes(file))));
                } else if (isWorkbook(file)) {
                    try (OPCPackage opened = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                        run.tables.addAll(XlsxReader.read(opened, name, order, loader.limits().maxFacts(), progress));
                    } catch (InvalidFormatException | RuntimeException e) {
                        throw new WorkbookException(name + ": not a readable .xlsx workbook");
                    }
                } else if (!Files.exists(file)) {
                    throw new WorkbookException(name + ": file not found");
                } else {
                    throw new WorkbookException(name + ": neither an .xlsx workbook nor a .csv file");
                }
            } catch (IOException e) {
                run.problem(Place.file(name, order, null), "cannot read: " + e.getMessage());
            } catch (WorkbookException e) {
                String message = e.getMessage();
                String prefix = name + ": ";
                run.problem(Place.file(name, order, null), message.startsWith(prefix) ? message.substring(prefix.length())
                        : message.startsWith(name + " ") ? message.substring(name.length() + 1) : message);
            }
        }
        ObjectNode base = null;
        if (into != null) {
            try {
                JsonNode tree = MAPPER.readTree(Files.readAllBytes(into));
                if (tree == null || !tree.isObject()) {
                    run.problem(Place.file(into.toString(), Integer.MAX_VALUE, null), "not a JSON object: expected a snapshot");
                } else {
                    base = (ObjectNode) tree;
                }
            } catch (IOException e) {
                run.problem(Place.file(into.toString(), Integer.MAX_VALUE, null), "cannot read: " + e.getMessage());
            } catch (JacksonException e) {
                run.problem(Place.file(into.toString(), Integer.MAX_VALUE, null), "malformed JSON: " + e.getOriginalMessage());
            }
        }
        return run.finish(base, into == null ? null : into.toString());
    }

    private static boolean isCsv(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static String utf8(String name, byte[] bytes) throws WorkbookException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new WorkbookException(name + ": not UTF-8 text; save the CSV file as UTF-8");
        }
    }

    private Result failed(String name, String message) {
        return new Result(null, null, List.of(new InputError(name, message)), new Counts(0, 0, 0, 0, 0));
    }

    /** One import: the tables read, the problems found, where every entry came from. */
    private final class Run {
        final List<RawTable> tables = new ArrayList<>();
        final XlsxReader.Progress progress;
        final boolean withFile;
        final TreeMap<Place, List<String>> problems = new TreeMap<>();
        final Origin root = new Origin(null, 0, new HashMap<>());
        Map<Layout.Sheet, Bound> bound = Map.of();
        boolean merged;
        long entries;

        Run(boolean withFile, XlsxReader.Progress progress) {
            this.withFile = withFile;
            this.progress = progress;
        }

        void problem(Place place, String message) {
            List<String> messages = problems.computeIfAbsent(place, p -> new ArrayList<>());
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }

        Result finish(ObjectNode base, String baseName) {
            ObjectNode imported = NODES.objectNode();
            bound = bind();
            merged = base != null;
            for (Layout.Sheet sheet : layout.sheets()) {
                Bound table = bound.get(sheet);
                if (table != null) {
                    read(table, imported);
                }
            }
            int[] merge = {0, 0, 0};
            ObjectNode snapshot = base == null ? imported : merge(base, imported, merge);
            if (!snapshot.has("formatVersion") && !snapshot.has("edition")) {
                // CSV files alone carry no Snapshot sheet: the format and edition this assessor reads.
                ObjectNode withDefaults = NODES.objectNode();
                withDefaults.put("formatVersion", "1.0");
                withDefaults.put("edition", "iso27001-2005");
                withDefaults.setAll(snapshot);
                snapshot = withDefaults;
            }
            Counts counts = new Counts(bound.size(), entries, merge[0], merge[1], merge[2]);
            byte[] json = MAPPER.writeValueAsBytes(snapshot);
            LoadResult loaded = loader.load(json);
            if (loaded instanceof LoadResult.Rejected rejected) {
                String fallback = baseName != null ? baseName : tables.isEmpty() ? "the files" : tables.get(0).file();
                List<InputError> all = new ArrayList<>(rejected.errors());
                all.addAll(new LaterChecks(loader).run(snapshot, rejected.errors()));
                for (InputError error : all) {
                    Matcher section = REQUIRED.matcher(error.message());
                    if (error.path().equals("$") && section.matches() && pendingOrigins.containsKey(section.group(1))) {
                        // A required single section left blank: its sheet's id is where to start.
                        problem(pendingOrigins.get(section.group(1)).whole(), "the " + Layout.words(section.group(1))
                                + " is required: fill in at least its id");
                        continue;
                    }
                    Place place = placeOf(error.path(), error.message());
                    problem(place != null ? place : Place.file(fallback, Integer.MAX_VALUE, error.path()),
                            reword(error.message()));
                }
            }
            if (!problems.isEmpty()) {
                List<InputError> errors = new ArrayList<>();
                problems.forEach((place, messages) -> messages.forEach(m -> errors.add(new InputError(place.text(), m))));
                return new Result(null, null, errors, counts);
            }
            return new Result(json, (LoadResult.Loaded) loaded, List.of(), counts);
        }

        private List<Object> steps(String path) {
            return SnapshotImport.steps(path);
        }

        // ---- matching tables to sheets

        private Map<Layout.Sheet, Bound> bind() {
            Map<Layout.Sheet, Bound> bound = new LinkedHashMap<>();
            for (RawTable table : tables) {
                String name = table.name();
                if (table.sheet() != null && (name.equals(Layout.INSTRUCTIONS_SHEET) || name.equals(Layout.LISTS_SHEET)
                        || name.toLowerCase(Locale.ROOT).startsWith("x-"))) {
                    continue;
                }
                var sheet = layout.sheetNamed(name);
                if (sheet.isEmpty()) {
                    problem(table.sheet() == null ? Place.file(table.file(), table.order(), null)
                            : Place.of(table, 1, 0, null, withFile),
                            (table.sheet() == null ? "the file name names no section of the snapshot" : "sheet '" + name
                                    + "' is not one of the workbook's") + "; expected one of: " + sheetNames()
                                    + (table.sheet() == null ? " (as .csv files, e.g. people.csv)"
                                    : "; name your own sheets x-... to keep them out of the import"));
                    continue;
                }
                Bound previous = bound.get(sheet.get());
                if (previous != null) {
                    problem(Place.of(table, 1, 0, null, withFile), "sheet " + sheet.get().name() + " is given twice: also "
                            + previous.place(1, 0, null).text());
                    continue;
                }
                bound.put(sheet.get(), new Bound(sheet.get(), table, withFile));
            }
            return bound;
        }

        private String sheetNames() {
            List<String> names = new ArrayList<>();
            layout.sheets().forEach(s -> names.add(s.name()));
            return String.join(", ", names);
        }

        // ---- reading a table

        private void read(Bound table, ObjectNode snapshot) {
            List<RawTable.Row> rows = table.table.rows();
            if (rows.isEmpty()) {
                return;
            }
            RawTable.Row header = rows.get(0);
            if (header.number() != 1) {
                problem(table.place(1, 0, null), "the header row is missing: row 1 names the columns ("
                        + (table.sheet.kind() == Kind.FIELDS ? "Field, Value" : table.sheet.columns().get(0).label() + ", ...")
                        + ")");
                return;
            }
            if (table.sheet.kind() == Kind.FIELDS) {
                readFields(table, header, rows.subList(1, rows.size()), snapshot);
            } else {
                readTable(table, header, rows.subList(1, rows.size()), snapshot);
            }
        }

        private void readFields(Bound table, RawTable.Row header, List<RawTable.Row> rows, ObjectNode snapshot) {
            int fieldColumn = 0;
            for (RawCell cell : header.cells()) {
                String title = cell.text().strip().toLowerCase(Locale.ROOT);
                if (title.equals("value")) {
                    table.valueColumn(cell.column());
                } else if (title.equals("field")) {
                    fieldColumn = cell.column();
                }
            }
            Layout.Sheet sheet = table.sheet;
            ObjectNode object = sheet.section().isEmpty() ? snapshot : NODES.objectNode();
            Map<String, Integer> fieldRows = new HashMap<>();
            Map<String, Column> byName = new HashMap<>();
            for (Column column : sheet.columns()) {
                byName.put(column.label().toLowerCase(Locale.ROOT), column);
                byName.put(column.key().toLowerCase(Locale.ROOT), column);
                table.label(column.key(), column.label());
            }
            boolean any = false;
            for (RawTable.Row row : rows) {
                RawCell name = row.cell(fieldColumn);
                RawCell value = row.cell(table.valueColumn());
                if (name == null || name.blank()) {
                    if (value != null && !value.blank()) {
                        problem(table.place(row.number(), value.column(), null), "a value without a field name in column "
                                + Place.columnName(fieldColumn));
                    }
                    continue;
                }
                String fieldName = name.text().strip();
                Column column = byName.get(fieldName.toLowerCase(Locale.ROOT));
                if (column == null && isExtension(fieldName)) {
                    column = new Column(fieldName, fieldName, Layout.ValueType.of(Type.EXTENSION), null);
                }
                if (column == null) {
                    problem(table.place(row.number(), fieldColumn, null), "unknown field '" + fieldName + "' in sheet "
                            + sheet.name() + "; fields of your own start with x-");
                    continue;
                }
                if (fieldRows.containsKey(column.key())) {
                    problem(table.place(row.number(), fieldColumn, null), "field '" + fieldName + "' is given twice: also in row "
                            + fieldRows.get(column.key()));
                    continue;
                }
                fieldRows.put(column.key(), row.number());
                Cells.In in = Cells.read(column.type(), value, column.label());
                if (in.problem() != null) {
                    problem(table.place(row.number(), table.valueColumn(), column.key()), in.problem());
                } else if (in.value() != null) {
                    put(object, column.key(), in.value());
                    any = true;
                }
            }
            Origin origin = new Origin(table, 0, fieldRows);
            if (sheet.section().isEmpty()) {
                root.fieldRows.putAll(fieldRows);
                rootTable[0] = table;
            } else if (any) {
                snapshot.set(sheet.section(), object);
                root.objects.put(sheet.section(), origin);
                entries++;
            } else {
                // Nothing filled in: the section is not provided; its child sheets may still create it.
                pendingOrigins.put(sheet.section(), origin);
            }
        }

        /** The Snapshot sheet's table, once read: the root's fields are found there. */
        private final Bound[] rootTable = {null};
        /** Single sections left blank, whose child sheets may still give them rows. */
        private final Map<String, Origin> pendingOrigins = new HashMap<>();

        private boolean isExtension(String key) {
            String last = key.substring(key.lastIndexOf('.') + 1);
            return last.startsWith("x-") || key.startsWith("x-");
        }

        /** An entry read from a row, or the marker of an empty list (value null) and its cell; its parent's id. */
        private record Item(ObjectNode value, String parentId, Origin origin, Place marker) {
            Place place() {
                return marker != null ? marker : origin.whole();
            }
        }

        private void readTable(Bound table, RawTable.Row header, List<RawTable.Row> rows, ObjectNode snapshot) {
            Layout.Sheet sheet = table.sheet;
            Map<String, Column> byName = new HashMap<>();
            for (Column column : sheet.columns()) {
                byName.put(column.label().toLowerCase(Locale.ROOT), column);
                String key = column.isParent() ? column.key().substring(Layout.PARENT.length()) : column.key();
                byName.put(key.toLowerCase(Locale.ROOT), column);
            }
            // The columns found, in the layout's order (so the JSON keeps the schema's order), then x- columns.
            TreeMap<Integer, Object[]> found = new TreeMap<>();
            Set<Integer> headed = new HashSet<>();
            int extensions = 0;
            Map<String, Integer> seen = new HashMap<>();
            for (RawCell cell : header.cells()) {
                String title = cell.text().strip();
                if (title.isEmpty()) {
                    continue;
                }
                headed.add(cell.column());
                Column column = byName.get(title.toLowerCase(Locale.ROOT));
                if (column == null && isExtension(title)) {
                    column = new Column(title, title, Layout.ValueType.of(Type.EXTENSION), null);
                }
                if (column == null) {
                    problem(table.place(1, cell.column(), null), "unknown column '" + title + "' in sheet " + sheet.name()
                            + "; columns of your own start with x-");
                    continue;
                }
                if (seen.containsKey(column.key())) {
                    problem(table.place(1, cell.column(), null), "column '" + title + "' is given twice: also in column "
                            + Place.columnName(seen.get(column.key())));
                    continue;
                }
                seen.put(column.key(), cell.column());
                table.column(column.key(), cell.column(), column.label());
                int position = sheet.columns().indexOf(column);
                found.put(position >= 0 ? position : sheet.columns().size() + extensions++, new Object[] {column, cell.column()});
            }
            List<Object[]> columns = new ArrayList<>(found.values());
            Integer parentColumn = null;
            for (Object[] c : columns) {
                if (((Column) c[0]).isParent()) {
                    parentColumn = (Integer) c[1];
                }
            }
            if (sheet.keyedByParent() && parentColumn == null) {
                problem(table.place(1, 0, null), "the column " + sheet.columns().get(0).label()
                        + " is missing: it names the entry of sheet " + sheet.parent().name() + " each row belongs to");
                return;
            }
            Set<Integer> reportedUnheaded = new HashSet<>();
            int width = columns.stream().mapToInt(c -> (Integer) c[1]).max().orElse(0) + 1;
            Column[] byColumn = new Column[width];
            columns.forEach(c -> byColumn[(Integer) c[1]] = (Column) c[0]);
            List<Item> items = new ArrayList<>();
            for (RawTable.Row row : rows) {
                boolean blank = true;
                RawCell only = null;
                int filled = 0;
                for (RawCell cell : row.cells()) {
                    if (cell.blank()) {
                        continue;
                    }
                    if (!headed.contains(cell.column())) {
                        if (reportedUnheaded.add(cell.column())) {
                            problem(table.place(row.number(), cell.column(), null),
                                    "a value in a column without a header: name the column in row 1, or clear it");
                        }
                        continue;
                    }
                    Column column = cell.column() < width ? byColumn[cell.column()] : null;
                    if (column == null || column.type().type() == Type.INFO) {
                        continue;
                    }
                    blank = false;
                    if (!column.isParent()) {
                        filled++;
                        only = cell;
                    }
                }
                if (blank) {
                    continue;
                }
                entries++;
                if (row.number() % 10_000 == 0) {
                    progress.rows(sheet.name(), row.number());
                }
                String parentId = null;
                if (parentColumn != null) {
                    RawCell parentCell = row.cell(parentColumn);
                    parentId = parentCell == null || parentCell.blank() ? null : Cells.read(Layout.ValueType.of(Type.STRING),
                            parentCell, null).value().asString();
                }
                Origin origin = new Origin(table, row.number(), null);
                if (filled == 1 && only.kind() == RawCell.Kind.TEXT && only.text().strip().equals(Cells.NONE)) {
                    items.add(new Item(null, parentId, origin, table.place(row.number(), only.column(), null)));
                    continue;
                }
                ObjectNode entry = NODES.objectNode();
                RawCell[] cells = new RawCell[width];
                for (RawCell cell : row.cells()) {
                    if (cell.column() < width) {
                        cells[cell.column()] = cell;
                    }
                }
                for (Object[] c : columns) {
                    Column column = (Column) c[0];
                    if (column.isParent() || column.type().type() == Type.INFO) {
                        continue;
                    }
                    Cells.In in = Cells.read(column.type(), cells[(Integer) c[1]], column.label());
                    if (in.problem() != null) {
                        problem(table.place(row.number(), (Integer) c[1], column.key()), in.problem());
                    } else if (in.value() != null) {
                        put(entry, column.key(), in.value());
                    }
                }
                items.add(new Item(entry, parentId, origin, null));
            }
            if (items.isEmpty()) {
                return; // no rows: the list is not provided
            }
            if (sheet.path().equals("statementOfApplicability.entries")
                    && items.stream().allMatch(i -> i.value() != null && i.value().size() == 1 && i.value().has("control"))) {
                // The template's list of controls, untouched: no Statement of Applicability was filled in.
                entries -= items.size();
                return;
            }
            attach(table, items, snapshot);
        }

        /** Puts the entries of a table where they belong: a section, a single section's list, or their parents. */
        private void attach(Bound table, List<Item> items, ObjectNode snapshot) {
            Layout.Sheet sheet = table.sheet;
            if (!sheet.keyedByParent()) {
                ObjectNode owner = snapshot;
                Origin ownerOrigin = root;
                String key = sheet.section();
                if (sheet.parent() != null) {
                    key = sheet.child();
                    if (!snapshot.has(sheet.section())) {
                        snapshot.set(sheet.section(), NODES.objectNode());
                        Origin pending = pendingOrigins.get(sheet.section());
                        root.objects.put(sheet.section(), pending != null ? pending : new Origin(table, 1, null));
                    }
                    owner = (ObjectNode) snapshot.get(sheet.section());
                    ownerOrigin = root.objects.get(sheet.section());
                }
                owner.set(key, list(items, table, key, ownerOrigin));
                return;
            }
            // Rows naming their parent entry by id.
            Map<String, Integer> parents = new HashMap<>();
            JsonNode parentEntries = snapshot.path(sheet.section());
            for (int i = 0; i < parentEntries.size(); i++) {
                parents.putIfAbsent(parentEntries.get(i).path("id").asString(""), i);
            }
            Map<Integer, List<Item>> byParent = new LinkedHashMap<>();
            String parentLabel = sheet.columns().get(0).label();
            for (Item item : items) {
                java.util.function.Supplier<Place> parentCell = () -> table.place(item.origin().row,
                        table.columnOf(sheet.columns().get(0).key()), sheet.columns().get(0).key());
                if (item.parentId() == null) {
                    problem(parentCell.get(), "name the " + parentLabel.replace(" id", "").toLowerCase(Locale.ROOT)
                            + " this row belongs to: the id of an entry of sheet " + sheet.parent().name());
                    continue;
                }
                Integer parent = parents.get(item.parentId());
                if (parent == null) {
                    problem(parentCell.get(), "no entry '" + item.parentId() + "' in sheet " + sheet.parent().name()
                            + (parentEntries.isEmpty() ? " (which is empty or missing)" : ""));
                    continue;
                }
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(item);
            }
            List<Origin> parentOrigins = root.arrays.get(sheet.section());
            byParent.forEach((index, children) -> {
                ObjectNode parent = (ObjectNode) parentEntries.get(index);
                Origin parentOrigin = parentOrigins.get(index);
                parent.set(sheet.child(), list(children, table, sheet.child(), parentOrigin));
            });
        }

        private ArrayNode list(List<Item> items, Bound table, String key, Origin owner) {
            ArrayNode array = NODES.arrayNode();
            List<Origin> origins = new ArrayList<>();
            Item none = null;
            for (Item item : items) {
                if (item.value() == null) {
                    none = item;
                } else {
                    array.add(item.value());
                    origins.add(item.origin());
                }
            }
            if (none != null && !array.isEmpty()) {
                problem(none.place(), Cells.NONE + " says there are none, but " + array.size()
                        + (array.size() == 1 ? " row follows" : " rows follow") + "; clear one or the other");
            }
            owner.arrays.put(key, origins);
            return array;
        }

        // ---- merging into an existing snapshot

        private ObjectNode merge(ObjectNode base, ObjectNode imported, int[] counts) {
            ObjectNode merged = base.deepCopy();
            Map<String, List<Origin>> arrays = new HashMap<>(root.arrays);
            root.arrays.clear();
            for (var field : imported.properties()) {
                String key = field.getKey();
                JsonNode value = field.getValue();
                JsonNode existing = merged.get(key);
                if (value.isArray() && existing != null && existing.isArray()) {
                    root.arrays.put(key, mergeList(key, (ArrayNode) existing, (ArrayNode) value, arrays.get(key), counts));
                } else if (value.isObject() && existing != null && existing.isObject()) {
                    ((ObjectNode) existing).setAll((ObjectNode) value);
                    counts[0]++;
                } else {
                    merged.set(key, value);
                    if (arrays.containsKey(key)) {
                        root.arrays.put(key, arrays.get(key));
                        counts[1] += value.size();
                    } else if (value.isObject()) {
                        counts[1]++;
                    }
                }
            }
            for (var field : merged.properties()) {
                if (!imported.has(field.getKey()) && field.getValue().isArray()) {
                    counts[2] += field.getValue().size();
                } else if (!imported.has(field.getKey()) && field.getValue().isObject()) {
                    counts[2]++;
                }
            }
            return merged;
        }

        private List<Origin> mergeList(String key, ArrayNode existing, ArrayNode given, List<Origin> givenOrigins,
                int[] counts) {
            List<Origin> origins = new ArrayList<>(Collections.nCopies(existing.size(), (Origin) null));
            if (given.isEmpty() && !existing.isEmpty()) {
                Origin marker = givenOrigins == null || givenOrigins.isEmpty() ? null : givenOrigins.get(0);
                Bound table = boundOf(key);
                problem(marker != null ? marker.whole() : table != null ? table.place(2, 0, null)
                        : Place.file("the files", 0, null), Cells.NONE + " says there are no " + key + ", but the snapshot"
                        + " merged into has " + existing.size() + "; delete them there, or list the entries to replace");
                return origins;
            }
            Map<String, Integer> byId = new HashMap<>();
            for (int i = 0; i < existing.size(); i++) {
                byId.putIfAbsent(existing.get(i).path("id").asString(""), i);
            }
            Set<Integer> replaced = new HashSet<>();
            for (int i = 0; i < given.size(); i++) {
                JsonNode entry = given.get(i);
                Integer at = byId.get(entry.path("id").asString(""));
                if (at != null && entry.has("id") && replaced.add(at)) {
                    existing.set(at, entry);
                    origins.set(at, givenOrigins.get(i));
                    counts[0]++;
                } else {
                    existing.add(entry);
                    origins.add(givenOrigins.get(i));
                    counts[1]++;
                }
            }
            counts[2] += byId.size() - replaced.size();
            return origins;
        }

        private Bound boundOf(String section) {
            return bound.entrySet().stream().filter(e -> e.getKey().parent() == null && e.getKey().section().equals(section))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        // ---- from JSON paths back to cells

        /** The place of a JSON path of the snapshot built, or null when it came from the snapshot merged into. */
        private Place placeOf(String path, String message) {
            List<Object> steps = steps(path);
            if (steps == null) {
                return null;
            }
            Origin origin = root;
            if (rootTable[0] != null) {
                origin = rootOrigin();
            }
            int i = 0;
            while (i < steps.size()) {
                Object next = steps.get(i);
                if (!(next instanceof String key)) {
                    break;
                }
                if (origin.objects.containsKey(key)) {
                    origin = origin.objects.get(key);
                    i++;
                    continue;
                }
                if (origin.arrays.containsKey(key) && i + 1 < steps.size() && steps.get(i + 1) instanceof Integer index) {
                    List<Origin> list = origin.arrays.get(key);
                    if (index >= list.size() || list.get(index) == null) {
                        return null;
                    }
                    origin = list.get(index);
                    i += 2;
                    continue;
                }
                break;
            }
            if (origin == root && i == 0 && steps.isEmpty()) {
                return null;
            }
            if (origin.table == null) {
                return null;
            }
            // The rest names a field (dotted for nested objects), perhaps an item of a list.
            StringBuilder key = new StringBuilder();
            Place best = null;
            for (int j = i; j < steps.size(); j++) {
                if (steps.get(j) instanceof String name) {
                    key.append(key.isEmpty() ? "" : ".").append(name);
                    Place cell = origin.cell(key.toString());
                    if (cell != null) {
                        best = cell;
                    }
                }
            }
            if (best == null) {
                Matcher required = REQUIRED.matcher(message);
                if (required.find()) {
                    best = origin.cell((key.isEmpty() ? "" : key + ".") + required.group(1));
                } else if (merged && origin.fieldRows != null && !key.isEmpty()) {
                    // A field of a single section that the files did not give: it came from the snapshot merged into.
                    return null;
                }
            }
            return best != null ? best : origin.whole();
        }

        private Origin rootOrigin() {
            Origin withTable = new Origin(rootTable[0], 0, root.fieldRows);
            withTable.objects.putAll(root.objects);
            withTable.arrays.putAll(root.arrays);
            return withTable;
        }

        /** A loader message in the workbook's words: JSON paths inside it as places, sections as sheet names. */
        private String reword(String message) {
            Matcher paths = PATH.matcher(message);
            StringBuilder out = new StringBuilder();
            while (paths.find()) {
                Place place = paths.group(1).isEmpty() ? null : placeOf(paths.group(), "");
                paths.appendReplacement(out, Matcher.quoteReplacement(place != null ? place.text() : paths.group()));
            }
            paths.appendTail(out);
            Matcher sections = ENTRY_OF.matcher(out.toString());
            StringBuilder named = new StringBuilder();
            while (sections.find()) {
                String section = sections.group(1);
                String name = layout.sheets().stream().filter(s -> s.parent() == null && s.section().equals(section))
                        .map(Layout.Sheet::name).findFirst().orElse(null);
                sections.appendReplacement(named, Matcher.quoteReplacement(name == null ? sections.group()
                        : "entry of sheet " + name));
            }
            sections.appendTail(named);
            return named.toString();
        }
    }

    /** The steps of a JSON path ({@code $.risks[3].impact}: risks, 3, impact), or null when it is not one. */
    static List<Object> steps(String path) {
        Matcher whole = PATH.matcher(path);
        if (!whole.matches()) {
            return null;
        }
        List<Object> steps = new ArrayList<>();
        Matcher step = STEP.matcher(whole.group(1));
        while (step.find()) {
            steps.add(step.group(1) != null ? step.group(1) : (Object) Integer.parseInt(step.group(2)));
        }
        return steps;
    }

    /** Sets a value at a dotted key, creating the nested objects on the way; an x- key is taken whole. */
    static void put(ObjectNode object, String key, JsonNode value) {
        int dot = key.indexOf('.');
        if (dot < 0 || key.startsWith("x-")) {
            object.set(key, value);
            return;
        }
        String head = key.substring(0, dot);
        JsonNode nested = object.get(head);
        if (!(nested instanceof ObjectNode)) {
            nested = NODES.objectNode();
            object.set(head, nested);
        }
        put((ObjectNode) nested, key.substring(dot + 1), value);
    }
}

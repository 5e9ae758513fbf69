package org.ismsassessor.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Control;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.workbook.Layout.Column;
import org.ismsassessor.workbook.Layout.Kind;
import org.ismsassessor.workbook.Layout.Type;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the ISMS workbook, streaming (POI's SXSSF, a window of rows in memory): blank as a template to fill in, with
 * the Statement of Applicability listing every Annex A control, or filled in with a snapshot for its export. Every
 * sheet has a bold frozen header with the field's meaning as a note, dropdowns for listed values and yes/no, dates as
 * date cells, and a filter; values are written as text, numbers or dates, never as formulas.
 */
public final class WorkbookWriter {
    /** Rows of a spreadsheet after the header. */
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Catalogue catalogue;
    private final Layout layout = Layout.get();

    public WorkbookWriter(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The blank workbook to fill in: the snapshot's format and edition, and the SoA listing every control. */
    public void template(OutputStream out) throws IOException {
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        empty.put("formatVersion", "1.0");
        empty.put("edition", catalogue.edition().id());
        List<InputError> problems = write(empty, true, out);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the template cannot be written: " + problems);
        }
    }

    /**
     * Writes a (valid) snapshot filled in. Returns the values a spreadsheet cannot hold (text longer than a cell takes,
     * more entries than rows), each with its JSON path; then what was written is incomplete and must not be used.
     */
    public List<InputError> export(JsonNode snapshot, OutputStream out) throws IOException {
        return write(snapshot, false, out);
    }

    private List<InputError> write(JsonNode snapshot, boolean template, OutputStream out) throws IOException {
        List<InputError> problems = new ArrayList<>();
        // A sheet holds a section's entries; format 1.1's statement that a section does not exist has no place in one
        // yet, and leaving the sheet empty would turn the statement into "not provided". Refused, never dropped.
        snapshot.properties().forEach(section -> {
            JsonNode value = section.getValue();
            if (value.isObject() && value.size() == 1 && value.has("exists")) {
                problems.add(new InputError("$." + section.getKey(), "the workbook cannot hold the statement that "
                        + section.getKey() + " does not exist ({\"exists\": false}); keep this snapshot as JSON, or"
                        + " remove the statement (the section is then not provided, a gap) before exporting"));
            }
        });
        if (!problems.isEmpty()) {
            return problems;
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            instructions(workbook, styles, template);
            for (Layout.Sheet sheet : layout.sheets()) {
                SXSSFSheet target = workbook.createSheet(sheet.name());
                if (sheet.kind() == Kind.FIELDS) {
                    fields(target, sheet, sheet.section().isEmpty() ? snapshot : snapshot.path(sheet.section()), styles, problems);
                } else {
                    table(target, sheet, snapshot, template, styles, problems);
                }
            }
            lists(workbook, styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
            workbook.dispose();
        }
        return problems;
    }

    /** Cell styles shared by every sheet. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle text;
        final CellStyle about;
        final CellStyle title;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            about = workbook.createCellStyle();
            Font grey = workbook.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            about.setFont(grey);
            about.setWrapText(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
        }

        CellStyle of(Type type) {
            return switch (type) {
                case DATE -> date;
                case STRING, DATE_TIME, ENUM, LIST -> text;
                default -> null;
            };
        }
    }

    // ---- a single object: Field, Value, About

    private void fields(SXSSFSheet target, Layout.Sheet sheet, JsonNode object, Styles styles, List<InputError> problems) {
        Row header = target.createRow(0);
        String[] titles = {"Field", "Value", "About"};
        for (int i = 0; i < titles.length; i++) {
            cell(header, i, styles.header).setCellValue(titles[i]);
        }
        target.createFreezePane(0, 1);
        target.setColumnWidth(0, 256 * 36);
        target.setColumnWidth(1, 256 * 40);
        target.setColumnWidth(2, 256 * 90);
        DataValidationHelper validations = target.getDataValidationHelper();
        int r = 1;
        List<Column> rows = new ArrayList<>(sheet.columns());
        for (String key : extensionKeys(object, sheet)) {
            rows.add(new Column(key, key, Layout.ValueType.of(Type.EXTENSION), "Your own field, kept as it is."));
        }
        String base = sheet.section().isEmpty() ? "$" : "$." + sheet.section();
        for (Column column : rows) {
            Row row = target.createRow(r);
            cell(row, 0, null).setCellValue(column.label());
            Cell value = cell(row, 1, styles.of(column.type().type()));
            JsonNode field = at(object, column.key());
            if (field != null) {
                put(value, column, field, styles, base + "." + column.key(), problems);
            }
            cell(row, 2, styles.about).setCellValue(about(column));
            validate(target, validations, column, new CellRangeAddressList(r, r, 1, 1));
            r++;
        }
    }

    // ---- a list: one row per entry

    private void table(SXSSFSheet target, Layout.Sheet sheet, JsonNode snapshot, boolean template, Styles styles,
            List<InputError> problems) {
        List<Entry> entries = entries(sheet, snapshot);
        List<Column> columns = new ArrayList<>(sheet.columns());
        Set<String> extensions = new LinkedHashSet<>();
        entries.forEach(e -> extensions.addAll(extensionKeys(e.value(), sheet)));
        extensions.forEach(key -> columns.add(new Column(key, key, Layout.ValueType.of(Type.EXTENSION),
                "Your own field, kept as it is.")));
        Row header = target.createRow(0);
        Drawing<?> drawing = target.createDrawingPatriarch();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Cell cell = cell(header, c, styles.header);
            cell.setCellValue(column.label());
            note(drawing, target, cell, about(column));
            target.setColumnWidth(c, 256 * width(column));
            CellStyle style = styles.of(column.type().type());
            if (style != null) {
                target.setDefaultColumnStyle(c, style);
            }
            validate(target, target.getDataValidationHelper(), column, new CellRangeAddressList(1, LAST_ROW, c, c));
        }
        target.createFreezePane(sheet.keyedByParent() ? 1 : 0, 1);
        int r = 1;
        if (template && sheet.path().equals("statementOfApplicability.entries")) {
            for (Control control : catalogue.controls()) {
                Row row = target.createRow(r++);
                cell(row, 0, styles.text).setCellValue(control.id());
                cell(row, 1, null).setCellValue(control.title());
            }
        }
        for (Entry entry : entries) {
            if (r > LAST_ROW) {
                problems.add(new InputError(entry.path(), "more entries than the " + LAST_ROW
                        + " rows a sheet holds (sheet " + sheet.name() + ")"));
                break;
            }
            Row row = target.createRow(r++);
            if (entry.value() == null) {
                // An empty list: provided, and there are none.
                int first = sheet.keyedByParent() ? 1 : 0;
                if (sheet.keyedByParent()) {
                    cell(row, 0, styles.text).setCellValue(entry.parentId());
                }
                cell(row, first, styles.text).setCellValue(Cells.NONE);
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                if (column.isParent()) {
                    cell(row, c, styles.text).setCellValue(entry.parentId());
                } else if (column.type().type() == Type.INFO) {
                    String control = entry.value().path("control").asString("");
                    int at = c;
                    catalogue.control(control).ifPresent(found -> cell(row, at, null).setCellValue(found.title()));
                } else {
                    JsonNode field = at(entry.value(), column.key());
                    if (field != null) {
                        put(cell(row, c, styles.of(column.type().type())), column, field, styles,
                                entry.path() + "." + column.key(), problems);
                    }
                }
            }
        }
        target.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, columns.size() - 1));
    }

    /** A row to write: an entry (null for the marker of an empty list), its parent's id and its JSON path. */
    private record Entry(JsonNode value, String parentId, String path) {
    }

    private static List<Entry> entries(Layout.Sheet sheet, JsonNode snapshot) {
        List<Entry> entries = new ArrayList<>();
        if (sheet.parent() == null) {
            list(snapshot.path(sheet.section()), null, "$." + sheet.section(), entries);
        } else if (sheet.parent().kind() == Kind.FIELDS) {
            list(snapshot.path(sheet.section()).path(sheet.child()), null, "$." + sheet.path(), entries);
        } else {
            JsonNode parents = snapshot.path(sheet.section());
            for (int i = 0; i < parents.size(); i++) {
                JsonNode parent = parents.get(i);
                list(parent.path(sheet.child()), parent.path("id").asString(""),
                        "$." + sheet.section() + "[" + i + "]." + sheet.child(), entries);
            }
        }
        return entries;
    }

    private static void list(JsonNode items, String parentId, String path, List<Entry> entries) {
        if (!items.isArray()) {
            return;
        }
        if (items.isEmpty()) {
            entries.add(new Entry(null, parentId, path));
        }
        for (int i = 0; i < items.size(); i++) {
            entries.add(new Entry(items.get(i), parentId, path + "[" + i + "]"));
        }
    }

    /** The x- fields of an object and of its nested objects (as dotted keys), in the order they come. */
    private static List<String> extensionKeys(JsonNode object, Layout.Sheet sheet) {
        List<String> keys = new ArrayList<>();
        if (object == null || !object.isObject()) {
            return keys;
        }
        for (var field : object.properties()) {
            if (field.getKey().startsWith("x-")) {
                keys.add(field.getKey());
            } else if (field.getValue().isObject()) {
                for (String nested : extensionKeys(field.getValue(), sheet)) {
                    keys.add(field.getKey() + "." + nested);
                }
            }
        }
        return keys;
    }

    /** The value at a dotted key ({@code impactScale.max}; an x- key may itself hold dots), or null when absent. */
    static JsonNode at(JsonNode object, String key) {
        if (object == null || !object.isObject()) {
            return null;
        }
        if (object.has(key)) {
            return object.get(key);
        }
        int dot = key.indexOf('.');
        return dot < 0 || key.startsWith("x-") ? null : at(object.get(key.substring(0, dot)), key.substring(dot + 1));
    }

    private static void put(Cell cell, Column column, JsonNode value, Styles styles, String path,
            List<InputError> problems) {
        Cells.Out out = Cells.write(column.type(), value);
        if (out instanceof Cells.Text text) {
            if (text.text().length() > MAX_CELL_TEXT) {
                problems.add(new InputError(path, "longer than the " + MAX_CELL_TEXT
                        + " characters a spreadsheet cell holds (" + text.text().length() + ")"));
                return;
            }
            cell.setCellValue(text.text());
        } else if (out instanceof Cells.Number number) {
            cell.setCellValue(number.value());
        } else if (out instanceof Cells.Day day) {
            cell.setCellValue(day.date());
            cell.setCellStyle(styles.date);
        }
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    private void validate(SXSSFSheet sheet, DataValidationHelper helper, Column column, CellRangeAddressList where) {
        DataValidationConstraint constraint;
        Type type = column.type().type();
        if (type == Type.BOOLEAN) {
            constraint = helper.createExplicitListConstraint(new String[] {"yes", "no"});
        } else if (type == Type.ENUM) {
            int index = new ArrayList<>(layout.enums().keySet()).indexOf(column.type().listName());
            String letters = Place.columnName(index);
            constraint = helper.createFormulaListConstraint(Layout.LISTS_SHEET + "!$" + letters + "$2:$" + letters + "$"
                    + (column.type().values().size() + 1));
        } else {
            return;
        }
        DataValidation validation = helper.createValidation(constraint, where);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        String values = String.join(", ", column.type().values());
        validation.createErrorBox("Not a listed value", type == Type.BOOLEAN ? "Choose yes or no."
                : values.length() < 230 ? "Choose one of: " + values : "Choose a value from the list.");
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static void note(Drawing<?> drawing, SXSSFSheet sheet, Cell cell, String text) {
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(0);
        anchor.setRow2(5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(text));
        cell.setCellComment(comment);
    }

    /** What a column means and how to write it. */
    static String about(Column column) {
        String how = switch (column.type().type()) {
            case BOOLEAN -> "yes or no";
            case INTEGER -> "a whole number";
            case DATE -> "a date, YYYY-MM-DD";
            case DATE_TIME -> "a date and time with its UTC offset, e.g. 2026-03-01T09:30:00Z";
            case ENUM -> "one of: " + String.join(", ", column.type().values());
            case LIST -> "a list, items separated by \"; \""
                    + (column.type().item().type() == Type.ENUM ? ", each one of: "
                    + String.join(", ", column.type().item().values()) : "") + "; (none) for an empty list";
            case EXTENSION -> "text, a number, yes/no, or json: followed by any JSON value";
            case INFO -> "for reading only; not imported";
            case STRING -> column.isParent() ? "an id" : null;
        };
        String description = column.description() == null ? "" : column.description();
        return how == null ? description : description + (description.isEmpty() ? "" : " ") + "(" + how + ")";
    }

    private static int width(Column column) {
        int byType = switch (column.type().type()) {
            case BOOLEAN, INTEGER -> 10;
            case DATE -> 12;
            case DATE_TIME -> 22;
            case ENUM -> 16;
            case STRING, LIST, EXTENSION -> column.key().endsWith("id") || column.key().equals("owner") ? 14 : 30;
            case INFO -> 40;
        };
        return Math.min(50, Math.max(byType, column.label().length() + 3));
    }

    // ---- instructions and the value lists

    private void instructions(SXSSFWorkbook workbook, Styles styles, boolean template) {
        SXSSFSheet sheet = workbook.createSheet(Layout.INSTRUCTIONS_SHEET);
        sheet.setColumnWidth(0, 256 * 28);
        sheet.setColumnWidth(1, 256 * 110);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"ISMS workbook (snapshot format 1.0, " + catalogue.edition().id() + ")"});
        lines.add(new String[] {});
        lines.add(new String[] {"How to fill it in",
            "Each sheet is one section of the snapshot; the note on each header says what the column means."});
        lines.add(new String[] {"", "List sheets (Risks, People, ...) take one row per entry, with an id unique across the"
            + " whole workbook (a person and a risk cannot both be X-1); other entries refer to it by that id."});
        lines.add(new String[] {"", "Single sections (Organization, Scope, Policy, ...) take one value per field, in the"
            + " Value column."});
        lines.add(new String[] {"", "Sheets such as Document revisions hold lists inside an entry: each row names its"
            + " entry's id in the first column (the document's id)."});
        lines.add(new String[] {"", "Then: isms-assessor assess this-file.xlsx (or import it to a snapshot JSON file)."});
        lines.add(new String[] {});
        lines.add(new String[] {"Conventions"});
        lines.add(new String[] {"Blank cell", "Not known: the assessment reports missing evidence as a gap."});
        lines.add(new String[] {"Empty sheet", "Section not provided (a gap). To say there are none, write " + Cells.NONE
            + " in the first cell of the first row under the header."});
        lines.add(new String[] {"Lists in a cell", "Items separated by \"; \" (A-1; A-2). " + Cells.NONE
            + " for an empty list; a JSON array [\"a;b\", \"c\"] when an item holds a semicolon."});
        lines.add(new String[] {"Yes/no", "yes or no (true/false and TRUE/FALSE are read too)."});
        lines.add(new String[] {"Dates", "Date cells, or text YYYY-MM-DD. Incident times: text such as"
            + " 2026-03-01T09:30:00Z (a date-time cell is read as UTC)."});
        lines.add(new String[] {"Listed values", "Choose from the dropdown (in-progress, apply-controls, ...)."});
        lines.add(new String[] {"Text", "As it is. Text in double quotes is read as a JSON string (\"\" for an empty"
            + " text)."});
        lines.add(new String[] {"Your own fields", "Add a column (or a field row) whose header starts with x-"
            + " (x-jiraKey): kept as it is and ignored by the rules. json: followed by JSON holds any value."});
        lines.add(new String[] {"Your own sheets", "Sheets whose name starts with x- are left out of the import;"
            + " any other sheet must be one of the workbook's."});
        if (template) {
            lines.add(new String[] {"SoA", "Lists every Annex A control; fill in at least applicability and status."
                + " Left untouched, the workbook has no Statement of Applicability."});
        }
        lines.add(new String[] {});
        lines.add(new String[] {"Sheet", "What it holds"});
        for (Layout.Sheet described : layout.sheets()) {
            lines.add(new String[] {described.name(), described.description()});
        }
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            String[] line = lines.get(r);
            for (int c = 0; c < line.length; c++) {
                boolean heading = line.length == 1 || line[0].equals("Sheet") && c == 0 && r > 10;
                cell(row, c, r == 0 ? styles.title : heading ? styles.header : null).setCellValue(line[c]);
            }
        }
    }

    private void lists(SXSSFWorkbook workbook, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(Layout.LISTS_SHEET);
        Map<String, Layout.ValueType> enums = layout.enums();
        int max = enums.values().stream().mapToInt(v -> v.values().size()).max().orElse(0);
        List<String> names = new ArrayList<>(enums.keySet());
        for (int r = 0; r <= max; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < names.size(); c++) {
                List<String> values = enums.get(names.get(c)).values();
                if (r == 0) {
                    cell(row, c, styles.header).setCellValue(names.get(c));
                } else if (r - 1 < values.size()) {
                    cell(row, c, null).setCellValue(values.get(r - 1));
                }
            }
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }
}

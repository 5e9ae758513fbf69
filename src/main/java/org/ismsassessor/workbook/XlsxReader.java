package org.ismsassessor.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads every sheet of an .xlsx workbook as raw cells, streaming its XML (POI's event API) so that a workbook of
 * hundreds of thousands of rows is read in seconds and without building POI's model of every cell.
 */
public final class XlsxReader {

    /** Told how many rows have been read, now and then. */
    public interface Progress {
        void rows(String table, long rows);

        Progress NONE = (table, rows) -> {
        };
    }

    private XlsxReader() {
    }

    /**
     * @param maxRows refuse more rows than this in all (the snapshot's limit of facts), before they exhaust memory
     */
    static List<RawTable> read(OPCPackage workbook, String file, int firstOrder, long maxRows, Progress progress)
            throws IOException, WorkbookException {
        try {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            List<RawTable> tables = new ArrayList<>();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            long[] total = {0};
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    List<RawTable.Row> rows = new ArrayList<>();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new SheetHandler(strings, styles, rows, row -> {
                        if (++total[0] > maxRows) {
                            throw new WorkbookException(file + ": more than " + maxRows
                                    + " rows; the limit of facts is " + maxRows + " (--max-facts)");
                        }
                        if (total[0] % 10_000 == 0) {
                            progress.rows(name, total[0]);
                        }
                    }));
                    parser.parse(new InputSource(sheet));
                    tables.add(new RawTable(file, name, firstOrder + tables.size(), rows));
                }
            }
            return tables;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            if (e.getCause() instanceof WorkbookException limit) {
                throw limit;
            }
            if (e instanceof SAXException sax && sax.getException() instanceof WorkbookException limit) {
                throw limit;
            }
            throw new WorkbookException(file + ": not a readable workbook (" + e.getMessage() + ")");
        }
    }

    /** Called for every row read; may refuse to go on. */
    private interface RowCounter {
        void counted(RawTable.Row row) throws WorkbookException;
    }

    /** The cells of one sheet's XML: {@code <row r="12"><c r="F12" t="s" s="3"><v>7</v></c></row>}. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final List<RawTable.Row> rows;
        private final RowCounter counter;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private List<RawCell> cells;
        private int rowNumber;
        private int column;
        private String type;
        private String style;
        private boolean inValue;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, List<RawTable.Row> rows, RowCounter counter) {
            this.strings = strings;
            this.styles = styles;
            this.rows = rows;
            this.counter = counter;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : Place.columnIndex(r);
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    text.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> cell();
                case "row" -> {
                    RawTable.Row row = new RawTable.Row(rowNumber, List.copyOf(cells));
                    if (!row.cells().isEmpty()) {
                        rows.add(row);
                    }
                    try {
                        counter.counted(row);
                    } catch (WorkbookException e) {
                        throw new SAXException(e);
                    }
                }
                default -> {
                }
            }
        }

        private void cell() {
            String value = text.toString();
            RawCell cell;
            if ("s".equals(type)) {
                if (value.isEmpty()) {
                    return;
                }
                cell = new RawCell(column, RawCell.Kind.TEXT, strings.getItemAt(Integer.parseInt(value.strip())).getString());
            } else if ("inlineStr".equals(type) || "str".equals(type) || "d".equals(type)) {
                cell = new RawCell(column, RawCell.Kind.TEXT, value);
            } else if ("b".equals(type)) {
                cell = new RawCell(column, RawCell.Kind.BOOLEAN, value.strip());
            } else if ("e".equals(type)) {
                cell = new RawCell(column, RawCell.Kind.ERROR, value);
            } else {
                if (value.isEmpty()) {
                    return;
                }
                cell = new RawCell(column, isDate(style) ? RawCell.Kind.DATE : RawCell.Kind.NUMBER, value.strip());
            }
            if (!(cell.kind() == RawCell.Kind.TEXT && cell.text().isEmpty())) {
                cells.add(cell);
            }
        }

        private boolean isDate(String styleIndex) {
            if (styleIndex == null || styles == null) {
                return false;
            }
            int index = Integer.parseInt(styleIndex);
            return dateStyles.computeIfAbsent(index, i -> {
                XSSFCellStyle cellStyle = styles.getStyleAt(i);
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        }
    }
}

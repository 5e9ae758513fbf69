package org.ismsassessor.importer;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mapping file: for each key the importer knows, the name of the column that holds it. JSON (an object of strings)
 * or a properties file ({@code key = column}); an unknown key is an error, so a typo never leaves a column unread.
 */
record ColumnMapping(String file, Map<String, String> columns) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ColumnMapping read(String file, String text, List<String> keys) throws ExportException {
        Map<String, String> columns = new LinkedHashMap<>();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.stripLeading().startsWith("{")) {
            JsonNode tree;
            try {
                tree = JSON.readTree(content);
            } catch (JacksonException e) {
                throw new ExportException(file, "malformed JSON: " + e.getOriginalMessage());
            }
            for (var field : tree.properties()) {
                if (!field.getValue().isString()) {
                    throw new ExportException(file + " $." + field.getKey(), "expected the name of a column, as text");
                }
                columns.put(field.getKey(), field.getValue().asString());
            }
        } else {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(content));
            } catch (IOException | IllegalArgumentException e) {
                throw new ExportException(file, "not a properties file (key = column name): " + e.getMessage());
            }
            new TreeMap<>(properties).forEach((key, value) -> columns.put(key.toString().strip(), value.toString().strip()));
        }
        for (String key : columns.keySet()) {
            if (!keys.contains(key)) {
                throw new ExportException(file, "unknown key '" + key + "'; the keys are: " + String.join(", ", keys));
            }
        }
        return new ColumnMapping(file, columns);
    }

    String get(String key) {
        String column = columns.get(key);
        return column == null || column.isBlank() ? null : column;
    }

    /** The index of the mapped column in the export, -1 when the key is not mapped; a mapped column must exist. */
    int column(ExportCsv csv, String key) throws ExportException {
        String name = get(key);
        if (name == null) {
            return -1;
        }
        int column = csv.column(name);
        if (column < 0) {
            throw new ExportException(csv.file() + " line 1", "no column '" + name + "' (mapped to " + key + " by " + file
                    + "); the columns are: " + String.join(", ", csv.header()));
        }
        return column;
    }
}

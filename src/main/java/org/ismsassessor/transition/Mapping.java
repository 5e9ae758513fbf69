package org.ismsassessor.transition;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One mapping file read and checked: every row from an older edition to the next, in the file's order. */
public record Mapping(EditionIds older, EditionIds newer, List<MappingRow> rows) {

    public Mapping {
        rows = List.copyOf(rows);
    }

    public List<MappingRow> controlRows() {
        return rows.stream().filter(r -> r.level() == MappingRow.Level.CONTROL).toList();
    }

    public List<MappingRow> clauseRows() {
        return rows.stream().filter(r -> r.level() == MappingRow.Level.CLAUSE).toList();
    }

    /** The control rows of an older control (one, in the files shipped). */
    public List<MappingRow> controlRowsFrom(String older) {
        return controlRows().stream().filter(r -> r.from().equals(older)).toList();
    }

    /** For each newer control, the rows that reach it (a new control's row included), in the newer edition's order. */
    public Map<String, List<MappingRow>> controlRowsByTarget() {
        Map<String, List<MappingRow>> byTarget = new java.util.LinkedHashMap<>();
        newer.controls().keySet().forEach(id -> byTarget.put(id, new java.util.ArrayList<>()));
        for (MappingRow row : controlRows()) {
            row.to().forEach(t -> byTarget.get(t).add(row));
        }
        return byTarget.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}

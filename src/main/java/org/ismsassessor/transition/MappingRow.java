package org.ismsassessor.transition;

import java.util.List;

/**
 * One row of a mapping file: an older id ({@code from}, empty for a new id) to the newer id(s) ({@code to}, empty
 * when removed), with its kind and a note in this project's words; {@code line} is where it is in {@code file}.
 */
public record MappingRow(String file, int line, Level level, String from, List<String> to, MappingKind kind, String note) {

    /** Whether a row maps Annex A controls or clauses 4-10. */
    public enum Level {
        CONTROL, CLAUSE
    }

    public MappingRow {
        to = List.copyOf(to);
    }

    public boolean isNew() {
        return kind == MappingKind.NEW;
    }
}

package org.ismsassessor.cli;

import java.nio.file.Path;
import java.util.List;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.ismsassessor.workbook.SnapshotImport;

/**
 * A snapshot file as the commands read it: JSON, or an ISMS workbook (.xlsx) imported on the way. The errors are in
 * the order to show: by JSON path for JSON, in the workbook's order of sheets, rows and columns for a workbook.
 */
record SnapshotInput(LoadResult result, List<InputError> errors) {

    static SnapshotInput read(SnapshotLoader loader, Path file) {
        if (SnapshotImport.isWorkbook(file)) {
            SnapshotImport.Result imported = new SnapshotImport(loader).importFiles(List.of(file), null,
                    (table, rows) -> {
                    });
            return imported.ok() ? new SnapshotInput(imported.loaded(), List.of())
                    : new SnapshotInput(new LoadResult.Rejected(imported.errors()), imported.errors());
        }
        // A workbook offers only the editions the schema accepts; a JSON file may name one this version cannot assess.
        SnapshotEdition.refuseWithoutRulePack(file, loader.limits().maxBytes());
        LoadResult result = loader.load(file);
        return new SnapshotInput(result, result instanceof LoadResult.Rejected rejected ? rejected.errors() : List.of());
    }

    /** A file name without the extension of a snapshot (.json) or workbook (.xlsx). */
    static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.(json|xlsx)$", "");
    }
}

package org.ismsassessor.web.results;

import java.util.List;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.ismsassessor.web.Problem;
import org.ismsassessor.workbook.SnapshotImport;

/**
 * A snapshot sent as an ISMS workbook (.xlsx, told from JSON by its first bytes, as a zip archive) is read into its
 * JSON first; its errors name sheets and cells instead of JSON paths.
 */
final class WorkbookUploads {
    /** The media type of an .xlsx workbook. */
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private WorkbookUploads() {
    }

    /** The snapshot's JSON: the body itself, or the workbook read into JSON; bad input when the workbook is not valid. */
    static byte[] asJson(SnapshotLoader loader, byte[] body) {
        if (!SnapshotImport.isWorkbook(body)) {
            return body;
        }
        SnapshotImport.Result result = new SnapshotImport(loader).importWorkbook("the workbook", body);
        if (!result.ok()) {
            throw Problem.badInput("The workbook is not a valid snapshot.", result.errors());
        }
        return result.json();
    }

    /** The workbook's errors, each naming its cell. */
    static List<InputError> errors(SnapshotLoader loader, byte[] workbook) {
        return new SnapshotImport(loader).importWorkbook("the workbook", workbook).errors();
    }
}

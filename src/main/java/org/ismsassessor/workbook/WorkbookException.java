package org.ismsassessor.workbook;

/** A file that cannot be read as a workbook at all (not an .xlsx, damaged, over the limits): said in one sentence. */
public final class WorkbookException extends Exception {
    public WorkbookException(String message) {
        super(message);
    }
}

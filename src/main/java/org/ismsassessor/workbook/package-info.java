/**
 * The ISMS workbook: a spreadsheet a consultant fills in instead of writing JSON. Its sheets and columns are derived
 * from the snapshot schema ({@link org.ismsassessor.workbook.Layout}); {@link org.ismsassessor.workbook.WorkbookWriter}
 * writes the blank template or a snapshot filled in, {@link org.ismsassessor.workbook.SnapshotImport} reads workbooks
 * and CSV files back into a snapshot, reporting every problem with its sheet and cell. Free of Spring and picocli.
 */
package org.ismsassessor.workbook;

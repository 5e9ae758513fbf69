package org.ismsassessor.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ismsassessor.Samples;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.report.SpreadsheetReport;
import org.ismsassessor.snapshot.InputError;
import org.junit.jupiter.api.Test;

/** The XLSX action plan's tracking columns read back, and tracked items kept in step with a new assessment. */
class TrackingTest {
    private static final AssessmentResult RESULT = Samples.assessed("brightpath-software");
    /** The action plan's columns: Rank, Priority, Requirement, Action, Owner role, Finding, then the tracker's. */
    private static final int FINDING = 5;

    private static byte[] report(java.util.function.Consumer<Sheet> edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                SpreadsheetReport.write(RESULT, TestEngine.CATALOGUE))); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook.getSheet(SpreadsheetReport.ACTIONS_SHEET));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void rowsWithTrackingAreReadByFindingIdAndUntouchedRowsAreLeftOut() throws IOException {
        byte[] xlsx = report(sheet -> {
            Row first = sheet.getRow(1);
            first.getCell(FINDING + 1).setCellValue("in progress");
            first.getCell(FINDING + 2).setCellValue("Dana");
            first.getCell(FINDING + 3).setCellValue(LocalDate.of(2027, 1, 31)); // a date cell
            sheet.getRow(2).getCell(FINDING + 4).setCellValue("waiting for the supplier");
        });
        ActionPlanSheet.Read read = ActionPlanSheet.read(xlsx);
        assertThat(read.errors()).isEmpty();
        assertThat(read.lines()).containsExactly(
                new ActionPlanSheet.Line(RESULT.actionPlan().get(0).findingId(), "Action plan!F2",
                        new TrackingUpdate("Dana", LocalDate.of(2027, 1, 31), ActionStatus.IN_PROGRESS, null)),
                new ActionPlanSheet.Line(RESULT.actionPlan().get(1).findingId(), "Action plan!F3",
                        new TrackingUpdate(null, null, ActionStatus.OPEN, "waiting for the supplier")));
    }

    @Test
    void errorsNameTheSheetAndCellAllAtOnce() throws IOException {
        byte[] xlsx = report(sheet -> {
            sheet.getRow(1).getCell(FINDING + 1).setCellValue("finished");
            sheet.getRow(3).getCell(FINDING + 3).setCellValue("next week");
            sheet.getRow(4).getCell(FINDING).setCellValue("");
            sheet.getRow(4).getCell(FINDING + 1).setCellValue("done");
        });
        assertThat(ActionPlanSheet.read(xlsx).errors()).containsExactly(
                new InputError("Action plan!G2 (Status)", "expected one of open, in progress, done, verified, not 'finished'"),
                new InputError("Action plan!I4 (Due date)", "expected a date (YYYY-MM-DD), not 'next week'"),
                new InputError("Action plan!F5 (Finding)", "the row has tracking but no finding id"));
        assertThat(ActionPlanSheet.read("not a workbook".getBytes()).errors()).extracting(InputError::path)
                .containsExactly("$");
    }

    @Test
    void anItemWhoseFindingIsGoneIsClosedAndOneRaisedAgainIsReopened() {
        String raised = RESULT.findings().get(0).id();
        LocalDateTime at = LocalDateTime.of(2026, 11, 1, 9, 0);
        List<TrackedAction> tracked = List.of(
                new TrackedAction("F-GONE", "Dana", null, ActionStatus.IN_PROGRESS, "ordered", "carol", at),
                new TrackedAction("F-GONE-DONE", null, null, ActionStatus.VERIFIED, null, "carol", at),
                new TrackedAction(raised, "Erin", LocalDate.of(2026, 10, 1), ActionStatus.DONE, null, "carol", at),
                new TrackedAction(RESULT.findings().get(1).id(), null, null, ActionStatus.OPEN, null, "carol", at));
        assertThat(Reconciliation.changes(tracked, RESULT)).containsExactly(
                new Reconciliation.Change("F-GONE", new TrackingUpdate("Dana", null, ActionStatus.DONE,
                        "ordered\nfinding no longer raised on 2026-11-29")),
                new Reconciliation.Change(raised, new TrackingUpdate("Erin", LocalDate.of(2026, 10, 1), ActionStatus.OPEN,
                        "finding raised again on 2026-11-29: reopened")));
    }

    @Test
    void overdueMeansStillToDoAfterTheDueDate() {
        LocalDate due = LocalDate.of(2026, 11, 30);
        TrackedAction open = new TrackedAction("F-1", null, due, ActionStatus.OPEN, null, "carol", null);
        assertThat(open.overdueOn(due)).isFalse();
        assertThat(open.overdueOn(due.plusDays(1))).isTrue();
        assertThat(new TrackedAction("F-1", null, due, ActionStatus.DONE, null, "carol", null).overdueOn(due.plusDays(1)))
                .isFalse();
        assertThat(new TrackedAction("F-1", null, null, ActionStatus.OPEN, null, "carol", null).overdueOn(due)).isFalse();
    }
}

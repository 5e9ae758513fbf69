package org.ismsassessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.assessment.Readiness.Verdict;
import org.ismsassessor.compare.AssessmentSummary;
import org.ismsassessor.compare.Client;
import org.junit.jupiter.api.Test;

/** The history never mixes scores of different grading tables without saying so. */
class HistoryReportTest {
    private static final Client CLIENT = new Client("ORG-BP", "BrightPath Software Ltd");

    private static AssessmentSummary graded(LocalDate date, String gradingVersion, double overall) {
        return new AssessmentSummary(CLIENT, date, "snapshot", AssessmentSummary.ruleSetAndGrading("839dfcdd27ac",
                gradingVersion), Verdict.NOT_READY, overall, 1, 2, 3, 4, List.of());
    }

    @Test
    void assessmentsGradedByDifferentTablesAreSaidToBeSo() {
        String text = HistoryReport.text(CLIENT, List.of(graded(LocalDate.of(2026, 5, 29), null, 90.0),
                graded(LocalDate.of(2026, 11, 29), "ee29b28136e9", 80.0)));
        assertThat(text).contains("\nNote: these assessments were graded by different grading tables (none recorded,"
                + " ee29b28136e9): a change of verdict or score may come from the grading alone.\n");
    }

    @Test
    void assessmentsGradedByOneTableCarryNoNote() {
        String text = HistoryReport.text(CLIENT, List.of(graded(LocalDate.of(2026, 5, 29), "ee29b28136e9", 90.0),
                graded(LocalDate.of(2026, 11, 29), "ee29b28136e9", 80.0)));
        assertThat(text).doesNotContain("Note:");
        assertThat(graded(LocalDate.of(2026, 5, 29), "ee29b28136e9", 90.0).gradingVersion()).isEqualTo("ee29b28136e9");
    }
}

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

    @Test
    void aHistoryNamesItsStandardAndSaysWhenItChangedEdition() {
        AssessmentSummary in2005 = graded(LocalDate.of(2026, 5, 29), "ee29b28136e9", 72.0);
        AssessmentSummary in2022 = new AssessmentSummary(CLIENT, LocalDate.of(2026, 11, 29), "snapshot",
                AssessmentSummary.ruleSetAndGrading("761a576cc2e1", "ee29b28136e9"), Verdict.NOT_READY, 64.1, 1, 15, 61, 2,
                List.of(), "iso27001-2022");

        assertThat(HistoryReport.text(CLIENT, List.of(in2005))).startsWith(
                "Assessment history of BrightPath Software Ltd (ORG-BP)\nStandard: ISO/IEC 27001:2005\n\n");
        String both = HistoryReport.text(CLIENT, List.of(in2005, in2022));
        assertThat(both).startsWith("Assessment history of BrightPath Software Ltd (ORG-BP)\n"
                + "Standards: ISO/IEC 27001:2005, then ISO/IEC 27001:2022 with Amd 1:2024\n\n");
        assertThat(both).contains("\nNote: these assessments were made against different editions of the standard "
                + "(ISO/IEC 27001:2005 from 2026-05-29, ISO/IEC 27001:2022 with Amd 1:2024 from 2026-11-29): findings and "
                + "scores change with the edition; `compare --cross-edition` matches them.\n");
        assertThat(HistoryReport.html(CLIENT, List.of(in2005, in2022)))
                .contains("Standards: ISO/IEC 27001:2005, then ISO/IEC 27001:2022 with Amd 1:2024");
    }
}

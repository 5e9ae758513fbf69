package org.ismsassessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.assessment.Readiness.Verdict;
import org.ismsassessor.compare.AssessmentSummary;
import org.ismsassessor.compare.Client;
import org.junit.jupiter.api.Test;

/** The portfolio as text: every client id in full, however long, so no two clients read alike. */
class PortfolioReportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);

    private static AssessmentSummary latest(String id, String name, LocalDate date, Verdict verdict, double overall,
            int majors, int minors, int gaps, int observations) {
        return new AssessmentSummary(new Client(id, name), date, "snapshot", "1", verdict, overall, majors, minors,
                gaps, observations, List.of());
    }

    @Test
    void longClientIdsAreNeverCutAndTheColumnsStayAligned() {
        // The same first 14 characters: cut to the old column's width, both read "ORG-BRIGHTPATH".
        String uk = "ORG-BRIGHTPATH-SOFTWARE-LTD-UK-2026";
        String de = "ORG-BRIGHTPATH-SOFTWARE-LTD-DE-2026";
        String text = PortfolioReport.text(List.of(
                latest(uk, "BrightPath Software Ltd", LocalDate.of(2026, 11, 29), Verdict.NOT_READY, 71.4, 1, 40, 2, 6),
                latest(de, "BrightPath Software GmbH", LocalDate.of(2026, 12, 1), Verdict.READY, 100.0, 0, 0, 0, 0),
                latest("ORG-NW", null, LocalDate.of(2026, 12, 9), Verdict.READY_WITH_CONDITIONS, 93.5, 0, 3, 1, 0)),
                TODAY);

        assertThat(text).isEqualTo("""
                Portfolio on 2026-12-09: 3 clients

                client                              name                           verdict                 overall  major  minor    gap    obs last          days
                ORG-BRIGHTPATH-SOFTWARE-LTD-UK-2026 BrightPath Software Ltd        Not ready                 71.4%      1     40      2      6 2026-11-29      10
                ORG-BRIGHTPATH-SOFTWARE-LTD-DE-2026 BrightPath Software GmbH       Ready                    100.0%      0      0      0      0 2026-12-01       8
                ORG-NW                              -                              Ready with conditions     93.5%      0      3      1      0 2026-12-09       0
                """);
    }

    @Test
    void shortClientIdsKeepTheUsualColumnWidth() {
        String text = PortfolioReport.text(List.of(
                latest("ORG-BP", "BrightPath Software Ltd", LocalDate.of(2026, 11, 29), Verdict.NOT_READY, 71.4, 1, 40,
                        2, 6)), TODAY);

        assertThat(text).isEqualTo("""
                Portfolio on 2026-12-09: 1 client

                client         name                           verdict                 overall  major  minor    gap    obs last          days
                ORG-BP         BrightPath Software Ltd        Not ready                 71.4%      1     40      2      6 2026-11-29      10
                """);
    }

    @Test
    void anIdOfTwoHundredCharactersIsPrintedWhole() {
        // The longest client id the service stores (column client.id).
        String longest = "C".repeat(199) + "Z";
        String text = PortfolioReport.text(List.of(
                latest(longest, "Long Ltd", LocalDate.of(2026, 12, 9), Verdict.READY, 100.0, 0, 0, 0, 0)), TODAY);

        List<String> lines = text.lines().toList();
        assertThat(lines.get(3)).startsWith(longest + " Long Ltd ");
        assertThat(lines.get(2).indexOf("name")).isEqualTo(lines.get(3).indexOf("Long Ltd")).isEqualTo(201);
    }

    @Test
    void aPortfolioOfTwoEditionsSaysWhichClientWasAssessedAgainstWhich() {
        AssessmentSummary in2022 = new AssessmentSummary(new Client("ORG-NW", "Northwind"), LocalDate.of(2026, 11, 1),
                "snapshot", "1", Verdict.READY_WITH_CONDITIONS, 97.3, 0, 3, 4, 2, List.of(), "iso27001-2022");
        String text = PortfolioReport.text(List.of(
                latest("ORG-BP", "BrightPath", LocalDate.of(2026, 11, 29), Verdict.NOT_READY, 71.4, 1, 40, 2, 6), in2022),
                TODAY);
        assertThat(text).endsWith("\nNote: the latest assessments are against different editions of the standard:\n"
                + "  ISO/IEC 27001:2005: ORG-BP\n  ISO/IEC 27001:2022 with Amd 1:2024: ORG-NW\n");
        assertThat(PortfolioReport.text(List.of(in2022), TODAY)).doesNotContain("Note:");
    }
}

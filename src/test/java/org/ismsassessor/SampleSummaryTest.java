package org.ismsassessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * Each bundled sample's findings summary, as it is meant to read: the typical gaps of a company before its
 * first audit, a mature organization with a few minors, a start-up with almost nothing. Update the counts
 * when a rule pack changes, after checking that each new finding is one the sample really deserves.
 */
class SampleSummaryTest {

    private static Map<String, Integer> counts(int major, int minor, int gap, int observation) {
        return Map.of("major", major, "minor", minor, "gap", gap, "observation", observation);
    }

    /** Each item of each finding as (requirement it was raised against, kind of the finding, subject). */
    private static void hasFindings(AssessmentResult result, org.assertj.core.groups.Tuple... expected) {
        List<org.assertj.core.groups.Tuple> items = new java.util.ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.items().isEmpty()) {
                items.add(tuple(f.requirement(), f.kind(), f.subject()));
            } else {
                f.items().forEach(i -> items.add(tuple(i.requirement(), f.kind(), i.subject())));
            }
        }
        assertThat(items).contains(expected);
    }

    @Test
    void brightPathShowsTheTypicalGapsBeforeAFirstCertification() {
        AssessmentResult result = Samples.assessed("brightpath-software");
        assertThat(result.summary().byKind()).isEqualTo(counts(1, 22, 57, 3));
        // 55 of the gaps are controls declared implemented without their evidence (issue 16): BrightPath keeps no
        // dated record of its controls operating (50) and has no issued topic policy naming five of them; the
        // other 2 gaps are the ones the sample was written with.
        assertThat(result.findings()).filteredOn(f -> f.kind() == FindingKind.GAP)
                .extracting(Finding::rule)
                .filteredOn(rule -> !rule.startsWith("Implemented control is declared but"))
                .hasSize(2);
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("Implemented control is declared but its document is not issued"))
                .extracting(Finding::requirement)
                .containsExactly("A.10.7.3", "A.10.8.1", "A.11.3.3", "A.11.4.1", "A.11.7.1");
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("Implemented control is declared but not evidenced"))
                .hasSize(50);
        assertThat(result.readiness().verdict()).isEqualTo(Readiness.Verdict.NOT_READY);
        // What decides the verdict: the last management review left out five of the nine required inputs, one systemic
        // failure of the review (systemic.csv), graded major as a certification body would.
        assertThat(result.readiness().verdictReason()).isEqualTo("1 major nonconformity must be closed before"
                + " certification, first 7.2.a: Systemic failure in the inputs of the management review: 5 requirements"
                + " not met (7.2.a, 7.2.b, 7.2.c, 7.2.e, 7.2.g)");
        assertThat(result.readiness().notEvidenced()).isEmpty();
        // One fact, one finding: a person never trained in awareness is raised under A.8.2.2 and counts against the
        // clause's awareness requirement too, instead of a second finding there.
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("Person has never completed awareness training"))
                .extracting(Finding::requirement, Finding::alsoRequirements)
                .containsExactly(tuple("A.8.2.2", List.of("5.2.2.awareness")));
        assertThat(result.findings()).noneMatch(f -> f.requirement().equals("5.2.2.awareness"));
        // The gaps the sample was written with, one per area.
        hasFindings(result,
                tuple("4.2.1.c.3", FindingKind.MINOR_NONCONFORMITY, "R-004"),
                tuple("4.2.1.e.4", FindingKind.MINOR_NONCONFORMITY, "R-013"),
                tuple("4.2.1.j.1", FindingKind.MINOR_NONCONFORMITY, "A.6.1.7"),
                tuple("4.2.1.j.1", FindingKind.MINOR_NONCONFORMITY, "A.10.10.5"),
                tuple("4.2.1.j.1", FindingKind.MINOR_NONCONFORMITY, "A.15.1.2"),
                tuple("4.2.1.j.3", FindingKind.MINOR_NONCONFORMITY, "A.10.9.2"),
                tuple("4.3.2.b", FindingKind.MINOR_NONCONFORMITY, "DOC-BP-01"),
                tuple("A.5.1.2", FindingKind.MINOR_NONCONFORMITY, "DOC-BP-01"),
                tuple("6.objectivity", FindingKind.MINOR_NONCONFORMITY, "IA-BP-2026-02"),
                tuple("7.1.planned", FindingKind.MINOR_NONCONFORMITY, "MR-BP-2025-01"),
                tuple("7.2.a", FindingKind.MAJOR_NONCONFORMITY, "MR-BP-2025-01"),
                tuple("7.2.g", FindingKind.MAJOR_NONCONFORMITY, "MR-BP-2025-01"),
                tuple("7.3.e", FindingKind.MINOR_NONCONFORMITY, "MR-BP-2025-01"),
                tuple("A.8.3.3", FindingKind.MINOR_NONCONFORMITY, "ACC-BP-0031"),
                tuple("A.12.6.1", FindingKind.MINOR_NONCONFORMITY, "VUL-BP-02"),
                tuple("A.10.5.1", FindingKind.GAP, "BKP-BP-04"),
                tuple("A.14.1.5", FindingKind.GAP, "BCP-BP-01"),
                tuple("6.followup", FindingKind.MINOR_NONCONFORMITY, "CA-BP-2026-03"),
                tuple("A.8.2.2", FindingKind.MINOR_NONCONFORMITY, "P-018"),
                tuple("A.8.2.2", FindingKind.MINOR_NONCONFORMITY, "P-021"),
                tuple("8.3.action", FindingKind.MINOR_NONCONFORMITY, "$.actions"));
    }

    @Test
    void northwindShowsOnlyAFewMinors() {
        AssessmentResult result = Samples.assessed("northwind-mature");
        assertThat(result.summary().byKind()).isEqualTo(counts(0, 3, 0, 4));
        // Its dated records and documents evidence every control it declares implemented (issue 16).
        assertThat(result.findings()).noneMatch(f -> f.rule().startsWith("Implemented control is declared but"));
        assertThat(result.readiness().verdict()).isEqualTo(Readiness.Verdict.READY_WITH_CONDITIONS);
        assertThat(result.findings()).filteredOn(f -> f.kind() == FindingKind.MINOR_NONCONFORMITY)
                .extracting(Finding::requirement, Finding::subject)
                .containsExactly(tuple("4.3.2.b", "DOC-NW-21"), tuple("5.2.2.c", "TR-NW-0316"),
                        tuple("A.11.2.4", "ACC-NW-0107"));
    }

    @Test
    void sproutHasAlmostNothingInPlace() {
        AssessmentResult result = Samples.assessed("sprout-startup");
        assertThat(result.summary().byKind()).isEqualTo(counts(10, 5, 45, 1));
        assertThat(result.readiness().verdict()).isEqualTo(Readiness.Verdict.NOT_READY);
        assertThat(result.readiness().notEvidenced()).containsExactly("ISMS scope", "risk assessment methodology",
                "internal audits", "management reviews", "risk assessment (risk register)", "risk treatment plan",
                "Statement of Applicability");
        assertThat(result.readiness().overall()).isLessThan(10.0);
        hasFindings(result,
                tuple("4.2.1.d.2", FindingKind.MAJOR_NONCONFORMITY, "$.risks"),
                tuple("4.2.1.b.1", FindingKind.MINOR_NONCONFORMITY, "POL-SP"),
                tuple("4.2.1.a", FindingKind.GAP, "$.scope"),
                tuple("5.1.c", FindingKind.MAJOR_NONCONFORMITY, "$.roles"),
                // Nine documents of 4.3.1 missing are one systemic failure of the documentation, not nine majors.
                tuple("4.3.1.b", FindingKind.MAJOR_NONCONFORMITY, "$.documents"));
    }

    @Test
    void everySampleIsAValidSnapshot() {
        Samples.NAMES.forEach(Samples::load);
        Samples.load("brightpath-software-2026-05");
    }
}

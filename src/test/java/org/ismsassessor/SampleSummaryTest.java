package org.ismsassessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Map;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * Each bundled sample's findings summary, as it is meant to read: the typical gaps of a company before its
 * first audit, a mature organization with a few minors, a start-up with almost nothing. Update the counts
 * when a rule pack lands, after checking that each new finding is one the sample really deserves.
 */
class SampleSummaryTest {

    private static Map<String, Integer> counts(int major, int minor, int gap, int observation) {
        return Map.of("major", major, "minor", minor, "gap", gap, "observation", observation);
    }

    @Test
    void brightPathShowsTheTypicalGapsBeforeAFirstCertification() {
        AssessmentResult result = Samples.assessed("brightpath-software");
        assertThat(result.summary().byKind()).isEqualTo(counts(0, 6, 0, 0));
        assertThat(result.readiness().verdict()).isEqualTo(Readiness.Verdict.READY_WITH_CONDITIONS);
        assertThat(result.findings()).extracting(Finding::requirement, Finding::kind, Finding::subject).contains(
                tuple("4.2.1.c.3", FindingKind.MINOR_NONCONFORMITY, "R-004"),
                tuple("4.2.1.e.4", FindingKind.MINOR_NONCONFORMITY, "R-013"),
                tuple("4.2.1.j.1", FindingKind.MINOR_NONCONFORMITY, "A.6.1.7"),
                tuple("4.2.1.j.1", FindingKind.MINOR_NONCONFORMITY, "A.10.10.5"),
                tuple("4.2.1.j.1", FindingKind.MINOR_NONCONFORMITY, "A.15.1.2"),
                tuple("4.2.1.j.3", FindingKind.MINOR_NONCONFORMITY, "A.10.9.2"));
    }

    @Test
    void northwindShowsOnlyAFewMinors() {
        AssessmentResult result = Samples.assessed("northwind-mature");
        assertThat(result.summary().byKind()).isEqualTo(counts(0, 0, 0, 0));
        assertThat(result.readiness().verdict()).isEqualTo(Readiness.Verdict.READY);
    }

    @Test
    void sproutHasAlmostNothingInPlace() {
        AssessmentResult result = Samples.assessed("sprout-startup");
        assertThat(result.summary().byKind()).isEqualTo(counts(1, 4, 7, 0));
        assertThat(result.readiness().verdict()).isEqualTo(Readiness.Verdict.NOT_READY);
        assertThat(result.findings()).extracting(Finding::requirement, Finding::kind, Finding::subject).contains(
                tuple("4.2.1.d.2", FindingKind.MAJOR_NONCONFORMITY, "$.risks"),
                tuple("4.2.1.b.1", FindingKind.MINOR_NONCONFORMITY, "POL-SP"),
                tuple("4.2.1.a", FindingKind.GAP, "$.scope"));
    }

    @Test
    void everySampleIsAValidSnapshot() {
        Samples.NAMES.forEach(Samples::load);
    }
}

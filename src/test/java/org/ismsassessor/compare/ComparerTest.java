package org.ismsassessor.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;
import org.ismsassessor.Samples;
import org.ismsassessor.TestEngine;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.compare.Comparison.Change;
import org.ismsassessor.compare.Comparison.FindingChange;
import org.ismsassessor.compare.Comparison.RegressionKind;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.report.JsonReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The comparison of the BrightPath sample pair, and the cases the rule packs cannot produce yet. */
class ComparerTest {
    private static final Comparer COMPARER = new Comparer(TestEngine.CATALOGUE.order());

    private static Comparison samplePair() {
        return COMPARER.compare(SamplePair.earlier(), SamplePair.later(), List.of());
    }

    @Test
    void theSamplePairShowsWhatBrightPathFixedWhatIsNewWhatPersistsAndTheOneRegression() {
        Comparison comparison = samplePair();
        assertThat(comparison.findings().all()).filteredOn(c -> c.requirement().startsWith("4.2.1"))
                .extracting(FindingChange::change, FindingChange::requirement, FindingChange::subject)
                .containsExactlyInAnyOrder(
                        tuple(Change.RESOLVED, "4.2.1.a", "SCOPE-BP"),
                        tuple(Change.RESOLVED, "4.2.1.c.1", "RM-BP"),
                        tuple(Change.RESOLVED, "4.2.1.d.2", "AST-BP-ADMIN-CONSOLE"),
                        tuple(Change.RESOLVED, "4.2.1.j.1", "A.11.7.2"),
                        tuple(Change.RESOLVED, "4.2.1.j.1", "A.12.5.4"),
                        tuple(Change.RESOLVED, "4.2.1.j.2", "A.11.2.4"),
                        tuple(Change.RESOLVED, "4.2.1.j.2", "A.14.1.5"),
                        tuple(Change.NEW, "4.2.1.e.4", "R-013"),
                        tuple(Change.NEW, "4.2.1.j.3", "A.10.9.2"),
                        tuple(Change.PERSISTING, "4.2.1.c.3", "R-004"),
                        tuple(Change.PERSISTING, "4.2.1.j.1", "A.10.10.5"),
                        tuple(Change.PERSISTING, "4.2.1.j.1", "A.15.1.2"),
                        tuple(Change.PERSISTING, "4.2.1.j.1", "A.6.1.7"));
        assertThat(comparison.regressions()).filteredOn(r -> r.kind() == RegressionKind.NO_LONGER_IMPLEMENTED)
                .extracting(Comparison.Regression::subject).containsExactly("A.10.9.2");
        assertThat(comparison.controls()).extracting(Comparison.ControlChange::control)
                .containsExactly("A.10.9.2", "A.10.10.2", "A.11.2.4", "A.11.7.2", "A.12.5.4", "A.14.1.5");
        assertThat(comparison.readiness().overall().delta()).isPositive();
        assertThat(comparison.earlier().assessmentDate()).isEqualTo(SamplePair.EARLIER_DATE);
        assertThat(comparison.later().organizationId()).isEqualTo("ORG-BP");
    }

    @Test
    void readinessDeltasAreGivenPerClauseAndDomainAndOverall() {
        Comparison.ReadinessChange readiness = samplePair().readiness();
        assertThat(readiness.byClause()).extracting(Comparison.ScoreChange::group).containsExactly("4", "5", "6", "7", "8");
        assertThat(readiness.byDomain()).hasSize(11);
        for (Comparison.ScoreChange s : readiness.byClause()) {
            assertThat(s.delta()).isEqualTo(Math.round(10 * (s.later() - s.earlier())) / 10.0);
        }
        assertThat(readiness.overall().earlier()).isEqualTo(SamplePair.earlier().result().readiness().overall());
        assertThat(readiness.overall().later()).isEqualTo(SamplePair.later().result().readiness().overall());
    }

    @Test
    void aPersistingFindingWhoseKindGotWorseIsChangedAndARegression() {
        AssessmentResult later = SamplePair.later().result();
        // The rule packs grade each rule one way; a later rule set may grade the same finding more severely.
        ObjectNode json = JsonReport.mapper().valueToTree(later);
        ObjectNode r004 = (ObjectNode) json.get("findings").get(0);
        assertThat(r004.get("subjects").get(0).get("id").asString()).isEqualTo("R-004");
        r004.put("kind", "major-nonconformity");
        AssessmentResult worse = JsonReport.mapper().treeToValue(json, AssessmentResult.class);

        Comparison comparison = COMPARER.compare(SamplePair.earlier(), new Assessed(worse, SamplePair.later().controls()), List.of());

        assertThat(comparison.findings().changed()).extracting(FindingChange::subject, c -> c.earlier().kind(), c -> c.later().kind())
                .containsExactly(tuple("R-004", FindingKind.MINOR_NONCONFORMITY, FindingKind.MAJOR_NONCONFORMITY));
        assertThat(comparison.regressions()).extracting(Comparison.Regression::kind, Comparison.Regression::subject)
                .contains(tuple(RegressionKind.WORSE_KIND, "R-004"));
    }

    @Test
    void aNewFindingThatWasOpenInAnEarlierStoredAssessmentAndThenResolvedIsReopened() {
        Finding r013Item = itemAbout("R-013");
        String r013 = r013Item.id();
        List<EarlierAssessment> history = List.of(
                new EarlierAssessment(SamplePair.EARLIER_DATE.minusMonths(6), Set.of(r013Item.itemKey())),
                new EarlierAssessment(SamplePair.EARLIER_DATE.minusMonths(3), Set.of()));

        Comparison comparison = COMPARER.compare(SamplePair.earlier(), SamplePair.later(), history);

        assertThat(comparison.regressions()).filteredOn(r -> r.kind() == RegressionKind.REOPENED)
                .extracting(Comparison.Regression::findingId, Comparison.Regression::subject)
                .containsExactly(tuple(r013, "R-013"));
    }

    @Test
    void aFindingOpenOnlyInAnEarlierAssessmentThatNeverClosedBeforeIsNotReopened() {
        String r013 = itemAbout("R-013").itemKey();
        // Open in a stored assessment between the two compared ones: it never was resolved.
        List<EarlierAssessment> history = List.of(new EarlierAssessment(SamplePair.EARLIER_DATE.plusMonths(3), Set.of(r013)));

        assertThat(COMPARER.compare(SamplePair.earlier(), SamplePair.later(), history).regressions())
                .noneMatch(r -> r.kind() == RegressionKind.REOPENED);
    }

    @Test
    void savedResultsCarryNoSoaSoControlsAreNotComparedAndTheReaderIsTold() {
        Assessed earlier = new Assessed(SamplePair.earlier().result(), ControlStatuses.unknown());
        Comparison comparison = COMPARER.compare(earlier, SamplePair.later(), List.of());
        assertThat(comparison.controls()).isNull();
        assertThat(comparison.regressions()).noneMatch(r -> r.kind() == RegressionKind.NO_LONGER_IMPLEMENTED);
        assertThat(comparison.notes()).anyMatch(n -> n.contains("SoA statuses are not compared"));
    }

    @Test
    void differentClientsAreComparedByScoresOnly() {
        Assessed northwind = new Assessed(Samples.assessed("northwind-mature"), ControlStatuses.unknown());
        assertThat(Comparer.sameClient(SamplePair.later(), northwind)).isFalse();
        assertThatThrownBy(() -> COMPARER.compare(SamplePair.later(), northwind, List.of()))
                .isInstanceOf(IllegalArgumentException.class);

        Comparison comparison = COMPARER.compareScoresOnly(SamplePair.later(), northwind);
        assertThat(comparison.crossClient()).isTrue();
        assertThat(comparison.findings()).isNull();
        assertThat(comparison.controls()).isNull();
        assertThat(comparison.regressions()).isEmpty();
        assertThat(comparison.readiness().byDomain()).hasSize(11);
    }

    @Test
    void theComparisonIsDeterministicAndItsJsonUsesTheWordsOfTheReports() {
        String first = JsonReport.mapper().writeValueAsString(samplePair());
        String second = JsonReport.mapper().writeValueAsString(samplePair());
        assertThat(first).isEqualTo(second).contains("\"new\" :").contains("\"resolved\" :")
                .contains("\"kind\" : \"no-longer-implemented\"").contains("\"change\" : \"persisting\"");
    }

    @Test
    void aResultReadBackFromJsonEqualsTheResultWritten() {
        AssessmentResult result = SamplePair.later().result();
        AssessmentResult read = JsonReport.mapper().readValue(JsonReport.write(result), AssessmentResult.class);
        assertThat(read).isEqualTo(result);
    }

    /** The item of a finding of the later sample about a subject (the history keeps items by their keys). */
    private static Finding itemAbout(String subject) {
        return SamplePair.later().result().findings().stream().flatMap(f -> f.perItem().stream())
                .filter(f -> subject.equals(f.subject())).findFirst().orElseThrow();
    }
}

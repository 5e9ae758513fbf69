package org.ismsassessor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ismsassessor.Samples;
import org.ismsassessor.compare.Assessed;
import org.ismsassessor.compare.AssessmentSummary;
import org.ismsassessor.compare.Client;
import org.ismsassessor.compare.ControlStatuses;
import org.ismsassessor.compare.EarlierAssessment;
import org.ismsassessor.compare.SamplePair;
import org.ismsassessor.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history survives a restart, keeps one assessment per client and day, and gives back what was saved. */
class HistoryStoreTest {

    @Test
    void theHistorySurvivesClosingAndReopeningTheStore(@TempDir Path dataDir) {
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            store.save(SamplePair.earlier());
            store.save(SamplePair.later());
        }
        assertThat(dataDir.resolve(HistoryStore.DATABASE + ".mv.db")).exists();

        try (HistoryStore reopened = HistoryStore.open(dataDir)) {
            assertThat(reopened.clients()).containsExactly(new Client("ORG-BP", "BrightPath Software Ltd"));
            Client client = reopened.client("ORG-BP").orElseThrow();
            List<AssessmentSummary> assessments = reopened.assessments(client);
            assertThat(assessments).extracting(AssessmentSummary::date)
                    .containsExactly(SamplePair.EARLIER_DATE, Samples.DATE);
            AssessmentSummary latest = assessments.get(1);
            var result = SamplePair.later().result();
            assertThat(latest.verdict()).isEqualTo(result.readiness().verdict());
            assertThat(latest.overall()).isEqualTo(result.readiness().overall());
            assertThat(Map.of("major", latest.majors(), "minor", latest.minors(), "gap", latest.gaps(),
                    "observation", latest.observations())).isEqualTo(result.summary().byKind());
            assertThat(latest.scores()).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.Stream.concat(result.readiness().byClause().stream(), result.readiness().byDomain().stream()).toList());

            Assessed loaded = reopened.load(client, Samples.DATE).orElseThrow();
            assertThat(JsonReport.write(loaded.result())).isEqualTo(JsonReport.write(result));
            assertThat(loaded.controls().known()).isTrue();
            assertThat(loaded.controls().byControl()).isEqualTo(SamplePair.later().controls().byControl());

            assertThat(reopened.findingHistory(client)).extracting(EarlierAssessment::date, h -> h.openFindingIds().size())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(SamplePair.EARLIER_DATE, items(SamplePair.earlier().result())),
                            org.assertj.core.groups.Tuple.tuple(Samples.DATE, items(result)));
        }
    }

    @Test
    void savingTheSameClientAndDayAgainReplacesTheAssessment(@TempDir Path dataDir) {
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            store.save(SamplePair.later());
            store.save(new Assessed(SamplePair.later().result(), ControlStatuses.unknown()));
            Client client = store.client("brightpath software ltd").orElseThrow();
            assertThat(store.assessments(client)).hasSize(1);
            // Saved without declared statuses, it is read back with the statuses its computed SoA records.
            assertThat(store.load(client, Samples.DATE).orElseThrow().controls().byControl())
                    .isEqualTo(ControlStatuses.recordedIn(SamplePair.later().result()).byControl());
            assertThat(store.load(client, LocalDate.of(2020, 1, 1))).isEmpty();
        }
    }

    @Test
    void theLatestAssessmentOfEachClientMakesThePortfolio(@TempDir Path dataDir) {
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            store.save(SamplePair.earlier());
            store.save(SamplePair.later());
            store.save(new Assessed(Samples.assessed("sprout-startup"), ControlStatuses.unknown()));
            assertThat(store.latestOfEachClient()).extracting(a -> a.client().id(), AssessmentSummary::date)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ORG-BP", Samples.DATE),
                            org.assertj.core.groups.Tuple.tuple("ORG-SPROUT", Samples.DATE));
        }
    }

    @Test
    void theDataFolderFollowsTheXdgConventionUnlessOneIsGiven() {
        assertThat(DataFolder.resolve(Path.of("/given"), Map.of("XDG_DATA_HOME", "/xdg"), "/home/a")).isEqualTo(Path.of("/given"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "/home/a")).isEqualTo(Path.of("/xdg/isms-assessor"));
        assertThat(DataFolder.resolve(null, Map.of(), "/home/a")).isEqualTo(Path.of("/home/a/.local/share/isms-assessor"));
    }

    /** The history keeps each item of each finding (by its item key), so that items leaving a group are seen. */
    private static int items(org.ismsassessor.assessment.AssessmentResult result) {
        return EarlierAssessment.of(result.assessmentDate(), result.findings()).openFindingIds().size();
    }
}

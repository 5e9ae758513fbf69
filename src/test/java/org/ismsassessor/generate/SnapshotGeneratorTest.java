package org.ismsassessor.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Control;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.Dates;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.engine.IntervalTopic;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.snapshot.DocumentStatus;
import org.ismsassessor.snapshot.ImplementationStatus;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.Snapshot;
import org.ismsassessor.snapshot.SoaEntry;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generator's snapshots: the same bytes for the same size and seed, valid, of the size promised, not all clean; the
 * controls they declare implemented evidenced as the catalogue's evidence table asks, but for one in twenty.
 */
class SnapshotGeneratorTest {
    private static final Catalogue CATALOGUE = Catalogue.load(Edition.ISO27001_2005);

    @Test
    void theSameSizeAndSeedGiveTheSameBytesAndAnotherSeedOthers() {
        assertThat(generate(SnapshotSize.SMALL, 1)).isEqualTo(generate(SnapshotSize.SMALL, 1));
        assertThat(generate(SnapshotSize.SMALL, 2)).isNotEqualTo(generate(SnapshotSize.SMALL, 1));
    }

    @Test
    void smallAndMediumAreValidSnapshotsOfAboutOneAndTenThousandFacts() {
        byte[] small = generate(SnapshotSize.SMALL, 1);
        byte[] medium = generate(SnapshotSize.MEDIUM, 1);
        load(small);
        load(medium);
        // 1,191 before the document register, the ISMS activities and the records of the controls were added
        assertThat(facts(JsonMapper.shared().readTree(small))).isEqualTo(1_394);
        assertThat(facts(JsonMapper.shared().readTree(medium))).isBetween(10_000L, 11_000L);
    }

    @Test
    void aGeneratedOrganizationHasSomeLapsesButIsNotBroken() {
        LoadResult.Loaded loaded = (LoadResult.Loaded) load(generate(SnapshotSize.SMALL, 1));
        AssessmentResult result = new Assessment(CATALOGUE, RuleBase.builtIn(CATALOGUE))
                .assess(loaded, LocalDate.of(2026, 11, 29), IntervalSettings.defaults());

        // Its one major is a systematic lapse, escalated by the grading table: none of its plan items is traceable.
        assertThat(result.findings()).filteredOn(f -> f.kind() == org.ismsassessor.finding.FindingKind.MAJOR_NONCONFORMITY)
                .extracting(f -> f.requirement(), f -> f.count(), f -> f.grading().reason().startsWith("major: escalated"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4.3.1.records", 5, true));
        assertThat(result.summary().byKind().get("minor")).isPositive();
        assertThat(result.summary().byKind().get("gap")).isPositive();
        assertThat(result.readiness().verdict()).isNotEqualTo(org.ismsassessor.assessment.Readiness.Verdict.READY);
        // The lists joined through Listed facts are exercised: plan items, incidents and the actions naming them.
        assertThat(loaded.snapshot().treatmentPlan()).isNotEmpty();
        assertThat(loaded.snapshot().incidents()).isNotEmpty();
        assertThat(loaded.snapshot().actions()).anyMatch(a -> !a.riskIds().isEmpty())
                .anyMatch(a -> a.sourceId() != null);
    }

    @Test
    void nineteenInTwentyImplementedControlsHaveTheirEvidenceAndTheOthersAreExactlyTheDeclaredNotEvidencedGaps() {
        LoadResult.Loaded loaded = (LoadResult.Loaded) load(generate(SnapshotSize.SMALL, 1));
        Snapshot snapshot = loaded.snapshot();
        Set<String> declared = snapshot.statementOfApplicability().entries().stream()
                .filter(e -> e.status() == ImplementationStatus.IMPLEMENTED || e.status() == ImplementationStatus.PARTIAL)
                .map(SoaEntry::control).collect(Collectors.toSet());
        List<Control> byRecord = CATALOGUE.controls().stream()
                .filter(c -> declared.contains(c.id()) && c.evidence().byRecord()).toList();
        List<Control> byDocument = CATALOGUE.controls().stream()
                .filter(c -> declared.contains(c.id()) && c.evidence().byDocument()).toList();
        // Read from the snapshot, not from the generator: a record of the row's kind within its interval names it.
        LocalDate today = LocalDate.of(2026, 11, 29);
        IntervalSettings intervals = IntervalSettings.defaults();
        Set<String> recorded = byRecord.stream().filter(c -> snapshot.activities().stream().anyMatch(a ->
                a.controlIds().contains(c.id()) && a.kind().name().equals(c.evidence().record().toUpperCase().replace('-', '_'))
                        && !a.performedOn().isAfter(today)
                        && !Dates.overdue(a.performedOn(), within(c, intervals), today)))
                .map(Control::id).collect(Collectors.toSet());
        Set<String> documented = byDocument.stream().filter(c -> snapshot.documents().stream().anyMatch(d ->
                d.controlIds().contains(c.id()) && d.status() == DocumentStatus.ISSUED
                        && d.type().name().equals(c.evidence().documentType().toUpperCase().replace('-', '_'))))
                .map(Control::id).collect(Collectors.toSet());

        assertThat(byRecord).hasSize(61);
        assertThat(recorded).hasSize(59); // 97%
        assertThat(byDocument).hasSize(6);
        assertThat(documented).hasSize(5);
        Set<String> withoutEvidence = new TreeSet<>();
        byRecord.stream().map(Control::id).filter(id -> !recorded.contains(id)).forEach(withoutEvidence::add);
        byDocument.stream().map(Control::id).filter(id -> !documented.contains(id)).forEach(withoutEvidence::add);
        assertThat(withoutEvidence).containsExactly("A.11.6.1", "A.14.1.4", "A.15.1.5");

        AssessmentResult result = new Assessment(CATALOGUE, RuleBase.builtIn(CATALOGUE))
                .assess(loaded, today, intervals);
        assertThat(result.findings())
                .filteredOn(f -> f.rule().equals("Implemented control is declared but not evidenced")
                        || f.rule().equals("Implemented control is declared but its document is not issued"))
                .extracting(f -> f.requirement(), f -> f.kind())
                .containsExactlyInAnyOrderElementsOf(withoutEvidence.stream()
                        .map(id -> org.assertj.core.groups.Tuple.tuple(id, FindingKind.GAP)).toList());
    }

    @Test
    void aboutOneEvidencedControlInTwentyIsLeftWithoutItsRecordWhateverTheSeed() {
        for (long seed = 1; seed <= 5; seed++) {
            JsonNode snapshot = JsonMapper.shared().readTree(generate(SnapshotSize.SMALL, seed));
            Set<String> declared = new TreeSet<>();
            snapshot.path("statementOfApplicability").path("entries").forEach(e -> {
                if (e.path("status").asString().equals("implemented")) {
                    declared.add(e.path("control").asString());
                }
            });
            Set<String> named = new TreeSet<>();
            for (String section : List.of("activities", "documents")) {
                snapshot.path(section).forEach(entry -> entry.path("controlIds").forEach(id -> named.add(id.asString())));
            }
            long evidenced = CATALOGUE.controls().stream().filter(c -> declared.contains(c.id())
                    && (c.evidence().byRecord() || c.evidence().byDocument())).count();
            long without = CATALOGUE.controls().stream().filter(c -> declared.contains(c.id())
                    && (c.evidence().byRecord() || c.evidence().byDocument()) && !named.contains(c.id())).count();
            assertThat(without).as("seed " + seed).isEqualTo(Math.max(1, Math.round(evidenced / 20f)));
            // Nothing is named that is not declared implemented, nor a control judged by a data check or on declaration.
            assertThat(named).as("seed " + seed).allMatch(id -> declared.contains(id)
                    && CATALOGUE.controls().stream().anyMatch(c -> c.id().equals(id)
                            && (c.evidence().byRecord() || c.evidence().byDocument())));
        }
    }

    private static java.time.Period within(Control control, IntervalSettings intervals) {
        return control.evidence().interval() == null ? java.time.Period.ofMonths(control.evidence().months())
                : intervals.get(IntervalTopic.byKey(control.evidence().interval()).orElseThrow()).period();
    }

    private static byte[] generate(SnapshotSize size, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SnapshotGenerator(CATALOGUE).write(size, seed, out);
        return out.toByteArray();
    }

    private static LoadResult load(byte[] json) {
        LoadResult result = new SnapshotLoader(CATALOGUE.controls().stream().map(c -> c.id()).collect(Collectors.toSet()))
                .load(json);
        assertThat(result).as(result.toString()).isInstanceOf(LoadResult.Loaded.class);
        return result;
    }

    /** Array items, as the loader's --max-facts counts them. */
    private static long facts(JsonNode node) {
        long count = node.isArray() ? node.size() : 0;
        for (JsonNode child : node.values()) {
            count += facts(child);
        }
        return count;
    }
}

package org.ismsassessor.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generator's snapshots: the same bytes for the same size and seed, valid, of the size promised, not all clean. */
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
        assertThat(facts(JsonMapper.shared().readTree(small))).isEqualTo(1_191);
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

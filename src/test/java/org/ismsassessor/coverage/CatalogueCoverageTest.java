package org.ismsassessor.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ismsassessor.TestEngine;
import org.junit.jupiter.api.Test;

/**
 * The coverage contract: a rule and scenarios both ways for every id of the parts of the catalogue the
 * rule base claims to cover, and no scenario tag naming an id the catalogue does not know.
 */
class CatalogueCoverageTest {


    private static List<String> featureTexts() {
        return featureTexts(org.ismsassessor.catalogue.Edition.ISO27001_2005);
    }

    static List<String> featureTexts(org.ismsassessor.catalogue.Edition edition) {
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            return files.filter(f -> f.toString().endsWith(".feature"))
                    .filter(f -> Coverage.ofEdition(f.toString(), edition)).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<IdCoverage> coverage() {
        return Coverage.of(TestEngine.CATALOGUE, TestEngine.RULES.rules(), featureTexts());
    }

    @Test
    void everyIdOfTheCatalogueHasARuleAndScenariosBothWays() {
        List<IdCoverage> required = coverage();
        assertThat(required).hasSize(141 + 133);
        assertThat(required).filteredOn(c -> !c.complete()).as("ids without a rule or a scenario each way").isEmpty();
    }

    @Test
    void everyIdOfThe2022CatalogueHasARuleAndScenariosBothWaysInItsOwnFeatures() {
        org.ismsassessor.TestEngine.Pack pack = TestEngine.of(org.ismsassessor.catalogue.Edition.ISO27001_2022);
        List<IdCoverage> required = Coverage.of(pack.catalogue(), pack.rules().rules(),
                featureTexts(org.ismsassessor.catalogue.Edition.ISO27001_2022));
        assertThat(required).hasSize(134 + 93);
        assertThat(required).filteredOn(c -> !c.complete()).as("2022 ids without a rule or a scenario each way").isEmpty();
        // Every tag of a 2022 scenario names a 2022 id: a 2005 id left in a ported scenario would count for nothing.
        for (String text : featureTexts(org.ismsassessor.catalogue.Edition.ISO27001_2022)) {
            for (Set<String> tags : ScenarioTags.of(text)) {
                tags.stream().filter(t -> Character.isDigit(t.charAt(0)) || t.startsWith("A."))
                        .forEach(id -> assertThat(pack.catalogue().contains(id)).as(id + " is in the 2022 catalogue").isTrue());
            }
        }
    }

    @Test
    void everyIdThatHasARuleHasScenariosBothWays() {
        assertThat(coverage()).filteredOn(c -> c.rules() > 0 && !c.complete())
                .as("ids with rules but without a conforming and a nonconforming scenario").isEmpty();
    }

    @Test
    void everyScenarioIsTaggedWithKnownIdsAndWhichWayItGoes() {
        for (String text : featureTexts()) {
            for (Set<String> tags : ScenarioTags.of(text)) {
                assertThat(tags).as("tags of a scenario").containsAnyOf(Coverage.CONFORMING, Coverage.NONCONFORMING);
                List<String> ids = tags.stream().filter(t -> Character.isDigit(t.charAt(0)) || t.startsWith("A.")).toList();
                if (tags.contains("judgement")) {
                    // Whole organizations: they state the whole result, not one requirement's.
                    assertThat(ids).as("ids of a whole-result scenario").allSatisfy(
                            id -> assertThat(TestEngine.CATALOGUE.contains(id)).as(id + " is in the catalogue").isTrue());
                    continue;
                }
                assertThat(ids).as("requirement tags of a scenario tagged " + tags).isNotEmpty()
                        .allSatisfy(id -> assertThat(TestEngine.CATALOGUE.contains(id)).as(id + " is in the catalogue").isTrue());
            }
        }
    }
}

package org.ismsassessor.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ismsassessor.TestEngine;
import org.ismsassessor.engine.RuleInfo;
import org.junit.jupiter.api.Test;

/** A rule checking each control counts as a rule for every Annex A control, and for no clause requirement. */
class EachControlCoverageTest {

    @Test
    void aRuleCheckingEachControlCountsForEveryControlOnly() {
        List<IdCoverage> coverage = Coverage.of(TestEngine.CATALOGUE,
                List.of(new RuleInfo("Each control", null, "each.drl", true),
                        new RuleInfo("One control", "A.9.1.6", "one.drl", false)),
                List.of());
        assertThat(coverage).filteredOn(c -> c.id().startsWith("A.")).hasSize(133)
                .allSatisfy(c -> assertThat(c.rules()).as(c.id()).isEqualTo(c.id().equals("A.9.1.6") ? 2 : 1));
        assertThat(coverage).filteredOn(c -> !c.id().startsWith("A.")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.rules()).as(c.id()).isZero());
    }
}

package org.ismsassessor.engine;

import java.util.List;
import org.ismsassessor.finding.Finding;

/**
 * What one rule session concluded: the findings, and the derived applicability of the Annex A controls
 * (one {@link ControlExpected} per control and reason), both in no particular order.
 */
public record SessionOutcome(List<Finding> findings, List<ControlExpected> expectedControls) {

    public SessionOutcome {
        findings = List.copyOf(findings);
        expectedControls = List.copyOf(expectedControls);
    }
}

package org.ismsassessor.compare;

import java.time.LocalDate;
import java.util.Set;

/** What is remembered of an earlier assessment of a client: its date and the item keys of the findings open then. */
public record EarlierAssessment(LocalDate date, Set<String> openFindingIds) {

    public EarlierAssessment {
        openFindingIds = Set.copyOf(openFindingIds);
    }

    /** The items open in an assessment's findings, by their item keys (as the history store keeps them). */
    public static EarlierAssessment of(LocalDate date, java.util.List<org.ismsassessor.finding.Finding> findings) {
        return new EarlierAssessment(date, java.util.Set.copyOf(findings.stream().flatMap(f -> f.perItem().stream())
                .map(org.ismsassessor.finding.Finding::itemKey).toList()));
    }
}

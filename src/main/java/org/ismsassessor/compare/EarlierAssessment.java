package org.ismsassessor.compare;

import java.time.LocalDate;
import java.util.Set;

/** What is remembered of an earlier assessment of a client: its date and the ids of the findings open then. */
public record EarlierAssessment(LocalDate date, Set<String> openFindingIds) {

    public EarlierAssessment {
        openFindingIds = Set.copyOf(openFindingIds);
    }
}

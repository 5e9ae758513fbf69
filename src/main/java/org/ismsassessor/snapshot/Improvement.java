package org.ismsassessor.snapshot;

import java.time.LocalDate;

/** An identified improvement of the ISMS and what became of it. */
public record Improvement(
        String id,
        String source,
        String sourceId,
        String description,
        String owner,
        String resources,
        LocalDate dueOn,
        ActionStatus status,
        LocalDate completedOn,
        LocalDate communicatedOn,
        String communicatedTo,
        LocalDate effectivenessCheckedOn,
        Boolean achievedObjective) {
}

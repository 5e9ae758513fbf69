package org.ismsassessor.snapshot;

import java.util.List;

/** An information security role of the ISMS, who holds it and what it requires. */
public record SecurityRole(
        String id,
        String name,
        String responsibilities,
        List<String> requiredCompetences,
        List<String> conflictsWith,
        Boolean ismsOperation,
        Boolean ismsConformity,
        Boolean performanceReporting) {

    public SecurityRole {
        requiredCompetences = Lists.orEmpty(requiredCompetences);
        conflictsWith = Lists.orEmpty(conflictsWith);
    }
}

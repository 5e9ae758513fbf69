package org.ismsassessor.snapshot;

import java.time.LocalDate;

/**
 * The ISMS policy and what its text covers. Each topic flag is true when the policy document deals with
 * it, false when it does not, and absent when the snapshot does not say (a gap).
 */
public record Policy(
        String id,
        String documentId,
        Boolean setsObjectivesFramework,
        Boolean considersRequirements,
        Boolean alignedWithRiskContext,
        Boolean definesRiskCriteria,
        String approvedBy,
        LocalDate approvedOn,
        LocalDate publishedOn,
        LocalDate communicatedToPersonnelOn,
        LocalDate communicatedToExternalPartiesOn,
        Boolean commitsToImprovement) {
}

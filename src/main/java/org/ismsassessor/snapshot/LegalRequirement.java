package org.ismsassessor.snapshot;

import java.time.LocalDate;

/** A legal, regulatory or contractual requirement the ISMS must meet. */
public record LegalRequirement(
        String id,
        String kind,
        String title,
        String owner,
        LocalDate identifiedOn,
        LocalDate reviewedOn,
        Integer minimumRetentionMonths) {
}

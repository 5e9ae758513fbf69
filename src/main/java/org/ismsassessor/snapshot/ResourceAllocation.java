package org.ismsassessor.snapshot;

import java.time.LocalDate;

/** Budget, staff or tools allocated to the ISMS for a period. */
public record ResourceAllocation(
        String id,
        String kind,
        String description,
        String purpose,
        LocalDate periodFrom,
        LocalDate periodTo,
        String approvedBy,
        LocalDate approvedOn) {
}

package org.ismsassessor.snapshot;

import java.time.LocalDate;

/** A change to an operational system or to software, and how it was controlled. */
public record Change(
        String id,
        String kind,
        String systemId,
        String description,
        String requestedBy,
        String approvedBy,
        LocalDate approvedOn,
        LocalDate implementedOn,
        String implementedBy,
        Boolean tested,
        Boolean recorded,
        Boolean planned,
        LocalDate consequencesReviewedOn,
        // Format 1.2, the 2022 control A.8.28 (see docs/snapshot-format.md).
        Boolean inHouseCode,
        String codeReview) {

    /** True for a change recorded as unintended or unplanned (format 1.2), whose consequences must be reviewed. */
    public boolean unplanned() {
        return Boolean.FALSE.equals(planned);
    }
}

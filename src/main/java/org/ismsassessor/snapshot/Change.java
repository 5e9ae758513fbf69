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
        LocalDate consequencesReviewedOn) {

    /** True for a change recorded as unintended or unplanned (format 1.2), whose consequences must be reviewed. */
    public boolean unplanned() {
        return Boolean.FALSE.equals(planned);
    }
}

package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** The internal audit programme: what is audited, how often and why. */
public record AuditProgramme(
        String id,
        String documentId,
        String approvedBy,
        LocalDate approvedOn,
        Integer plannedIntervalMonths,
        List<PlannedArea> areas) {

    public AuditProgramme {
        areas = Lists.orEmpty(areas);
    }

    /** An area of the programme with its priority and what the priority is based on. */
    public record PlannedArea(String areaId, String priority, String basis) {
    }
}

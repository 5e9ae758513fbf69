package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** A measurable information security objective. */
public record Objective(
        String id,
        String description,
        String owner,
        LocalDate targetDate,
        String measure,
        String status,
        List<String> riskIds,
        List<String> requirementIds,
        String metricId,
        LocalDate communicatedOn,
        String actions,
        String resources,
        String evaluation) {

    public Objective {
        riskIds = Lists.orEmpty(riskIds);
        requirementIds = Lists.orEmpty(requirementIds);
    }
}

package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** One action of the risk treatment plan. */
public record TreatmentPlanItem(
        String id,
        List<String> riskIds,
        List<String> controlIds,
        List<String> sourceIds,
        String action,
        String owner,
        String resources,
        String priority,
        LocalDate dueOn,
        ActionStatus status,
        LocalDate completedOn,
        LocalDate replannedOn) {

    public TreatmentPlanItem {
        riskIds = Lists.orEmpty(riskIds);
        controlIds = Lists.orEmpty(controlIds);
        sourceIds = Lists.orEmpty(sourceIds);
    }
}

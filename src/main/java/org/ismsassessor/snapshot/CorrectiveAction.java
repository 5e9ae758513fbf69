package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** A corrective or preventive action: the (potential) nonconformity, its cause, and what was done. */
public record CorrectiveAction(
        String id,
        ActionType type,
        String source,
        String sourceId,
        String nonconformity,
        LocalDate raisedOn,
        String rootCause,
        String evaluation,
        String action,
        String owner,
        LocalDate dueOn,
        ActionStatus status,
        LocalDate closedOn,
        String result,
        LocalDate reviewedOn,
        Boolean effective,
        LocalDate verifiedOn,
        String priority,
        List<String> riskIds,
        String consequences,
        String similarNonconformities,
        Boolean ismsChangeNeeded,
        List<String> ismsChangeIds) {

    public CorrectiveAction {
        riskIds = Lists.orEmpty(riskIds);
        ismsChangeIds = Lists.orEmpty(ismsChangeIds);
    }
}

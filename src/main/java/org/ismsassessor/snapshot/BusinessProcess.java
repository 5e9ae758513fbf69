package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** A business process, how critical it is, and the disruptive events identified for it. */
public record BusinessProcess(
        String id,
        String name,
        String owner,
        Boolean critical,
        List<ContinuityEvent> continuityEvents,
        List<String> assetIds,
        // Format 1.2, the 2022 control A.5.30 (see docs/snapshot-format.md); ictServices stays null when not given.
        List<String> ictServices,
        Integer recoveryTimeObjectiveHours,
        LocalDate ictRecoveryTestedOn,
        Integer ictRecoveryTestHours) {

    public BusinessProcess {
        continuityEvents = Lists.orEmpty(continuityEvents);
        assetIds = Lists.orEmpty(assetIds);
        ictServices = ictServices == null ? null : List.copyOf(ictServices);
    }

    /** True when the last recovery test of its ICT services took longer than their recovery time objective. */
    public boolean ictRecoveryMissedObjective() {
        return ictRecoveryTestHours != null && recoveryTimeObjectiveHours != null
                && ictRecoveryTestHours > recoveryTimeObjectiveHours;
    }

    /** An event that could interrupt the process, with its information security impact. */
    public record ContinuityEvent(String event, String securityImpact) {
    }
}

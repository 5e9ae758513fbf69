package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** A business continuity plan, the processes it covers and its last test. */
public record ContinuityPlan(
        String id,
        String name,
        List<String> processIds,
        String owner,
        Boolean includesSecurity,
        Integer testIntervalMonths,
        @MayBeNever LocalDate lastTestedOn,
        String lastTestResult) {

    public ContinuityPlan {
        processIds = Lists.orEmpty(processIds);
    }
}

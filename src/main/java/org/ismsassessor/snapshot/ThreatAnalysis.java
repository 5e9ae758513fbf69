package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * Format 1.2 (A.5.7): one analysis of threat information, the sources it drew on and what came of it
 * ({@code risk-updated}, {@code action} or {@code none-needed}).
 */
public record ThreatAnalysis(
        String id,
        LocalDate analysedOn,
        List<String> sources,
        String outcome,
        List<String> riskIds,
        List<String> actionIds) {

    public ThreatAnalysis {
        sources = Lists.orEmpty(sources);
        riskIds = Lists.orEmpty(riskIds);
        actionIds = Lists.orEmpty(actionIds);
    }

    /** True when this analysis comes after {@code other}: a later date, or on the same day the smaller id (one latest). */
    public boolean laterThan(ThreatAnalysis other) {
        if (analysedOn == null || other.analysedOn == null) {
            return false;
        }
        int byDate = analysedOn.compareTo(other.analysedOn);
        return byDate > 0 || byDate == 0 && id != null && other.id != null && id.compareTo(other.id) < 0;
    }
}

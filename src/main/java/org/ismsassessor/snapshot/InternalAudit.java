package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** One internal ISMS audit: who audited what, against which criteria, and what was found. */
public record InternalAudit(
        String id,
        LocalDate plannedOn,
        LocalDate performedOn,
        String auditor,
        List<String> areaIds,
        List<String> criteria,
        String scope,
        String method,
        String implementationResult,
        String performanceResult,
        List<AuditFinding> findings,
        String reportedTo,
        LocalDate reportedOn) {

    public InternalAudit {
        areaIds = Lists.orEmpty(areaIds);
        criteria = Lists.orEmpty(criteria);
        findings = Lists.orEmpty(findings);
    }

    /** Something the audit found, and the action it led to. */
    public record AuditFinding(String id, String kind, String areaId, String description, String actionId) {
    }
}

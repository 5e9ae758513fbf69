package org.ismsassessor.engine;

import java.time.LocalDate;

/**
 * A fact derived by the clause 6 rules: one finding of one internal audit, flattened with its audit's id and
 * date so rules can join on it (findings are nested inside audits in the snapshot).
 */
public record AuditFindingRecorded(
        String auditId, LocalDate auditedOn, String id, String kind, String areaId, String actionId) {

    /** True for an actual nonconformity (major or minor), which needs corrective action. */
    public boolean nonconformity() {
        return "major-nonconformity".equals(kind) || "minor-nonconformity".equals(kind);
    }
}

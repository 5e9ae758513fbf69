package org.ismsassessor.decision;

import java.time.LocalDate;
import org.ismsassessor.finding.DecisionKind;

/**
 * A decision on a finding as recorded.
 *
 * @param subject     the item of a grouped finding the decision covers; null for the whole finding
 * @param approval    for an accepted risk, the management approval it cites (a decision id, a record); else null
 * @param dueDate     for a deferral, when the finding is to be addressed; else null
 * @param expiresOn   the last assessment date the decision applies to
 * @param fingerprint the finding's facts when the decision was made ({@link Fingerprint}); null to apply to the
 *                    finding (or item) whatever its facts
 */
public record Decision(String id, String findingId, String subject, DecisionKind kind, String justification,
        String approval, LocalDate dueDate, String decidedBy, LocalDate decidedOn, LocalDate expiresOn,
        String fingerprint) {

    /** The longest a false positive or an accepted risk stands before it must be decided again. */
    public static final java.time.Period LONGEST = java.time.Period.ofYears(1);

    public Decision withId(String newId) {
        return new Decision(newId, findingId, subject, kind, justification, approval, dueDate, decidedBy, decidedOn,
                expiresOn, fingerprint);
    }

    /** The same decision for the whole finding: to check what does not depend on the item. */
    Decision withSubjectCheckSkipped() {
        return new Decision(id, findingId, null, kind, justification, approval, dueDate, decidedBy, decidedOn,
                expiresOn, fingerprint);
    }

    public Decision withFingerprint(String facts) {
        return new Decision(id, findingId, subject, kind, justification, approval, dueDate, decidedBy, decidedOn,
                expiresOn, facts);
    }
}

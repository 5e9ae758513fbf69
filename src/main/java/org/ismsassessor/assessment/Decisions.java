package org.ismsassessor.assessment;

import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.finding.DecisionKind;

/**
 * The decisions recorded on a result's findings, as they stand on the assessment date: those that apply and those
 * that lapsed, with why. Present in a result only when there are decisions, so a result without any is what it was.
 *
 * @param readinessWithDecisions the overall readiness counting the findings decided as a whole as resolved, beside
 *                               the plain {@code readiness.overall}; the verdict is never changed
 * @param decidedFindings        the ids of the findings a decision that applies covers as a whole (or item by item)
 */
public record Decisions(double readinessWithDecisions, List<String> decidedFindings, List<Outcome> applied,
        List<Outcome> lapsed) {

    public Decisions {
        decidedFindings = List.copyOf(decidedFindings);
        applied = List.copyOf(applied);
        lapsed = List.copyOf(lapsed);
    }

    /** True when the finding is decided as a whole: reports list it apart from the open findings. */
    public boolean decides(String findingId) {
        return decidedFindings.contains(findingId);
    }

    /**
     * One decision and how it stands.
     *
     * @param subject       the item of a grouped finding it covers; null for the whole finding
     * @param requirement   the finding's requirement; null when the finding is no longer raised
     * @param lapsedBecause in words, for a lapsed decision: expired, the facts changed, the finding gone; else null
     */
    public record Outcome(String id, String findingId, String subject, String requirement, DecisionKind kind,
            String justification, String approval, LocalDate dueDate, String decidedBy, LocalDate decidedOn,
            LocalDate expiresOn, String status, String lapsedBecause) {
        public static final String APPLIED = "applied";
        public static final String LAPSED = "lapsed";
    }
}

package org.ismsassessor.assessment;

import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.engine.Interval;
import org.ismsassessor.finding.Finding;

/**
 * Everything an assessment concluded, in a deterministic order: the same snapshot, date, intervals and
 * rule set always give an equal result.
 *
 * @param statementOfApplicability the computed SoA: every Annex A control in the catalogue's order
 * @param decisions                the decisions on its findings (applied and lapsed), or null when there are none
 */
public record AssessmentResult(
        String resultFormatVersion,
        Assessor assessor,
        SnapshotInfo snapshot,
        LocalDate assessmentDate,
        List<Interval> intervals,
        Readiness readiness,
        Summary summary,
        List<Finding> findings,
        List<ControlApplicability> statementOfApplicability,
        List<PlannedAction> actionPlan,
        Decisions decisions) {

    /** A result as an assessment gives it: no decisions (they are applied afterwards, see {@link #withDecisions}). */
    public AssessmentResult(String resultFormatVersion, Assessor assessor, SnapshotInfo snapshot, LocalDate assessmentDate,
            List<Interval> intervals, Readiness readiness, Summary summary, List<Finding> findings,
            List<ControlApplicability> statementOfApplicability, List<PlannedAction> actionPlan) {
        this(resultFormatVersion, assessor, snapshot, assessmentDate, intervals, readiness, summary, findings,
                statementOfApplicability, actionPlan, null);
    }

    /** The same result with the decisions on its findings; null for none (the result is then as assessed). */
    public AssessmentResult withDecisions(Decisions applied) {
        return new AssessmentResult(resultFormatVersion, assessor, snapshot, assessmentDate, intervals, readiness,
                summary, findings, statementOfApplicability, actionPlan, applied);
    }

    public static final String FORMAT_VERSION = "2.0";

    /**
     * Which assessor, rule set and grading table produced the result. Results graded by different tables
     * (another {@code gradingVersion}) are compared with a warning, never silently.
     */
    public record Assessor(String name, String version, String edition, String ruleSetVersion, int rules,
            String grading, String gradingVersion) {
    }

    /**
     * Which snapshot was assessed: its own name, the organization (its id from the snapshot, and its name),
     * and a digest of its bytes. The organization id is what ties assessments of one client together.
     */
    public record SnapshotInfo(String name, String organizationId, String organization, String edition, String sha256) {
    }

    /** One line of the action plan: a finding's recommended action, in priority order. */
    public record PlannedAction(int rank, String findingId, String requirement, String action,
            org.ismsassessor.finding.Priority priority, String ownerRole) {
    }
}

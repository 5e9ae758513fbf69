package org.ismsassessor.snapshot;

import java.util.List;

/**
 * One organization's ISMS as it describes itself on a given day.
 *
 * <p>Top-level collections are nullable on purpose: an absent section means "not provided" (a gap to
 * report), while an empty array means "provided, and there are none" (which may be a nonconformity).
 */
public record Snapshot(
        String formatVersion,
        String edition,
        String name,
        Organization organization,
        Scope scope,
        Policy policy,
        List<Objective> objectives,
        List<Document> documents,
        List<RecordType> recordTypes,
        RiskMethodology riskMethodology,
        List<Asset> assets,
        List<Risk> risks,
        List<TreatmentPlanItem> treatmentPlan,
        StatementOfApplicability statementOfApplicability,
        List<Person> people,
        List<SecurityRole> roles,
        List<Account> accounts,
        List<AuthenticationSetting> authenticationSettings,
        List<RemoteAccess> remoteAccess,
        List<Supplier> suppliers,
        List<Agreement> agreements,
        List<Incident> incidents,
        List<Vulnerability> vulnerabilities,
        List<Backup> backups,
        List<BusinessProcess> businessProcesses,
        List<ContinuityPlan> continuityPlans,
        List<TrainingCourse> trainingCourses,
        List<TrainingRecord> trainingRecords,
        List<Metric> metrics,
        List<Measurement> measurements,
        List<LegalRequirement> legalRequirements,
        List<ProcessingActivity> processingActivities,
        List<SecureArea> secureAreas,
        List<Change> changes,
        List<IsmsArea> areas,
        AuditProgramme auditProgramme,
        List<InternalAudit> internalAudits,
        List<ManagementReview> managementReviews,
        List<CorrectiveAction> actions,
        List<Improvement> improvements,
        List<ManagementDecision> decisions,
        List<ResourceAllocation> resources,
        List<Activity> activities) {
}

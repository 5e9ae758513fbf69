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
        List<Activity> activities,
        List<Site> sites,
        List<Issue> issues,
        List<InterestedParty> interestedParties,
        List<IsmsChange> ismsChanges,
        List<CommunicationPlanEntry> communicationPlan,
        @com.fasterxml.jackson.annotation.JsonIgnore List<String> notExisting) {

    public Snapshot {
        notExisting = notExisting == null ? List.of() : List.copyOf(notExisting);
    }

    /**
     * The sections the organization states it does not have (format 1.1 {@code {"exists": false}}), sorted; a list
     * section among them is also given here as an empty list.
     */
    public List<String> notExisting() {
        return notExisting;
    }

    /** This snapshot with the sections stated not to exist (set by the loader, which reads the statements). */
    public Snapshot withNotExisting(List<String> sections) {
        return new Snapshot(formatVersion, edition, name, organization, scope, policy, objectives, documents, recordTypes,
                riskMethodology, assets, risks, treatmentPlan, statementOfApplicability, people, roles, accounts,
                authenticationSettings, remoteAccess, suppliers, agreements, incidents, vulnerabilities, backups,
                businessProcesses, continuityPlans, trainingCourses, trainingRecords, metrics, measurements,
                legalRequirements, processingActivities, secureAreas, changes, areas, auditProgramme, internalAudits,
                managementReviews, actions, improvements, decisions, resources, activities, sites, issues, interestedParties, ismsChanges,
                communicationPlan, sections);
    }
}

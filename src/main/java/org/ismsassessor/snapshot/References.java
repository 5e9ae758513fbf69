package org.ismsassessor.snapshot;

import java.util.List;

/**
 * Which fields of the snapshot refer to which kind of entity, so a dangling reference is reported
 * before any rule runs. A location is a dotted path from the top level where {@code []} walks an array.
 */
final class References {

    /** What a referring field must point at: entities of the listed top-level sections, or Annex A controls. */
    record Target(List<String> sections, boolean annexControl) {
        static Target section(String... names) {
            return new Target(List.of(names), false);
        }

        static Target control() {
            return new Target(List.of(), true);
        }

        String describe() {
            return annexControl ? "an Annex A control id of the catalogue" : "the id of an entry of " + String.join(" or ", sections);
        }
    }

    record Reference(String location, Target target) {
    }

    private static final Target PERSON = Target.section("people");
    private static final Target ASSET = Target.section("assets");
    private static final Target DOCUMENT = Target.section("documents");
    private static final Target CONTROL = Target.control();

    static final List<Reference> ALL = List.of(
            new Reference("organization.ismsOwner", PERSON),
            new Reference("scope.documentId", DOCUMENT),
            new Reference("policy.documentId", DOCUMENT),
            new Reference("policy.approvedBy", PERSON),
            new Reference("objectives[].owner", PERSON),
            new Reference("documents[].approvedBy", PERSON),
            new Reference("documents[].revisions[].approvedBy", PERSON),
            new Reference("documents[].supportsProcesses[]", Target.section("businessProcesses")),
            new Reference("recordTypes[].legalRequirementIds[]", Target.section("legalRequirements")),
            new Reference("riskMethodology.documentId", DOCUMENT),
            new Reference("riskMethodology.approvedBy", PERSON),
            new Reference("assets[].owner", PERSON),
            new Reference("assets[].assignedTo", PERSON),
            new Reference("assets[].siteId", Target.section("sites")),
            new Reference("scope.exclusions[].siteIds[]", Target.section("sites")),
            new Reference("scope.exclusions[].assetIds[]", ASSET),
            new Reference("scope.exclusions[].processIds[]", Target.section("businessProcesses")),
            new Reference("businessProcesses[].assetIds[]", ASSET),
            new Reference("risks[].assetIds[]", ASSET),
            new Reference("risks[].controls[]", CONTROL),
            new Reference("risks[].owner", PERSON),
            new Reference("risks[].residualApprovedBy", PERSON),
            new Reference("risks[].acceptedBy", PERSON),
            new Reference("treatmentPlan[].riskIds[]", Target.section("risks")),
            new Reference("treatmentPlan[].controlIds[]", CONTROL),
            new Reference("treatmentPlan[].owner", PERSON),
            new Reference("statementOfApplicability.documentId", DOCUMENT),
            new Reference("statementOfApplicability.approvedBy", PERSON),
            new Reference("statementOfApplicability.entries[].control", CONTROL),
            new Reference("statementOfApplicability.entries[].owner", PERSON),
            new Reference("statementOfApplicability.entries[].riskIds[]", Target.section("risks")),
            new Reference("people[].roles[]", Target.section("roles")),
            // Format 1.2 (2022 clauses 4.1, 6.2 and 6.3).
            new Reference("issues[].riskIds[]", Target.section("risks")),
            new Reference("objectives[].riskIds[]", Target.section("risks")),
            new Reference("objectives[].requirementIds[]", Target.section("legalRequirements")),
            new Reference("objectives[].metricId", Target.section("metrics")),
            new Reference("ismsChanges[].responsible", PERSON),
            new Reference("roles[].conflictsWith[]", Target.section("roles")),
            new Reference("accounts[].personId", PERSON),
            new Reference("accounts[].systemId", ASSET),
            new Reference("accounts[].approvedBy", PERSON),
            new Reference("authenticationSettings[].systemId", ASSET),
            new Reference("remoteAccess[].systemId", ASSET),
            new Reference("suppliers[].assetIds[]", ASSET),
            new Reference("agreements[].supplierId", Target.section("suppliers")),
            new Reference("vulnerabilities[].assetId", ASSET),
            new Reference("backups[].assetId", ASSET),
            new Reference("businessProcesses[].owner", PERSON),
            new Reference("continuityPlans[].processIds[]", Target.section("businessProcesses")),
            new Reference("continuityPlans[].owner", PERSON),
            new Reference("trainingRecords[].personId", PERSON),
            new Reference("trainingRecords[].courseId", Target.section("trainingCourses")),
            new Reference("metrics[].controlIds[]", CONTROL),
            new Reference("measurements[].metricId", Target.section("metrics")),
            new Reference("legalRequirements[].owner", PERSON),
            new Reference("processingActivities[].legalRequirementIds[]", Target.section("legalRequirements")),
            new Reference("changes[].systemId", ASSET),
            new Reference("changes[].requestedBy", PERSON),
            new Reference("changes[].approvedBy", PERSON),
            new Reference("changes[].implementedBy", PERSON),
            new Reference("areas[].owner", PERSON),
            new Reference("auditProgramme.documentId", DOCUMENT),
            new Reference("auditProgramme.approvedBy", PERSON),
            new Reference("auditProgramme.areas[].areaId", Target.section("areas")),
            new Reference("internalAudits[].auditor", PERSON),
            new Reference("internalAudits[].areaIds[]", Target.section("areas")),
            new Reference("internalAudits[].findings[].areaId", Target.section("areas")),
            new Reference("internalAudits[].findings[].actionId", Target.section("actions")),
            new Reference("managementReviews[].chairedBy", PERSON),
            new Reference("managementReviews[].attendees[]", PERSON),
            new Reference("managementReviews[].minutesDocumentId", DOCUMENT),
            new Reference("actions[].owner", PERSON),
            new Reference("actions[].riskIds[]", Target.section("risks")),
            new Reference("improvements[].owner", PERSON),
            new Reference("decisions[].decidedBy", PERSON),
            new Reference("resources[].approvedBy", PERSON),
            new Reference("activities[].performedBy", PERSON),
            new Reference("activities[].reportedTo", PERSON),
            new Reference("activities[].controlIds[]", CONTROL),
            new Reference("documents[].controlIds[]", CONTROL),
            new Reference("incidents[].reportedTo", PERSON),
            new Reference("communicationPlan[].owner", PERSON),
            new Reference("metrics[].measuredBy", PERSON),
            new Reference("internalAudits[].reportedTo", PERSON),
            new Reference("actions[].ismsChangeIds[]", Target.section("changes", "documents")));

    private References() {
    }
}

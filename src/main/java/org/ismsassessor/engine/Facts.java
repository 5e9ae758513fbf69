package org.ismsassessor.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Control;
import org.ismsassessor.catalogue.Evidence;
import java.time.Period;
import org.ismsassessor.snapshot.ActivityKind;
import org.ismsassessor.snapshot.DocumentType;
import org.ismsassessor.snapshot.Activity;
import org.ismsassessor.snapshot.BusinessProcess;
import org.ismsassessor.snapshot.Scope;
import org.ismsassessor.snapshot.CorrectiveAction;
import org.ismsassessor.snapshot.Supplier;
import org.ismsassessor.snapshot.Risk;
import org.ismsassessor.snapshot.Snapshot;
import org.ismsassessor.snapshot.TreatmentPlanItem;

/**
 * Turns a snapshot into the facts a session works on: every entity as its own fact (rules join them on
 * ids), each SoA entry, one {@link Section} per top-level collection, the catalogue's controls and
 * characteristics, the assessment date and the intervals in force.
 */
final class Facts {
    private Facts() {
    }

    static List<Object> of(Snapshot s, Catalogue catalogue, LocalDate date, IntervalSettings intervals) {
        List<Object> facts = new ArrayList<>();
        facts.add(new AssessmentDate(date));
        facts.addAll(intervals.all());
        facts.addAll(intervals.beyondBounds());
        for (Control control : catalogue.controls()) {
            facts.add(new AnnexControl(control.id(), control.domain(), control.expectedWhen()));
            evidenceExpected(control, s, date, intervals).ifPresent(facts::add);
        }
        for (String name : catalogue.characteristics().keySet()) {
            Boolean value = s.organization() == null ? null : s.organization().characteristics().get(name);
            facts.add(new Characteristic(name, value));
        }
        single(facts, "organization", s.organization(), s);
        single(facts, "scope", s.scope(), s);
        single(facts, "policy", s.policy(), s);
        single(facts, "riskMethodology", s.riskMethodology(), s);
        single(facts, "statementOfApplicability", s.statementOfApplicability(), s);
        single(facts, "auditProgramme", s.auditProgramme(), s);
        if (s.statementOfApplicability() != null) {
            facts.addAll(s.statementOfApplicability().entries());
        }
        many(facts, "objectives", s.objectives());
        many(facts, "documents", s.documents());
        many(facts, "recordTypes", s.recordTypes());
        many(facts, "assets", s.assets());
        many(facts, "risks", s.risks());
        many(facts, "treatmentPlan", s.treatmentPlan());
        many(facts, "people", s.people());
        many(facts, "roles", s.roles());
        many(facts, "accounts", s.accounts());
        many(facts, "authenticationSettings", s.authenticationSettings());
        many(facts, "remoteAccess", s.remoteAccess());
        many(facts, "suppliers", s.suppliers());
        many(facts, "agreements", s.agreements());
        many(facts, "incidents", s.incidents());
        many(facts, "vulnerabilities", s.vulnerabilities());
        many(facts, "backups", s.backups());
        many(facts, "businessProcesses", s.businessProcesses());
        many(facts, "continuityPlans", s.continuityPlans());
        many(facts, "trainingCourses", s.trainingCourses());
        many(facts, "trainingRecords", s.trainingRecords());
        many(facts, "metrics", s.metrics());
        many(facts, "measurements", s.measurements());
        many(facts, "legalRequirements", s.legalRequirements());
        many(facts, "processingActivities", s.processingActivities());
        many(facts, "secureAreas", s.secureAreas());
        many(facts, "changes", s.changes());
        many(facts, "areas", s.areas());
        many(facts, "internalAudits", s.internalAudits());
        many(facts, "managementReviews", s.managementReviews());
        many(facts, "actions", s.actions());
        many(facts, "improvements", s.improvements());
        many(facts, "decisions", s.decisions());
        many(facts, "resources", s.resources());
        many(facts, "activities", s.activities());
        many(facts, "sites", s.sites());
        // Format 1.2 (2022 clauses 4.1, 4.2 and 6.3); the 2005 rules never read them.
        many(facts, "issues", s.issues());
        many(facts, "interestedParties", s.interestedParties());
        many(facts, "ismsChanges", s.ismsChanges());
        many(facts, "communicationPlan", s.communicationPlan());
        // Ids held in lists, as facts of their own, so that rules look them up by id (see Listed).
        listed(facts, Listed.RISK_ASSETS, s.risks(), Risk::id, Risk::assetIds);
        listed(facts, Listed.PLAN_RISKS, s.treatmentPlan(), TreatmentPlanItem::id, TreatmentPlanItem::riskIds);
        listed(facts, Listed.PLAN_SOURCES, s.treatmentPlan(), TreatmentPlanItem::id, TreatmentPlanItem::sourceIds);
        listed(facts, Listed.ACTIVITY_SUBJECTS, s.activities(), Activity::id, Activity::subjectIds);
        listed(facts, Listed.SUPPLIER_ASSETS, s.suppliers(), Supplier::id, Supplier::assetIds);
        listed(facts, Listed.ACTION_RISKS, s.actions(), CorrectiveAction::id, CorrectiveAction::riskIds);
        listed(facts, Listed.PROCESS_ASSETS, s.businessProcesses(), BusinessProcess::id, BusinessProcess::assetIds);
        List<Scope.Exclusion> exclusions = s.scope() == null ? null : s.scope().exclusions();
        listed(facts, Listed.EXCLUDED_SITES, exclusions, Scope.Exclusion::id, Scope.Exclusion::siteIds);
        listed(facts, Listed.EXCLUDED_ASSETS, exclusions, Scope.Exclusion::id, Scope.Exclusion::assetIds);
        listed(facts, Listed.EXCLUDED_PROCESSES, exclusions, Scope.Exclusion::id, Scope.Exclusion::processIds);
        return facts;
    }

    // The evidence table's row for a control judged by a dated record or a document, with its latest linked record.
    private static java.util.Optional<EvidenceExpected> evidenceExpected(Control control, Snapshot s, LocalDate date,
            IntervalSettings intervals) {
        Evidence evidence = control.evidence();
        if (evidence.byDocument()) {
            return java.util.Optional.of(new EvidenceExpected(control.id(), null,
                    DocumentType.valueOf(constant(evidence.documentType())), null, null, null, null));
        }
        if (!evidence.byRecord()) {
            return java.util.Optional.empty();
        }
        ActivityKind kind = ActivityKind.valueOf(constant(evidence.record()));
        String topicName = evidence.interval();
        Period within = topicName == null ? Period.ofMonths(evidence.months())
                : intervals.get(IntervalTopic.byKey(topicName).orElseThrow(
                        () -> new IllegalStateException("Control " + control.id() + ": unknown interval " + topicName))).period();
        Activity latest = null;
        for (Activity a : s.activities() == null ? List.<Activity>of() : s.activities()) {
            boolean counts = a.kind() == kind && a.controlIds().contains(control.id()) && a.performedOn() != null
                    && !Dates.never(a.performedOn()) && !a.performedOn().isAfter(date);
            // the latest record; on the same day the smaller id, so the finding names the same record every run
            if (counts && (latest == null || a.performedOn().isAfter(latest.performedOn())
                    || a.performedOn().equals(latest.performedOn()) && a.id() != null && latest.id() != null
                    && a.id().compareTo(latest.id()) < 0)) {
                latest = a;
            }
        }
        return java.util.Optional.of(new EvidenceExpected(control.id(), kind, null, within, topicName,
                latest == null ? null : latest.id(), latest == null ? null : latest.performedOn()));
    }

    private static String constant(String kebab) {
        return kebab.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    private static <T> void listed(List<Object> facts, String list, List<T> owners, Function<T, String> idOf,
            Function<T, List<String>> idsOf) {
        if (owners == null) {
            return;
        }
        for (T owner : owners) {
            // A list naming an id twice is one mention: the rules ask whether any entity names it.
            idsOf.apply(owner).stream().distinct().forEach(id -> facts.add(new Listed(list, idOf.apply(owner), id)));
        }
    }

    /**
     * A single section's fact: provided with one entry, absent (not provided), or stated not to exist (format 1.1
     * {@code {"exists": false}}): provided, with no entry.
     */
    private static void single(List<Object> facts, String name, Object value, Snapshot s) {
        facts.add(new Section(name, value != null || s.notExisting().contains(name), value == null ? 0 : 1));
        if (value != null) {
            facts.add(value);
        }
    }

    private static void many(List<Object> facts, String name, List<?> values) {
        facts.add(new Section(name, values != null, values == null ? 0 : values.size()));
        if (values != null) {
            facts.addAll(values);
        }
    }

}

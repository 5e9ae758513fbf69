package org.ismsassessor.generate;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.ismsassessor.catalogue.Control;
import org.ismsassessor.catalogue.Evidence;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.engine.IntervalTopic;
import tools.jackson.core.JsonGenerator;

/**
 * The generated organization's document register and log of ISMS activities: the documents and recurring activities
 * an ISMS keeps, and what evidences each control its Statement of Applicability declares implemented or partial, as
 * the catalogue's evidence table says (a dated record of the row's kind within its interval, or an issued document of
 * its type naming the control). About one such control in twenty is left without it, chosen by the seeded random, so
 * that an assessment still raises some "declared, not evidenced" gaps, as it would for a real organization.
 */
final class EvidenceRecords {
    /** One control in this many is left without its record or document. */
    static final int LEFT_WITHOUT_ONE_IN = 20;

    // The documents an ISMS keeps beside those of its controls (4.3.1, 4.3.2, 6, 8, A.8.2.3, A.13.2.1).
    private record IsmsDocument(String type, String title) {}

    private static final List<IsmsDocument> ISMS_DOCUMENTS = List.of(
            new IsmsDocument("policy", "Information Security Policy"),
            new IsmsDocument("objectives", "Information Security Objectives"),
            new IsmsDocument("scope", "ISMS Scope"),
            new IsmsDocument("risk-methodology", "Risk Assessment Methodology"),
            new IsmsDocument("risk-assessment-report", "Risk Assessment Report"),
            new IsmsDocument("risk-treatment-plan", "Risk Treatment Plan"),
            new IsmsDocument("statement-of-applicability", "Statement of Applicability"),
            new IsmsDocument("procedure", "Joiner, Mover and Leaver Procedure"),
            new IsmsDocument("measurement-procedure", "Measuring Control Effectiveness"),
            new IsmsDocument("document-control-procedure", "Document and Record Control Procedure"),
            new IsmsDocument("record-register", "Register of ISMS Records"),
            new IsmsDocument("audit-procedure", "Internal Audit Procedure"),
            new IsmsDocument("audit-programme", "Internal Audit Programme"),
            new IsmsDocument("corrective-action-procedure", "Corrective Action Procedure"),
            new IsmsDocument("preventive-action-procedure", "Preventive Action Procedure"),
            new IsmsDocument("incident-procedure", "Security Incident Procedure"),
            new IsmsDocument("monitoring-procedure", "Logging and Monitoring Procedure"),
            new IsmsDocument("disciplinary-process", "Disciplinary Process"));

    /** The register of records (a document above): the record each activity of the ISMS process names. */
    private static final String RECORD_REGISTER = "DOC-10";

    // The recurring activities of clauses 4.2.3, 5.1.d, A.6.1.8 and A.15.2, each done on a fixed day before today,
    // within its default interval; subjectId is what the activity follows from, where a rule asks for it.
    private record IsmsActivity(String kind, String description, int daysAgo, String subjectId) {}

    private static final List<IsmsActivity> ISMS_ACTIVITIES = List.of(
            new IsmsActivity("monitoring", "Quarterly review of security events and alerts", 40, null),
            new IsmsActivity("delegated-activity-report", "Monthly security report to management", 20, null),
            new IsmsActivity("effectiveness-review", "Review of control effectiveness measurements", 130, null),
            new IsmsActivity("risk-assessment-review", "Annual review of the risk assessment", 60, null),
            new IsmsActivity("independent-review", "Independent review of information security", 300, null),
            new IsmsActivity("compliance-check", "Managers' check of compliance with the security policies", 90, null),
            new IsmsActivity("technical-compliance-check", "Annual penetration test of the external systems", 75, null),
            new IsmsActivity("communication", "Management message on the importance of information security", 150, null),
            // ACT-3: the risk assessment review above
            new IsmsActivity("security-plan-update", "Treatment plan updated after the risk assessment review", 55, "ACT-3"),
            new IsmsActivity("isms-event-log", "ISMS event log maintained", 10, null));

    /** The kinds of the activities of the ISMS process (4.3.3), whose records are named. */
    private static final Set<String> ISMS_PROCESS = Set.of("monitoring", "delegated-activity-report",
            "effectiveness-review", "risk-assessment-review", "security-plan-update", "isms-event-log");

    private final LocalDate today;
    private final IntervalSettings intervals = IntervalSettings.defaults();

    EvidenceRecords(LocalDate today) {
        this.today = today;
    }

    /**
     * Writes {@code documents} and {@code activities}. {@code declared} are the controls the SoA declares implemented
     * or partial, in the catalogue's order; {@code staff} the people who have not left, who perform and approve.
     */
    void write(JsonGenerator json, SplittableRandom random, List<Control> declared, List<String> staff) {
        List<Control> evidenced = declared.stream()
                .filter(c -> c.evidence().byRecord() || c.evidence().byDocument()).toList();
        Set<String> leftWithout = leftWithout(random, evidenced);
        String approver = staff.get(0);
        json.writeName("documents");
        json.writeStartArray();
        int id = 0;
        for (IsmsDocument document : ISMS_DOCUMENTS) {
            document(json, random, "DOC-" + id++, document.type(), document.title(), null, approver);
        }
        for (Control control : evidenced) {
            if (control.evidence().byDocument() && !leftWithout.contains(control.id())) {
                document(json, random, "DOC-" + id++, control.evidence().documentType(), control.title(), control.id(),
                        approver);
            }
        }
        json.writeEndArray();
        json.writeName("activities");
        json.writeStartArray();
        id = 0;
        for (IsmsActivity activity : ISMS_ACTIVITIES) {
            json.writeStartObject();
            json.writeStringProperty("id", "ACT-" + id++);
            json.writeStringProperty("kind", activity.kind());
            json.writeStringProperty("description", activity.description());
            json.writeStringProperty("performedOn", today.minusDays(activity.daysAgo()).toString());
            json.writeStringProperty("performedBy", staff.get(random.nextInt(staff.size())));
            if (activity.subjectId() != null) {
                json.writeName("subjectIds");
                json.writeStartArray();
                json.writeString(activity.subjectId());
                json.writeEndArray();
            }
            json.writeStringProperty("reportedTo", approver);
            json.writeStringProperty("outcome", "Done; results reported to management");
            if (ISMS_PROCESS.contains(activity.kind())) {
                json.writeStringProperty("recordId", RECORD_REGISTER);
            }
            json.writeEndObject();
        }
        for (Control control : evidenced) {
            if (control.evidence().byRecord() && !leftWithout.contains(control.id())) {
                record(json, random, "ACT-" + id++, control, staff);
            }
        }
        json.writeEndArray();
    }

    // Exactly one in LEFT_WITHOUT_ONE_IN (at least one), drawn without replacement by the seeded random.
    private static Set<String> leftWithout(SplittableRandom random, List<Control> evidenced) {
        List<String> pool = new ArrayList<>(evidenced.stream().map(Control::id).toList());
        int count = evidenced.isEmpty() ? 0 : Math.max(1, Math.round(evidenced.size() / (float) LEFT_WITHOUT_ONE_IN));
        Set<String> chosen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    // A record of the control operating (of its row's kind), on a day within its interval before today.
    private void record(JsonGenerator json, SplittableRandom random, String id, Control control, List<String> staff) {
        Evidence evidence = control.evidence();
        Period within = evidence.interval() == null ? Period.ofMonths(evidence.months())
                : intervals.get(IntervalTopic.byKey(evidence.interval()).orElseThrow(() -> new IllegalStateException(
                        "Control " + control.id() + ": unknown interval " + evidence.interval()))).period();
        long days = ChronoUnit.DAYS.between(today.minus(within), today);
        LocalDate performed = today.minusDays(random.nextLong(1, days));
        json.writeStartObject();
        json.writeStringProperty("id", id);
        json.writeStringProperty("kind", evidence.record());
        json.writeStringProperty("description", switch (evidence.record()) {
            case "control-test" -> "Test of " + control.id() + " (" + control.title() + ")";
            case "log-review" -> "Review of the logs of " + control.id() + " (" + control.title() + ")";
            default -> control.id() + " (" + control.title() + ") operated";
        });
        json.writeStringProperty("performedOn", performed.toString());
        json.writeStringProperty("performedBy", staff.get(random.nextInt(staff.size())));
        json.writeStringProperty("outcome", random.nextInt(10) == 0 ? "Operated; one exception followed up"
                : "Operated as documented");
        json.writeName("controlIds");
        json.writeStartArray();
        json.writeString(control.id());
        json.writeEndArray();
        json.writeEndObject();
    }

    // An issued, approved, reviewed document; the documentation requirement of controlId when it is not null.
    private void document(JsonGenerator json, SplittableRandom random, String id, String type, String title,
            String controlId, String approver) {
        LocalDate approved = today.minusDays(random.nextInt(20, 330));
        json.writeStartObject();
        json.writeStringProperty("id", id);
        json.writeStringProperty("title", title);
        json.writeStringProperty("type", type);
        json.writeStringProperty("version", "1.0");
        json.writeStringProperty("status", "issued");
        json.writeStringProperty("classification", "internal");
        json.writeStringProperty("approvedBy", approver);
        json.writeStringProperty("approvedOn", approved.toString());
        json.writeStringProperty("issuedOn", approved.plusDays(1).toString());
        json.writeNumberProperty("reviewIntervalMonths", 12);
        json.writeStringProperty("lastReviewedOn", approved.toString());
        json.writeStringProperty("lastChangedOn", approved.minusDays(5).toString());
        json.writeName("revisions");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringProperty("version", "1.0");
        json.writeStringProperty("date", approved.toString());
        json.writeStringProperty("description", "Issued for the ISMS");
        json.writeStringProperty("approvedBy", approver);
        json.writeEndObject();
        json.writeEndArray();
        json.writeStringProperty("location", "Intranet, ISMS library");
        json.writeName("distribution");
        json.writeStartArray();
        json.writeString("all staff");
        json.writeEndArray();
        json.writeBooleanProperty("published", true);
        if (controlId != null) {
            json.writeName("controlIds");
            json.writeStartArray();
            json.writeString(controlId);
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}

package org.ismsassessor.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Control;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a realistic snapshot of an organization of a given size: people, accounts, assets, risks and their
 * treatment plan, vulnerabilities, training, changes, incidents with the corrective and preventive actions that
 * follow them, an SoA, a document register and the ISMS's activities with the records that evidence its implemented
 * controls ({@code EvidenceRecords}), with a realistic share of lapses (a few
 * percent of leavers with enabled accounts, overdue vulnerabilities, missing trainings ...). Streams the JSON,
 * so a million facts need little memory. The same size and seed always give the same bytes.
 */
public final class SnapshotGenerator {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String[] SEVERITIES = {"low", "medium", "high", "critical"};
    private static final String[] THREATS = {"Ransomware", "Phishing", "Insider misuse", "Data loss", "Service outage",
        "Supplier breach", "Misconfiguration", "Theft of equipment"};

    private final Catalogue catalogue;

    public SnapshotGenerator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void write(SnapshotSize size, long seed, OutputStream out) {
        SplittableRandom random = new SplittableRandom(seed);
        int people = size.people();
        int assets = people * 2;
        try (JsonGenerator json = JsonMapper.shared().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("formatVersion", "1.1"); // activities[].controlIds and documents[].controlIds
            json.writeStringProperty("edition", catalogue.edition().id());
            json.writeStringProperty("name", "Generated " + size.name().toLowerCase() + " snapshot (seed " + seed + ")");
            organization(json);
            policy(json);
            methodology(json);
            json.writeName("people");
            json.writeStartArray();
            // The people who have not left: they perform the activities and approve the documents.
            List<String> staff = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                if (!person(json, random, i)) {
                    staff.add(person(i));
                }
            }
            json.writeEndArray();
            json.writeName("assets");
            json.writeStartArray();
            for (int i = 0; i < assets; i++) {
                asset(json, random, i, people);
            }
            json.writeEndArray();
            json.writeName("accounts");
            json.writeStartArray();
            for (int i = 0; i < people * 3; i++) {
                account(json, random, i, people, assets);
            }
            json.writeEndArray();
            json.writeName("risks");
            json.writeStartArray();
            // Risks treated by controls (id, control), for the treatment plan written last.
            List<String[]> treated = new ArrayList<>();
            for (int i = 0; i < Math.max(10, people / 10); i++) {
                String control = risk(json, random, i, people, assets);
                if (control != null) {
                    treated.add(new String[] {"R-" + i, control});
                }
            }
            json.writeEndArray();
            json.writeName("vulnerabilities");
            json.writeStartArray();
            for (int i = 0; i < people / 2; i++) {
                vulnerability(json, random, i, assets);
            }
            json.writeEndArray();
            trainings(json, random, people);
            json.writeName("changes");
            json.writeStartArray();
            for (int i = 0; i < people / 2; i++) {
                change(json, random, i, people, assets);
            }
            json.writeEndArray();
            List<Control> declared = soa(json, random);
            // Written last, from a random of their own, so that the sections above are the same as before they were
            // added: the treatment plan, incidents and the actions following them, which exercise the rules that
            // join entities through lists of ids (risks named by plan items and actions, incidents as sources).
            SplittableRandom later = new SplittableRandom(seed * 31 + 7);
            treatmentPlan(json, later, treated, people);
            incidentsAndActions(json, later, people, treated);
            // Written after them, from a random of its own, for the same reason.
            new EvidenceRecords(TODAY).write(json, new SplittableRandom(seed * 31 + 11), declared, staff);
            json.writeEndObject();
        } catch (tools.jackson.core.JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    private static String person(int i) {
        return "P-" + i;
    }

    private static String asset(int i) {
        return "AST-" + i;
    }

    private static String date(SplittableRandom random, int maxDaysAgo) {
        return TODAY.minusDays(random.nextInt(1, maxDaysAgo + 1)).toString();
    }

    private void organization(JsonGenerator json) {
        json.writeName("organization");
        json.writeStartObject();
        json.writeStringProperty("id", "ORG-GEN");
        json.writeStringProperty("name", "Generated Organization");
        json.writeStringProperty("ismsOwner", person(0));
        json.writeName("characteristics");
        json.writeStartObject();
        int index = 0;
        for (String characteristic : catalogue.characteristics().keySet()) {
            json.writeBooleanProperty(characteristic, index++ % 3 != 0);
        }
        json.writeEndObject();
        json.writeName("classificationScheme");
        json.writeStartArray();
        for (String level : new String[] {"public", "internal", "confidential"}) {
            json.writeString(level);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void policy(JsonGenerator json) {
        json.writeName("policy");
        json.writeStartObject();
        json.writeStringProperty("id", "POL-GEN");
        json.writeBooleanProperty("setsObjectivesFramework", true);
        json.writeBooleanProperty("considersRequirements", true);
        json.writeBooleanProperty("alignedWithRiskContext", true);
        json.writeBooleanProperty("definesRiskCriteria", true);
        json.writeStringProperty("approvedBy", person(0));
        json.writeStringProperty("approvedOn", "2026-02-01");
        json.writeEndObject();
    }

    private static void methodology(JsonGenerator json) {
        json.writeName("riskMethodology");
        json.writeStartObject();
        json.writeStringProperty("id", "RM-GEN");
        json.writeBooleanProperty("addressesRequirements", true);
        json.writeName("impactScale");
        json.writeStartObject();
        json.writeNumberProperty("min", 1);
        json.writeNumberProperty("max", 5);
        json.writeEndObject();
        json.writeName("likelihoodScale");
        json.writeStartObject();
        json.writeNumberProperty("min", 1);
        json.writeNumberProperty("max", 5);
        json.writeEndObject();
        json.writeStringProperty("levelFormula", "product");
        json.writeStringProperty("acceptanceCriteria", "Levels up to 8 are accepted by the risk owner");
        json.writeNumberProperty("acceptanceThreshold", 8);
        json.writeEndObject();
    }

    /** Writes a person; returns true when they have left. */
    private static boolean person(JsonGenerator json, SplittableRandom random, int i) {
        json.writeStartObject();
        json.writeStringProperty("id", person(i));
        json.writeStringProperty("name", "Person " + i);
        json.writeStringProperty("employment", random.nextInt(10) == 0 ? "contractor" : "employee");
        json.writeBooleanProperty("management", i < 3);
        String started = date(random, 3000);
        json.writeStringProperty("startedOn", started);
        if (random.nextInt(100) < 97) {
            json.writeStringProperty("screenedOn", started);
        }
        json.writeStringProperty("termsSignedOn", started);
        if (random.nextInt(100) < 95) {
            json.writeStringProperty("confidentialityAgreementSignedOn", started);
        }
        boolean leaves = i >= 3 && random.nextInt(100) < 8;
        if (leaves) {
            String left = date(random, 400);
            json.writeStringProperty("leftOn", left.compareTo(started) < 0 ? started : left); // never before starting
        }
        json.writeEndObject();
        return leaves;
    }

    private static void asset(JsonGenerator json, SplittableRandom random, int i, int people) {
        json.writeStartObject();
        json.writeStringProperty("id", asset(i));
        json.writeStringProperty("name", "Asset " + i);
        String[] types = {"information", "server", "endpoint", "software", "service"};
        String type = types[random.nextInt(types.length)];
        json.writeStringProperty("type", type);
        if (random.nextInt(100) < 98) {
            json.writeStringProperty("owner", person(random.nextInt(people)));
        }
        json.writeStringProperty("classification", "internal");
        json.writeBooleanProperty("inScope", true);
        json.writeBooleanProperty("critical", random.nextInt(20) == 0);
        if (!type.equals("information")) {
            json.writeBooleanProperty("malwareProtection", random.nextInt(100) < 97);
            json.writeBooleanProperty("loggingEnabled", random.nextInt(100) < 95);
        }
        json.writeEndObject();
    }

    private static void account(JsonGenerator json, SplittableRandom random, int i, int people, int assets) {
        json.writeStartObject();
        json.writeStringProperty("id", "ACC-" + i);
        json.writeStringProperty("personId", person(random.nextInt(people)));
        json.writeStringProperty("systemId", asset(random.nextInt(assets)));
        boolean privileged = random.nextInt(10) == 0;
        json.writeBooleanProperty("privileged", privileged);
        json.writeBooleanProperty("enabled", random.nextInt(100) < 90);
        if (!privileged || random.nextInt(100) < 95) {
            json.writeStringProperty("approvedBy", person(random.nextInt(3)));
        }
        json.writeStringProperty("lastReviewedOn", date(random, 420));
        json.writeEndObject();
    }

    /** Writes a risk; returns the control applied to it, or null when it is not treated by controls. */
    private String risk(JsonGenerator json, SplittableRandom random, int i, int people, int assets) {
        String control = null;
        int impact = random.nextInt(1, 6);
        int likelihood = random.nextInt(1, 6);
        json.writeStartObject();
        json.writeStringProperty("id", "R-" + i);
        json.writeName("assetIds");
        json.writeStartArray();
        json.writeString(asset(random.nextInt(assets)));
        json.writeEndArray();
        json.writeStringProperty("threat", THREATS[random.nextInt(THREATS.length)]);
        json.writeStringProperty("vulnerability", "Weakness " + i);
        json.writeName("affects");
        json.writeStartArray();
        json.writeString("availability");
        json.writeEndArray();
        json.writeStringProperty("impactDescription", "Loss of service or data");
        json.writeNumberProperty("impact", impact);
        json.writeNumberProperty("likelihood", likelihood);
        // About one risk in fifty carries a level that does not follow the formula.
        json.writeNumberProperty("level", random.nextInt(50) == 0 ? impact * likelihood + 1 : impact * likelihood);
        if (impact * likelihood > 8) {
            json.writeStringProperty("treatment", "apply-controls");
            json.writeName("controls");
            json.writeStartArray();
            control = catalogue.controls().get(random.nextInt(catalogue.controls().size())).id();
            json.writeString(control);
            json.writeEndArray();
            json.writeNumberProperty("residualLevel", 4);
            json.writeStringProperty("residualApprovedBy", person(0));
        }
        json.writeStringProperty("owner", person(random.nextInt(people)));
        json.writeEndObject();
        return control;
    }

    /** One plan item per risk treated by controls, but for a few forgotten; most done, some late. */
    private static void treatmentPlan(JsonGenerator json, SplittableRandom random, List<String[]> treated, int people) {
        json.writeName("treatmentPlan");
        json.writeStartArray();
        int item = 0;
        for (String[] risk : treated) {
            if (random.nextInt(100) >= 96) {
                continue;
            }
            json.writeStartObject();
            json.writeStringProperty("id", "TP-" + item++);
            json.writeName("riskIds");
            json.writeStartArray();
            json.writeString(risk[0]);
            json.writeEndArray();
            json.writeName("controlIds");
            json.writeStartArray();
            json.writeString(risk[1]);
            json.writeEndArray();
            json.writeStringProperty("action", "Implement " + risk[1] + " against " + risk[0]);
            json.writeStringProperty("owner", person(random.nextInt(people)));
            json.writeStringProperty("resources", "Security team, 5 days");
            json.writeStringProperty("priority", random.nextBoolean() ? "high" : "medium");
            boolean done = random.nextInt(100) < 70;
            if (done) {
                String completed = date(random, 300);
                json.writeStringProperty("dueOn", completed);
                json.writeStringProperty("status", "done");
                json.writeStringProperty("completedOn", completed);
            } else {
                // About one open item in ten is past its due date.
                boolean late = random.nextInt(10) == 0;
                json.writeStringProperty("dueOn", late ? date(random, 60) : TODAY.plusDays(random.nextInt(1, 180)).toString());
                json.writeStringProperty("status", "in-progress");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * One incident per 25 people, nearly all closed; most serious ones followed by a corrective action naming them;
     * a preventive action for one treated risk in ten (and the first).
     */
    private static void incidentsAndActions(JsonGenerator json, SplittableRandom random, int people, List<String[]> treated) {
        int incidents = Math.max(4, people / 25);
        List<String> serious = new ArrayList<>();
        json.writeName("incidents");
        json.writeStartArray();
        for (int i = 0; i < incidents; i++) {
            String severity = SEVERITIES[random.nextInt(SEVERITIES.length)];
            String detected = date(random, 300);
            boolean closed = random.nextInt(100) < 92;
            json.writeStartObject();
            json.writeStringProperty("id", "INC-" + i);
            json.writeStringProperty("title", THREATS[random.nextInt(THREATS.length)] + " event " + i);
            json.writeStringProperty("severity", severity);
            json.writeBooleanProperty("significant", severity.equals("critical"));
            json.writeStringProperty("detectedBy", random.nextBoolean() ? "monitoring" : "user-report");
            json.writeStringProperty("detectedAt", detected + "T09:15:00Z");
            json.writeStringProperty("reportedAt", detected + "T10:05:00Z");
            json.writeStringProperty("response", "Contained, investigated and resolved");
            json.writeStringProperty("status", closed ? "closed" : "open");
            if (closed) {
                json.writeStringProperty("closedOn", detected);
                json.writeStringProperty("lessonsLearned", "Runbook updated");
                json.writeBooleanProperty("resolutionEvaluated", true);
                if (!severity.equals("low") && !severity.equals("medium")) {
                    serious.add("INC-" + i);
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("actions");
        json.writeStartArray();
        int action = 0;
        for (String incident : serious) {
            if (random.nextInt(100) < 85) {
                action(json, random, "CA-" + action++, "corrective", incident, null, people);
            }
        }
        for (int i = 0; i < treated.size(); i++) {
            // The first treated risk always has one: an organization with none at all is a major finding (8.3).
            if (random.nextInt(10) == 0 || i == 0) {
                action(json, random, "CA-" + action++, "preventive", null, treated.get(i)[0], people);
            }
        }
        json.writeEndArray();
    }

    private static void action(JsonGenerator json, SplittableRandom random, String id, String type, String incident,
            String risk, int people) {
        String raised = date(random, 200);
        json.writeStartObject();
        json.writeStringProperty("id", id);
        json.writeStringProperty("type", type);
        if (incident != null) {
            json.writeStringProperty("source", "incident");
            json.writeStringProperty("sourceId", incident);
            json.writeStringProperty("nonconformity", "Incident " + incident + " showed a missing safeguard");
        } else {
            json.writeStringProperty("source", "risk-assessment");
            json.writeStringProperty("nonconformity", "Risk " + risk + " could materialize");
        }
        json.writeStringProperty("raisedOn", raised);
        json.writeStringProperty("rootCause", "Safeguard not in place");
        json.writeStringProperty("evaluation", "Action needed: the cause could recur");
        json.writeStringProperty("action", "Put the safeguard in place");
        json.writeStringProperty("owner", person(random.nextInt(people)));
        json.writeStringProperty("dueOn", raised);
        json.writeStringProperty("status", "done");
        json.writeStringProperty("closedOn", raised);
        json.writeStringProperty("result", "Safeguard in place and tested");
        json.writeStringProperty("reviewedOn", raised);
        json.writeBooleanProperty("effective", true);
        json.writeStringProperty("priority", "high");
        if (risk != null) {
            json.writeName("riskIds");
            json.writeStartArray();
            json.writeString(risk);
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void vulnerability(JsonGenerator json, SplittableRandom random, int i, int assets) {
        json.writeStartObject();
        json.writeStringProperty("id", "VUL-" + i);
        json.writeStringProperty("assetId", asset(random.nextInt(assets)));
        json.writeStringProperty("severity", SEVERITIES[random.nextInt(SEVERITIES.length)]);
        String discovered = date(random, 200);
        json.writeStringProperty("discoveredOn", discovered);
        boolean open = random.nextInt(100) < 30;
        json.writeStringProperty("status", open ? "open" : "remediated");
        if (!open) {
            String remediated = date(random, 10);
            json.writeStringProperty("remediatedOn", remediated.compareTo(discovered) < 0 ? discovered : remediated);
        }
        json.writeEndObject();
    }

    private static void trainings(JsonGenerator json, SplittableRandom random, int people) {
        json.writeName("trainingCourses");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringProperty("id", "TC-AWARE");
        json.writeStringProperty("title", "Security awareness");
        json.writeBooleanProperty("awareness", true);
        json.writeNumberProperty("intervalMonths", 12);
        json.writeEndObject();
        json.writeEndArray();
        json.writeName("trainingRecords");
        json.writeStartArray();
        for (int i = 0; i < people; i++) {
            if (random.nextInt(100) < 96) {
                json.writeStartObject();
                json.writeStringProperty("id", "TR-" + i);
                json.writeStringProperty("personId", person(i));
                json.writeStringProperty("courseId", "TC-AWARE");
                json.writeStringProperty("completedOn", date(random, 400));
                json.writeStringProperty("evaluation", "Quiz passed");
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private static void change(JsonGenerator json, SplittableRandom random, int i, int people, int assets) {
        json.writeStartObject();
        json.writeStringProperty("id", "CHG-" + i);
        json.writeStringProperty("kind", random.nextBoolean() ? "operational" : "software");
        json.writeStringProperty("systemId", asset(random.nextInt(assets)));
        json.writeStringProperty("requestedBy", person(random.nextInt(people)));
        if (random.nextInt(100) < 97) {
            json.writeStringProperty("approvedBy", person(random.nextInt(3)));
            json.writeStringProperty("approvedOn", date(random, 300));
        }
        json.writeBooleanProperty("tested", random.nextInt(100) < 95);
        json.writeEndObject();
    }

    /** Writes the SoA; returns the controls it declares implemented, in the catalogue's order. */
    private List<Control> soa(JsonGenerator json, SplittableRandom random) {
        List<Control> implemented = new ArrayList<>();
        json.writeName("statementOfApplicability");
        json.writeStartObject();
        json.writeStringProperty("id", "SOA-GEN");
        json.writeName("entries");
        json.writeStartArray();
        for (Control control : catalogue.controls()) {
            json.writeStartObject();
            json.writeStringProperty("control", control.id());
            json.writeBooleanProperty("applicable", true);
            json.writeStringProperty("reason", "Risk assessment");
            boolean isImplemented = random.nextInt(100) < 90;
            json.writeStringProperty("status", isImplemented ? "implemented" : "planned");
            if (isImplemented) {
                implemented.add(control);
            }
            json.writeStringProperty("owner", person(0));
            json.writeStringProperty("effectivenessMeasure", "Quarterly control test");
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        return implemented;
    }
}

package org.ismsassessor.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shared vocabulary for describing an organization. Sections are named in plain words ("risks",
 * "SoA entries"); table columns are the snapshot's field names, so a scenario reads like the register
 * an auditor is shown. Cells: empty = absent, true/false, whole numbers, [a, b] lists, "quoted" strings.
 */
public final class SnapshotSteps {
    private static final Map<String, String> COLLECTIONS = Map.ofEntries(
            Map.entry("people", "people"),
            Map.entry("security roles", "roles"),
            Map.entry("objectives", "objectives"),
            Map.entry("documents", "documents"),
            Map.entry("record types", "recordTypes"),
            Map.entry("assets", "assets"),
            Map.entry("risks", "risks"),
            Map.entry("treatment plan items", "treatmentPlan"),
            Map.entry("SoA entries", "statementOfApplicability.entries"),
            Map.entry("accounts", "accounts"),
            Map.entry("authentication settings", "authenticationSettings"),
            Map.entry("remote access methods", "remoteAccess"),
            Map.entry("suppliers", "suppliers"),
            Map.entry("agreements", "agreements"),
            Map.entry("incidents", "incidents"),
            Map.entry("vulnerabilities", "vulnerabilities"),
            Map.entry("backups", "backups"),
            Map.entry("business processes", "businessProcesses"),
            Map.entry("continuity plans", "continuityPlans"),
            Map.entry("training courses", "trainingCourses"),
            Map.entry("training records", "trainingRecords"),
            Map.entry("metrics", "metrics"),
            Map.entry("measurements", "measurements"),
            Map.entry("legal requirements", "legalRequirements"),
            Map.entry("processing activities", "processingActivities"),
            Map.entry("secure areas", "secureAreas"),
            Map.entry("changes", "changes"),
            Map.entry("ISMS areas", "areas"),
            Map.entry("internal audits", "internalAudits"),
            Map.entry("management reviews", "managementReviews"),
            Map.entry("corrective and preventive actions", "actions"),
            Map.entry("improvements", "improvements"),
            Map.entry("management decisions", "decisions"),
            Map.entry("resource allocations", "resources"),
            Map.entry("activities", "activities"),
            Map.entry("sites", "sites"),
            Map.entry("communication plan entries", "communicationPlan"),
            Map.entry("scope exclusions", "scope.exclusions"),
            Map.entry("audit programme areas", "auditProgramme.areas"),
            // Format 1.2 (2022 clauses 4.1 and 6.3).
            Map.entry("issues", "issues"),
            Map.entry("ISMS changes", "ismsChanges"));

    private static final Map<String, String> SECTIONS = Map.of(
            "organization", "organization",
            "scope", "scope",
            "policy", "policy",
            "risk methodology", "riskMethodology",
            "statement of applicability", "statementOfApplicability",
            "audit programme", "auditProgramme",
            "access policy", "organization.accessPolicy");

    private final ScenarioState state;

    public SnapshotSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("an organization")
    public void anOrganization() {
        // The scenario state starts as a minimal valid snapshot of one organization.
    }

    @Given("the organization's characteristics are:")
    public void characteristics(DataTable table) {
        ObjectNode characteristics = object(state.snapshot, "organization.characteristics");
        for (List<String> row : table.asLists()) {
            characteristics.set(row.get(0), Cells.parse(row.get(1)));
        }
    }

    /** As an assessor's --intervals file does: an override that is not the organization's, so no bound applies. */
    @Given("the assessor's intervals file sets {word} to {word}")
    public void assessorInterval(String topic, String period) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("intervals", ".json");
        try {
            java.nio.file.Files.writeString(file, "{\"" + topic + "\": \"" + period + "\"}");
            java.util.List<org.ismsassessor.snapshot.InputError> errors = new java.util.ArrayList<>();
            state.intervals = state.intervals.overriddenBy(file, errors);
            if (!errors.isEmpty()) {
                throw new AssertionError("intervals override refused: " + errors);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Given("the organization's own interval for {word} is {word}")
    public void ownInterval(String topic, String period) {
        object(state.snapshot, "organization.intervals").put(topic, period);
    }

    @Given("the {section} is:")
    public void singleSection(String section, DataTable table) {
        ObjectNode node = object(state.snapshot, SECTIONS.get(section));
        for (List<String> row : table.asLists()) {
            Cells.put(node, row.get(0), row.get(1));
        }
    }

    @Given("these {collection}:")
    public void collection(String collection, DataTable table) {
        ArrayNode array = array(state.snapshot, COLLECTIONS.get(collection));
        for (Map<String, String> row : table.asMaps()) {
            ObjectNode entry = array.addObject();
            row.forEach((field, cell) -> Cells.put(entry, field, cell));
        }
    }

    /** Every characteristic of the catalogue stated, as false: a profile that decides every control's applicability. */
    @Given("the organization states that it has none of the characteristics")
    public void noCharacteristics() {
        ObjectNode characteristics = object(state.snapshot, "organization.characteristics");
        org.ismsassessor.catalogue.Catalogue.load(org.ismsassessor.catalogue.Edition.ISO27001_2005).characteristics()
                .keySet().forEach(name -> characteristics.put(name, false));
    }

    /** Format 1.1: the organization's statement that it has no such section, not an omission. */
    @Given("the snapshot states that the organization has no {word}")
    public void statedNotToExist(String section) {
        state.snapshot.putObject(section).put("exists", false);
    }

    /** A top-level section given verbatim, as JSON, for input that no table can express. */
    @Given("the snapshot gives {word} as {string}")
    public void givenAsJson(String section, String json) {
        state.snapshot.set(section, ScenarioState.JSON.readTree(json));
    }

    @Given("the snapshot lists no {collection}")
    public void noneOf(String collection) {
        array(state.snapshot, COLLECTIONS.get(collection)).removeAll();
    }

    @io.cucumber.java.ParameterType("people|security roles|objectives|documents|record types|assets|risks|treatment plan items|SoA entries|accounts|authentication settings|remote access methods|suppliers|agreements|incidents|vulnerabilities|backups|business processes|continuity plans|training courses|training records|metrics|measurements|legal requirements|processing activities|secure areas|changes|ISMS areas|internal audits|management reviews|corrective and preventive actions|improvements|management decisions|resource allocations|activities|sites|communication plan entries|scope exclusions|audit programme areas|issues|ISMS changes")
    public String collection(String words) {
        return words;
    }

    @io.cucumber.java.ParameterType("organization|scope|policy|risk methodology|statement of applicability|audit programme|access policy")
    public String section(String words) {
        return words;
    }

    /** The object at a dotted path, created (with its parents) when absent. */
    static ObjectNode object(ObjectNode root, String dottedPath) {
        ObjectNode node = root;
        for (String name : dottedPath.split("\\.")) {
            JsonNode child = node.get(name);
            node = child instanceof ObjectNode existing ? existing : node.putObject(name);
        }
        return node;
    }

    /** Ids given to a section created implicitly, e.g. by "these SoA entries:" before "the statement of applicability is:". */
    private static final Map<String, String> IMPLICIT_IDS = Map.of(
            "statementOfApplicability", "SOA", "scope", "SCOPE", "auditProgramme", "AUDIT-PROGRAMME");

    /** The array at a dotted path, created (with its parent objects) when absent. */
    static ArrayNode array(ObjectNode root, String dottedPath) {
        int dot = dottedPath.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? root : object(root, dottedPath.substring(0, dot));
        if (dot > 0 && !parent.has("id") && IMPLICIT_IDS.containsKey(dottedPath.substring(0, dot))) {
            parent.put("id", IMPLICIT_IDS.get(dottedPath.substring(0, dot)));
        }
        String name = dottedPath.substring(dot + 1);
        JsonNode child = parent.get(name);
        return child instanceof ArrayNode existing ? existing : parent.putArray(name);
    }
}

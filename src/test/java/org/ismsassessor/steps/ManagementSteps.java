package org.ismsassessor.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Statements used by the management clauses (5 and 7) that the shared vocabulary cannot say: a section
 * left out of the snapshot altogether, and lists of objects inside an entry (a person's competence records,
 * an internal audit's findings).
 */
public final class ManagementSteps {
    /** The sections these clauses' scenarios leave out, by the plain words of the shared vocabulary. */
    private static final Map<String, String> TOP_LEVEL = Map.of(
            "people", "people",
            "training records", "trainingRecords",
            "training courses", "trainingCourses",
            "business processes", "businessProcesses",
            "corrective and preventive actions", "actions",
            "improvements", "improvements");

    private final ScenarioState state;

    public ManagementSteps(ScenarioState state) {
        this.state = state;
    }

    /** Removes a top-level section, so the snapshot does not say (unlike "lists no", which says there are none). */
    @Given("the snapshot leaves out the {collection}")
    public void leavesOut(String collection) {
        String path = TOP_LEVEL.get(collection);
        if (path == null) {
            throw new IllegalArgumentException("Leaving out the " + collection + " is not supported; add it to TOP_LEVEL");
        }
        state.snapshot.remove(path);
    }

    /** Adds competence records (name, evidence, obtainedOn) to a person already listed. */
    @Given("{word} has these competences:")
    public void competences(String personId, DataTable table) {
        ObjectNode person = person(personId);
        ArrayNode competences = person.get("competences") instanceof ArrayNode existing
                ? existing : person.putArray("competences");
        for (Map<String, String> row : table.asMaps()) {
            ObjectNode competence = competences.addObject();
            row.forEach((field, cell) -> Cells.put(competence, field, cell));
        }
    }

    /** Adds findings (id, kind, description, actionId, ...) to an internal audit already listed. */
    private ObjectNode person(String id) {
        return entry("people", id);
    }

    private ObjectNode entry(String section, String id) {
        JsonNode entries = state.snapshot.get(section);
        if (entries instanceof ArrayNode array) {
            for (JsonNode entry : array) {
                if (entry instanceof ObjectNode object && id.equals(object.path("id").asString())) {
                    return object;
                }
            }
        }
        throw new IllegalArgumentException("No entry " + id + " is listed in " + section + "; list it first");
    }
}

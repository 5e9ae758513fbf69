package org.ismsassessor.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Statements used by the management clauses (5 and 7) that the shared vocabulary cannot say: a section
 * left out of the snapshot altogether, and a person's competence records (a list of objects inside a person).
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

    private ObjectNode person(String id) {
        JsonNode people = state.snapshot.get("people");
        if (people instanceof ArrayNode array) {
            for (JsonNode person : array) {
                if (person instanceof ObjectNode object && id.equals(object.path("id").asString())) {
                    return object;
                }
            }
        }
        throw new IllegalArgumentException("No person " + id + " is listed; list the person before the competences");
    }
}

package org.ismsassessor.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Statements about Annex A operational evidence that a one-row-per-entry table cannot say, such as nested lists. */
public final class AnnexAOperationsSteps {
    private final ScenarioState state;

    public AnnexAOperationsSteps(ScenarioState state) {
        this.state = state;
    }

    /** The events that could interrupt a business process already listed, one row each (event, securityImpact). */
    @Given("the events that could interrupt business process {word} are:")
    public void continuityEvents(String processId, DataTable table) {
        ArrayNode events = process(processId).putArray("continuityEvents");
        for (Map<String, String> row : table.asMaps()) {
            ObjectNode event = events.addObject();
            row.forEach((field, cell) -> Cells.put(event, field, cell));
        }
    }

    private ObjectNode process(String id) {
        for (JsonNode entry : SnapshotSteps.array(state.snapshot, "businessProcesses")) {
            if (entry instanceof ObjectNode process && id.equals(process.path("id").asString())) {
                return process;
            }
        }
        throw new IllegalArgumentException("No business process " + id + " is listed before its events");
    }
}

package org.ismsassessor.steps;

import io.cucumber.java.en.Given;
import org.ismsassessor.TestEngine;
import org.ismsassessor.catalogue.Control;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Statements about the SoA as a whole, where listing 133 entries in a table would hide the point. */
public final class StatementOfApplicabilitySteps {
    private final ScenarioState state;

    public StatementOfApplicabilitySteps(ScenarioState state) {
        this.state = state;
    }

    @Given("the statement of applicability lists every Annex A control as selected because {string}")
    public void everyControlSelected(String reason) {
        ArrayNode entries = SnapshotSteps.array(state.snapshot, "statementOfApplicability.entries");
        for (Control control : state.pack().catalogue().controls()) {
            ObjectNode entry = entries.addObject();
            entry.put("control", control.id());
            entry.put("applicable", true);
            entry.put("reason", reason);
            entry.put("status", "implemented");
        }
    }
}

package org.ismsassessor.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Statements about internal audits that a flat table cannot say, such as the findings nested in an audit. */
public final class AuditSteps {
    private final ScenarioState state;

    public AuditSteps(ScenarioState state) {
        this.state = state;
    }

    /** Adds findings to an audit given earlier with "these internal audits:"; columns are the finding's fields. */
    @Given("internal audit {word} found:")
    public void auditFound(String auditId, DataTable table) {
        ArrayNode findings = SnapshotSteps.array(audit(auditId), "findings");
        for (Map<String, String> row : table.asMaps()) {
            ObjectNode finding = findings.addObject();
            row.forEach((field, cell) -> Cells.put(finding, field, cell));
        }
    }

    private ObjectNode audit(String auditId) {
        JsonNode audits = state.snapshot.path("internalAudits");
        for (JsonNode audit : audits) {
            if (auditId.equals(audit.path("id").asString()) && audit instanceof ObjectNode node) {
                return node;
            }
        }
        throw new IllegalArgumentException("No internal audit " + auditId + " is given before its findings");
    }
}

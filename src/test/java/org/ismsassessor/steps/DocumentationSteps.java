package org.ismsassessor.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Statements about the document register that a flat table of documents cannot hold, such as a document's change history. */
public final class DocumentationSteps {
    private final ScenarioState state;

    public DocumentationSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("the change history of document {word} is:")
    public void changeHistory(String documentId, DataTable table) {
        ObjectNode document = document(documentId);
        ArrayNode revisions = document.get("revisions") instanceof ArrayNode existing ? existing : document.putArray("revisions");
        for (Map<String, String> row : table.asMaps()) {
            ObjectNode revision = revisions.addObject();
            row.forEach((field, cell) -> Cells.put(revision, field, cell));
        }
    }

    @Given("document {word} is not in the register")
    public void notInRegister(String documentId) {
        ArrayNode documents = SnapshotSteps.array(state.snapshot, "documents");
        ObjectNode document = document(documentId);
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i) == document) {
                documents.remove(i);
                return;
            }
        }
    }

    @Given("document {word} is {documentStatus}")
    public void hasStatus(String documentId, String status) {
        document(documentId).put("status", status);
    }

    @Given("no document of the register records its {word}")
    public void registerRecordsNo(String field) {
        for (JsonNode document : SnapshotSteps.array(state.snapshot, "documents")) {
            ((ObjectNode) document).remove(field);
        }
    }

    /** A document's life-cycle state in words: "a draft", "issued", "obsolete". */
    @ParameterType("a draft|issued|obsolete")
    public String documentStatus(String words) {
        return words.equals("a draft") ? "draft" : words;
    }

    private ObjectNode document(String id) {
        for (JsonNode document : SnapshotSteps.array(state.snapshot, "documents")) {
            if (document instanceof ObjectNode node && id.equals(node.path("id").asString())) {
                return node;
            }
        }
        throw new IllegalArgumentException("No document " + id + " was given before its change history");
    }
}

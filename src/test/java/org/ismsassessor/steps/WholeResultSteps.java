package org.ismsassessor.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.finding.Item;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whole organizations: a bundled sample as the starting point, defects planted in it by JSON path, and the whole
 * result stated exactly (verdict, every finding with its kind and what it lists), not one requirement at a time.
 */
public final class WholeResultSteps {
    private final ScenarioState state;
    private final AssessmentSteps kinds;

    public WholeResultSteps(ScenarioState state, AssessmentSteps kinds) {
        this.state = state;
        this.kinds = kinds;
    }

    @Given("the snapshot of the sample {word}")
    public void sample(String name) throws Exception {
        JsonNode sample = ScenarioState.JSON.readTree(Files.readString(Path.of("samples", name + ".json")));
        state.snapshot.removeAll();
        state.snapshot.setAll((ObjectNode) sample);
    }

    @Given("the snapshot holds only the organization profile")
    public void profileOnly() {
        // The scenario's snapshot starts as just that: format, edition, name and organization.
        assertThat(state.snapshot.propertyNames()).containsExactlyInAnyOrder("formatVersion", "edition", "name", "organization");
    }

    /** Sets values by JSON path ({@code $.accounts[8].lastReviewedOn}); a value that is not JSON is a string. */
    @Given("these values are set in the snapshot:")
    public void valuesSet(DataTable table) {
        for (Map<String, String> row : table.asMaps()) {
            set(row.get("path"), row.get("value"));
        }
    }

    @Then("the verdict is {word}")
    public void verdict(String words) {
        assertThat(state.result.readiness().verdict().name().toLowerCase().replace('_', '-')).isEqualTo(words);
    }

    @Then("the verdict names as not evidenced: {string}")
    public void notEvidenced(String labels) {
        assertThat(String.join(", ", state.result.readiness().notEvidenced())).isEqualTo(labels);
    }

    @Then("readiness is at most {double} % and evidence coverage at most {double} %")
    public void readinessAtMost(double readiness, double coverage) {
        assertThat(state.result.readiness().overall()).isLessThanOrEqualTo(readiness);
        assertThat(state.result.readiness().evidenceCoverage()).isLessThanOrEqualTo(coverage);
    }

    @Then("the findings are exactly:")
    public void findingsExactly(DataTable expected) {
        List<Tuple> rows = expected.asMaps().stream().map(row -> Tuple.tuple(row.get("requirement"),
                kinds.kind(row.get("kind")), row.get("subject"), Integer.parseInt(row.get("items")))).toList();
        assertThat(state.result.findings()).as("all findings")
                .extracting(Finding::requirement, Finding::kind, Finding::subject, Finding::count)
                .containsExactlyInAnyOrderElementsOf(rows);
    }

    @Then("there is no nonconformity and no gap")
    public void noNonconformityNoGap() {
        assertThat(state.result.findings()).as("nonconformities and gaps")
                .filteredOn(f -> f.kind() != FindingKind.OBSERVATION).isEmpty();
    }

    @Then("the finding against {word} lists, in this order: {string}")
    public void lists(String requirement, String subjects) {
        Finding finding = only(requirement);
        assertThat(finding.items().stream().map(Item::subject).toList()).isEqualTo(List.of(subjects.split(", ")));
    }

    @Then("the finding against {word} is also against: {string}")
    public void alsoAgainst(String requirement, String others) {
        assertThat(String.join(", ", only(requirement).alsoRequirements())).isEqualTo(others);
    }

    @Then("the finding against {word} blocks {word}")
    public void blocks(String requirement, String blocked) {
        assertThat(only(requirement).blocks()).contains(blocked);
    }

    @Then("the finding against {word} is graded {string}")
    public void gradedBecause(String requirement, String reasonStart) {
        assertThat(only(requirement).grading().reason()).startsWith(reasonStart);
    }

    private Finding only(String requirement) {
        List<Finding> own = state.result.findings().stream().filter(f -> f.requirement().equals(requirement)).toList();
        assertThat(own).as("findings raised under " + requirement).hasSize(1);
        return own.get(0);
    }

    private void set(String path, String value) {
        List<String> steps = List.of(path.replaceFirst("^\\$\\.", "").split("\\.|(?=\\[)"));
        JsonNode node = state.snapshot;
        for (int i = 0; i < steps.size() - 1; i++) {
            node = child(node, steps.get(i));
        }
        String last = steps.get(steps.size() - 1);
        JsonNode parsed = parse(value);
        if (last.startsWith("[")) {
            ((ArrayNode) node).set(Integer.parseInt(last.substring(1, last.length() - 1)), parsed);
        } else if (value == null || value.equals("(absent)")) {
            ((ObjectNode) node).remove(last);
        } else {
            ((ObjectNode) node).set(last, parsed);
        }
    }

    private static JsonNode child(JsonNode node, String step) {
        return step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1))) : node.get(step);
    }

    private static JsonNode parse(String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("-?[0-9]+(\\.[0-9]+)?|true|false|null|[\\[{\"].*")) {
            return ScenarioState.JSON.getNodeFactory().textNode(value);
        }
        try {
            return ScenarioState.JSON.readTree(value);
        } catch (RuntimeException notJson) {
            return ScenarioState.JSON.getNodeFactory().textNode(value);
        }
    }
}

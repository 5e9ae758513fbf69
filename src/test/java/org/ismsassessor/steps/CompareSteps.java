package org.ismsassessor.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.ismsassessor.TestEngine;
import org.ismsassessor.compare.Assessed;
import org.ismsassessor.compare.Comparer;
import org.ismsassessor.compare.Comparison;
import org.ismsassessor.compare.ControlStatuses;
import org.ismsassessor.compare.EarlierAssessment;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.snapshot.LoadResult;

/**
 * Comparing the organization over time. "The organization was assessed on DATE" keeps that assessment as an
 * earlier one; the snapshot carries forward, the scenario states what changed since, and the later assessment
 * (the usual "it is assessed on DATE") is compared with the latest earlier one, the others being its history.
 */
public final class CompareSteps {
    private final ScenarioState state;
    private final SnapshotSteps snapshot;
    private final AssessmentSteps words;
    private final List<Assessed> earlier = new ArrayList<>();

    public CompareSteps(ScenarioState state, SnapshotSteps snapshot, AssessmentSteps words) {
        this.state = state;
        this.snapshot = snapshot;
        this.words = words;
    }

    @Given("the organization was assessed on {date}")
    public void assessedEarlier(LocalDate date) {
        state.assess(date);
        if (state.result == null) {
            throw new AssertionError("The earlier snapshot was not assessed; input errors: " + state.inputErrors);
        }
        earlier.add(new Assessed(state.result, declaredSoa()));
    }

    @Given("the {collection} are now:")
    public void collectionIsNow(String collection, DataTable table) {
        snapshot.noneOf(collection);
        snapshot.collection(collection, table);
    }

    @Then("compared with the earlier assessment, the findings against {word} are:")
    public void findingsCompared(String requirement, DataTable expected) {
        List<Tuple> rows = expected.asMaps().stream().map(row -> tuple(
                Comparison.Change.valueOf(row.get("change").toUpperCase()), row.get("subject"),
                kindOrNull(row.get("was")), kindOrNull(row.get("now")))).toList();
        assertThat(comparison().findings().all()).filteredOn(c -> c.requirement().equals(requirement))
                .as("findings against " + requirement + " compared with the earlier assessment")
                .extracting(Comparison.FindingChange::change, Comparison.FindingChange::subject,
                        c -> c.earlier() == null ? null : c.earlier().kind(), c -> c.later() == null ? null : c.later().kind())
                .containsExactlyInAnyOrderElementsOf(rows);
    }

    @Then("the regressions against {word} are:")
    public void regressions(String requirement, DataTable expected) {
        List<Tuple> rows = expected.asMaps().stream().map(row -> tuple(regression(row.get("regression")), row.get("subject"))).toList();
        assertThat(regressionsAgainst(requirement)).as("regressions against " + requirement)
                .extracting(Comparison.Regression::kind, Comparison.Regression::subject)
                .containsExactlyInAnyOrderElementsOf(rows);
    }

    @Then("there is no regression against {word}")
    public void noRegression(String requirement) {
        assertThat(regressionsAgainst(requirement)).as("regressions against " + requirement).isEmpty();
    }

    @Then("compared with the earlier assessment, the SoA status changes are:")
    public void controlChanges(DataTable expected) {
        List<Tuple> rows = expected.asMaps().stream().map(row -> tuple(row.get("control"), row.get("was"), row.get("now"))).toList();
        assertThat(comparison().controls()).as("SoA status changes")
                .extracting(Comparison.ControlChange::control, Comparison.ControlChange::earlierLabel,
                        Comparison.ControlChange::laterLabel)
                .containsExactlyElementsOf(rows);
    }

    private List<Comparison.Regression> regressionsAgainst(String requirement) {
        return comparison().regressions().stream().filter(r -> r.requirement().equals(requirement)).toList();
    }

    private Comparison comparison() {
        if (earlier.isEmpty()) {
            throw new AssertionError("No earlier assessment: say \"the organization was assessed on DATE\" first");
        }
        if (state.result == null) {
            throw new AssertionError("The later snapshot was not assessed; input errors: " + state.inputErrors);
        }
        List<EarlierAssessment> history = earlier.stream()
                .map(a -> EarlierAssessment.of(a.date(), a.result().findings())).toList();
        return new Comparer(TestEngine.CATALOGUE.order())
                .compare(earlier.get(earlier.size() - 1), new Assessed(state.result, declaredSoa()), history);
    }

    /** The SoA statuses the current snapshot declares, read through the real loader. */
    private ControlStatuses declaredSoa() {
        byte[] json = ScenarioState.JSON.writeValueAsString(state.snapshot).getBytes(StandardCharsets.UTF_8);
        return ControlStatuses.declaredIn(((LoadResult.Loaded) TestEngine.LOADER.load(json)).snapshot());
    }

    private FindingKind kindOrNull(String cell) {
        return cell == null || cell.isBlank() ? null : words.kind(cell.strip());
    }

    private static Comparison.RegressionKind regression(String words) {
        for (Comparison.RegressionKind kind : Comparison.RegressionKind.values()) {
            if (kind.words().equals(words)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown regression '" + words + "': say " + java.util.Arrays.stream(
                Comparison.RegressionKind.values()).map(Comparison.RegressionKind::words).toList());
    }
}

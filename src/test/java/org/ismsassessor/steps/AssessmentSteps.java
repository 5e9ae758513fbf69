package org.ismsassessor.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;

/** Assessing the scenario's snapshot and stating the exact findings expected, or their absence. */
public final class AssessmentSteps {
    private final ScenarioState state;

    public AssessmentSteps(ScenarioState state) {
        this.state = state;
    }

    @ParameterType("major nonconformity|minor nonconformity|gap|observation")
    public FindingKind kind(String words) {
        return switch (words) {
            case "major nonconformity" -> FindingKind.MAJOR_NONCONFORMITY;
            case "minor nonconformity" -> FindingKind.MINOR_NONCONFORMITY;
            case "gap" -> FindingKind.GAP;
            default -> FindingKind.OBSERVATION;
        };
    }

    @ParameterType("[0-9]{4}-[0-9]{2}-[0-9]{2}")
    public LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @When("it is assessed on {date}")
    public void assessedOn(LocalDate date) {
        state.assess(date);
    }

    @Then("there is no finding against {word}")
    public void noFindingAgainst(String requirement) {
        assertThat(state.findingsAgainst(requirement)).as("findings against " + requirement).isEmpty();
    }

    @Then("the only finding against {word} is a(n) {kind} about {word}")
    public void onlyFinding(String requirement, FindingKind kind, String subject) {
        List<Finding> findings = state.findingsAgainst(requirement);
        assertThat(findings).as("findings against " + requirement)
                .extracting(Finding::kind, Finding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(kind, subject));
    }

    @Then("the findings against {word} are:")
    public void findingsAre(String requirement, DataTable expected) {
        List<org.assertj.core.groups.Tuple> rows = expected.asMaps().stream()
                .map(row -> org.assertj.core.groups.Tuple.tuple(kind(row.get("kind")), row.get("subject")))
                .toList();
        assertThat(state.findingsAgainst(requirement)).as("findings against " + requirement)
                .extracting(Finding::kind, Finding::subject)
                .containsExactlyInAnyOrderElementsOf(rows);
    }

    @Then("it has a(n) {kind} against {word} about {word}")
    public void hasFinding(FindingKind kind, String requirement, String subject) {
        assertThat(state.findingsAgainst(requirement)).as("findings against " + requirement)
                .extracting(Finding::kind, Finding::subject)
                .contains(org.assertj.core.groups.Tuple.tuple(kind, subject));
    }

    @Then("the finding against {word} about {word} points at {word}")
    public void pointsAt(String requirement, String subject, String path) {
        assertThat(state.findingsAgainst(requirement))
                .filteredOn(f -> subject.equals(f.subject()))
                .flatExtracting(Finding::subjects)
                .extracting(s -> s.path())
                .contains(path);
    }

    @Then("there is no finding against {word} about {word}")
    public void noFindingAbout(String requirement, String subject) {
        assertThat(state.findingsAgainst(requirement)).as("findings against " + requirement + " about " + subject)
                .filteredOn(f -> subject.equals(f.subject())).isEmpty();
    }

    /** What the finding tells the reader: its title or its explanation holds the words. */
    @Then("the finding against {word} about {word} says {string}")
    public void says(String requirement, String subject, String words) {
        assertThat(state.findingsAgainst(requirement)).as("findings against " + requirement + " about " + subject)
                .filteredOn(f -> subject.equals(f.subject()))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.title() + "\n" + f.explanation()).contains(words));
    }

    @Then("there are no findings at all")
    public void noFindingsAtAll() {
        assertThat(state.findingsAgainst("-")).isEmpty();
        assertThat(state.result.findings()).isEmpty();
    }

    @Then("the findings against {word} number {int}")
    public void count(String requirement, int count) {
        assertThat(state.findingsAgainst(requirement)).hasSize(count);
    }

    @Then("the snapshot is rejected at {word} with a message containing {string}")
    public void rejected(String path, String message) {
        assertThat(state.inputErrors).as("input errors")
                .anySatisfy(e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.message()).contains(message);
                });
    }

}

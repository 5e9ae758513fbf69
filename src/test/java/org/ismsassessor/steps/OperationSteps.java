package org.ismsassessor.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import org.ismsassessor.finding.Finding;

/** Statements about findings of ISMS operation that the shared vocabulary does not make: the risk a finding concerns. */
public final class OperationSteps {
    private final ScenarioState state;

    public OperationSteps(ScenarioState state) {
        this.state = state;
    }

    /** The risk level a finding carries decides whether its action's priority is raised. */
    @Then("the finding against {word} about {word} concerns a risk of level {int}")
    public void concernsRiskOfLevel(String requirement, String subject, int level) {
        assertThat(state.findingsAgainst(requirement))
                .filteredOn(f -> subject.equals(f.subject()))
                .as("findings against " + requirement + " about " + subject)
                .extracting(Finding::riskLevel)
                .containsExactly(level);
    }
}

package org.ismsassessor.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/**
 * A scenario is about the edition of the features folder it is in ({@code features/<edition>/}): its snapshot names
 * that edition, so it is checked against that catalogue and assessed by that rule pack.
 */
public final class EditionHook {
    private final ScenarioState state;

    public EditionHook(ScenarioState state) {
        this.state = state;
    }

    @Before(order = 0)
    public void editionOfTheFeaturesFolder(Scenario scenario) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/features/(iso27001-\\d{4})/").matcher(scenario.getUri().toString());
        if (m.find()) {
            state.snapshot.put("edition", m.group(1));
        }
    }
}

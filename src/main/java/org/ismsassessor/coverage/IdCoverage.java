package org.ismsassessor.coverage;

/** How one requirement or control id is covered by rules and by scenarios of each kind. */
public record IdCoverage(String id, String title, int rules, int conformingScenarios, int nonconformingScenarios) {

    /** At least one rule and a scenario each way: the bar every id must clear. */
    public boolean complete() {
        return rules > 0 && conformingScenarios > 0 && nonconformingScenarios > 0;
    }
}

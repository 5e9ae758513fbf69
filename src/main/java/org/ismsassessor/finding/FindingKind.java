package org.ismsassessor.finding;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** How a certification auditor grades a finding, most serious first. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum FindingKind {
    /** A required element is absent or broken as a whole. */
    MAJOR_NONCONFORMITY("major", "Major nonconformity"),
    /** An isolated lapse in an element that exists. */
    MINOR_NONCONFORMITY("minor", "Minor nonconformity"),
    /** The snapshot lacks the evidence to decide. */
    GAP("gap", "Gap (evidence missing)"),
    /** Conforming, but weak. */
    OBSERVATION("observation", "Observation");

    private final String shortName;
    private final String label;

    FindingKind(String shortName, String label) {
        this.shortName = shortName;
        this.label = label;
    }

    /** The word used on the command line, e.g. {@code --fail-on minor}. */
    public String shortName() {
        return shortName;
    }

    public String label() {
        return label;
    }

    /** True when this kind is as serious as {@code threshold} or more. */
    public boolean atLeast(FindingKind threshold) {
        return ordinal() <= threshold.ordinal();
    }
}

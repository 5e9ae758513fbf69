package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** What a management review decides (clause 7.3 a to e). */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum ReviewOutput {
    EFFECTIVENESS_IMPROVEMENT,
    RISK_UPDATE,
    CONTROL_CHANGES,
    RESOURCE_NEEDS,
    MEASUREMENT_IMPROVEMENT
}

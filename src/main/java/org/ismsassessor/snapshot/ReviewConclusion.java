package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** What a management review concluded about the ISMS as a whole (clause 7.1). */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum ReviewConclusion {
    IMPROVEMENT_OPPORTUNITIES,
    CHANGE_NEEDS
}

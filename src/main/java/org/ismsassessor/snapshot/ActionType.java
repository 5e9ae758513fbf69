package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** Whether an action corrects a nonconformity or prevents a potential one. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum ActionType {
    CORRECTIVE,
    PREVENTIVE
}

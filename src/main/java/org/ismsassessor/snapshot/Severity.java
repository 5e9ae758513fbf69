package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** How serious a vulnerability or incident is. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}

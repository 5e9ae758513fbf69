package org.ismsassessor.finding;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** How soon a recommended action should be done. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum Priority {
    /** Before the certification audit can be passed. */
    IMMEDIATE,
    /** Within the next planning cycle (weeks). */
    HIGH,
    /** Within months. */
    MEDIUM,
    /** When convenient. */
    LOW
}

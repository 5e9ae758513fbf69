package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** How far a selected control is implemented. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum ImplementationStatus {
    IMPLEMENTED,
    PARTIAL,
    PLANNED,
    NOT_IMPLEMENTED
}

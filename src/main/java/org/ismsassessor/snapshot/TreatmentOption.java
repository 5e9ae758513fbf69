package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** The four ways to treat a risk. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum TreatmentOption {
    APPLY_CONTROLS,
    ACCEPT,
    AVOID,
    TRANSFER
}

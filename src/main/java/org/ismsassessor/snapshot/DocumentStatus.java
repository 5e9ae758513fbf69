package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** Life-cycle state of a controlled document. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum DocumentStatus {
    DRAFT,
    ISSUED,
    OBSOLETE
}

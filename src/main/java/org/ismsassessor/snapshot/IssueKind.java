package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** Format 1.2: whether an issue of the context analysis (2022 clause 4.1) arises outside or inside the organization. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum IssueKind {
    EXTERNAL,
    INTERNAL
}

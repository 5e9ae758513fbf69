package org.ismsassessor.engine;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** Where an interval in force came from, most specific last. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum IntervalSource {
    /** The assessor's documented default (config/intervals.json). */
    DEFAULT,
    /** The user's override file given with --intervals. */
    OVERRIDE,
    /** The organization's own interval stated in the snapshot. */
    ORGANIZATION
}

package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** What a management review considers (clause 7.2 a to i). */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum ReviewInput {
    AUDIT_RESULTS,
    INTERESTED_PARTY_FEEDBACK,
    IMPROVEMENT_TECHNIQUES,
    ACTION_STATUS,
    UNADDRESSED_THREATS,
    EFFECTIVENESS_RESULTS,
    PREVIOUS_REVIEW_FOLLOW_UP,
    CHANGES,
    IMPROVEMENT_RECOMMENDATIONS,
    /** Format 1.2 (2022 clause 9.3.2 c): changes in the needs and expectations of interested parties. */
    INTERESTED_PARTY_CHANGES
}

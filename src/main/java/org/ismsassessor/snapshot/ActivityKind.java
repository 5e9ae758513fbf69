package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** The kinds of recurring ISMS activity a snapshot can record. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum ActivityKind {
    MONITORING,
    DELEGATED_ACTIVITY_REPORT,
    EFFECTIVENESS_REVIEW,
    RISK_ASSESSMENT_REVIEW,
    INDEPENDENT_REVIEW,
    COMPLIANCE_CHECK,
    TECHNICAL_COMPLIANCE_CHECK,
    COMMUNICATION,
    SECURITY_PLAN_UPDATE,
    ISMS_EVENT_LOG,
    /** Format 1.1: a dated record of an Annex A control operating (named in the activity's controlIds). */
    CONTROL_OPERATION,
    /** Format 1.1: a dated test or inspection of an Annex A control. */
    CONTROL_TEST,
    /** Format 1.1: a dated review of logs an Annex A control keeps. */
    LOG_REVIEW
}

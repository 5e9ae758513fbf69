package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** What role a document plays in the ISMS documentation set (clause 4.3.1 and the procedures it calls for). */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum DocumentType {
    POLICY,
    OBJECTIVES,
    SCOPE,
    RISK_METHODOLOGY,
    RISK_ASSESSMENT_REPORT,
    RISK_TREATMENT_PLAN,
    STATEMENT_OF_APPLICABILITY,
    PROCEDURE,
    OPERATING_PROCEDURE,
    MEASUREMENT_PROCEDURE,
    DOCUMENT_CONTROL_PROCEDURE,
    RECORD_REGISTER,
    AUDIT_PROCEDURE,
    AUDIT_PROGRAMME,
    CORRECTIVE_ACTION_PROCEDURE,
    PREVENTIVE_ACTION_PROCEDURE,
    INCIDENT_PROCEDURE,
    MONITORING_PROCEDURE,
    DISCIPLINARY_PROCESS,
    ACCESS_CONTROL_POLICY,
    TOPIC_POLICY,
    CONTINUITY_PLAN,
    ISMS_CHANGE_LOG,
    MANAGEMENT_REVIEW_MINUTES,
    STANDARD,
    CONTRACT,
    OTHER
}

package org.ismsassessor.engine;

import java.util.Arrays;
import java.util.Optional;

/** Each planned interval or grace period a rule relies on, with the key used in configuration files. */
public enum IntervalTopic {
    POLICY_REVIEW("policy-review"),
    DOCUMENT_REVIEW("document-review"),
    RISK_ASSESSMENT_REVIEW("risk-assessment-review"),
    INTERNAL_AUDIT("internal-audit"),
    MANAGEMENT_REVIEW("management-review"),
    INDEPENDENT_REVIEW("independent-review"),
    AWARENESS_TRAINING("awareness-training"),
    ACCESS_REVIEW_PRIVILEGED("access-review-privileged"),
    ACCESS_REVIEW("access-review"),
    LEAVER_GRACE("leaver-grace"),
    SUPPLIER_REVIEW("supplier-review"),
    RESTORE_TEST("restore-test"),
    BACKUP("backup"),
    CONTINUITY_TEST("continuity-test"),
    COMPLIANCE_CHECK("compliance-check"),
    TECHNICAL_COMPLIANCE_CHECK("technical-compliance-check"),
    LEGAL_REGISTER_REVIEW("legal-register-review"),
    VULNERABILITY_CRITICAL("vulnerability-critical"),
    VULNERABILITY_HIGH("vulnerability-high"),
    INCIDENT_REPORTING("incident-reporting"),
    AUDIT_ACTION_START("audit-action-start"),
    EFFECTIVENESS_REVIEW("effectiveness-review"),
    MONITORING("monitoring"),
    /** Allowed since a new starter started before their awareness training is due (format 1.1). */
    INDUCTION("induction"),
    /** Allowed since an enabled account was last used before it counts as dormant (format 1.1). */
    DORMANT_ACCOUNT("dormant-account"),
    /** How far ahead a due date counts as "due soon" (an observation, not a nonconformity). */
    DUE_SOON("due-soon");

    private final String key;

    IntervalTopic(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<IntervalTopic> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}

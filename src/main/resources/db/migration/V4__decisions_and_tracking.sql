-- Decisions on findings and remediation tracking (issue #22). Plain SQL that runs on H2 and on PostgreSQL.

-- A decision on a finding (by its stable id) or on one item of it. Never deleted: a withdrawn decision keeps its row
-- with who withdrew it and when. fingerprint: the finding's facts when decided (see decision/Fingerprint.java).
CREATE TABLE finding_decision (
    id            VARCHAR(36)   NOT NULL,
    client_id     VARCHAR(200)  NOT NULL,
    finding_id    VARCHAR(200)  NOT NULL,
    subject       VARCHAR(200),
    kind          VARCHAR(30)   NOT NULL,
    justification VARCHAR(4000) NOT NULL,
    approval      VARCHAR(4000),
    due_on        DATE,
    decided_by    VARCHAR(100)  NOT NULL,
    decided_on    DATE          NOT NULL,
    expires_on    DATE          NOT NULL,
    fingerprint   VARCHAR(200),
    withdrawn_by  VARCHAR(100),
    withdrawn_at  TIMESTAMP,
    CONSTRAINT pk_finding_decision PRIMARY KEY (id),
    CONSTRAINT fk_finding_decision_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_finding_decision_client ON finding_decision (client_id, finding_id);

-- The remediation of one action-plan item (a finding's recommended action), keyed by the finding's stable id.
-- status: open, in-progress, done, verified. closed_note: why the service itself closed or reopened it.
CREATE TABLE action_tracking (
    client_id   VARCHAR(200)  NOT NULL,
    item_key    VARCHAR(200)  NOT NULL,
    assignee    VARCHAR(200),
    due_on      DATE,
    status      VARCHAR(20)   NOT NULL,
    notes       VARCHAR(4000),
    updated_by  VARCHAR(100)  NOT NULL,
    updated_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_action_tracking PRIMARY KEY (client_id, item_key),
    CONSTRAINT fk_action_tracking_client FOREIGN KEY (client_id) REFERENCES client (id)
);

-- The history of assessments per client. Plain SQL that runs on H2 (the embedded store) and on PostgreSQL.

CREATE TABLE client (
    id   VARCHAR(200) NOT NULL,
    name VARCHAR(500),
    CONSTRAINT pk_client PRIMARY KEY (id)
);

-- One assessment of a client per day: the complete result as JSON, and the headline numbers for trends.
CREATE TABLE assessment (
    client_id        VARCHAR(200) NOT NULL,
    assessed_on      DATE         NOT NULL,
    snapshot_name    VARCHAR(1000),
    snapshot_sha256  CHAR(64)     NOT NULL,
    rule_set_version VARCHAR(100),
    verdict          VARCHAR(40)  NOT NULL,
    overall_score    DECIMAL(4, 1) NOT NULL,
    majors           INTEGER      NOT NULL,
    minors           INTEGER      NOT NULL,
    gaps             INTEGER      NOT NULL,
    observations     INTEGER      NOT NULL,
    -- False when the assessed input carried no declared Statement of Applicability to remember.
    soa_known        BOOLEAN      NOT NULL,
    result_json      TEXT         NOT NULL,
    CONSTRAINT pk_assessment PRIMARY KEY (client_id, assessed_on),
    CONSTRAINT fk_assessment_client FOREIGN KEY (client_id) REFERENCES client (id)
);

-- Readiness per clause 4-8 and Annex A domain.
CREATE TABLE assessment_score (
    client_id   VARCHAR(200) NOT NULL,
    assessed_on DATE         NOT NULL,
    score_group VARCHAR(20)  NOT NULL,
    title       VARCHAR(300),
    applicable  INTEGER      NOT NULL,
    without_nonconformity INTEGER NOT NULL,
    score       DECIMAL(4, 1) NOT NULL,
    CONSTRAINT pk_assessment_score PRIMARY KEY (client_id, assessed_on, score_group),
    CONSTRAINT fk_assessment_score FOREIGN KEY (client_id, assessed_on)
        REFERENCES assessment (client_id, assessed_on) ON DELETE CASCADE
);

-- The findings open on that day, by stable id: what tells a finding resolved earlier that is back.
CREATE TABLE assessment_finding (
    client_id   VARCHAR(200) NOT NULL,
    assessed_on DATE         NOT NULL,
    finding_id  VARCHAR(40)  NOT NULL,
    requirement VARCHAR(40)  NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    subject     VARCHAR(300),
    CONSTRAINT pk_assessment_finding PRIMARY KEY (client_id, assessed_on, finding_id),
    CONSTRAINT fk_assessment_finding FOREIGN KEY (client_id, assessed_on)
        REFERENCES assessment (client_id, assessed_on) ON DELETE CASCADE
);

-- The SoA status the organization declared for each control on that day.
CREATE TABLE assessment_control (
    client_id   VARCHAR(200) NOT NULL,
    assessed_on DATE         NOT NULL,
    control     VARCHAR(20)  NOT NULL,
    applicable  BOOLEAN,
    status      VARCHAR(40),
    CONSTRAINT pk_assessment_control PRIMARY KEY (client_id, assessed_on, control),
    CONSTRAINT fk_assessment_control FOREIGN KEY (client_id, assessed_on)
        REFERENCES assessment (client_id, assessed_on) ON DELETE CASCADE
);

-- The audit trail (issue #22): who did what, append-only, each entry chained to the one before by an HMAC whose
-- key is kept outside the database (docs/audit-trail.md). Plain SQL that runs on H2 and on PostgreSQL.

-- One entry per event; seq counts from 1 without gaps, logged_at is UTC from the service's clock. client_id is
-- not a foreign key: the trail outlives whatever it names.
CREATE TABLE audit_entry (
    seq            BIGINT        NOT NULL,
    logged_at      TIMESTAMP     NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    client_id      VARCHAR(200),
    target         VARCHAR(1000) NOT NULL,
    outcome        VARCHAR(40)   NOT NULL,
    client_address VARCHAR(100),
    previous_hash  CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (seq)
);
CREATE INDEX ix_audit_entry_client ON audit_entry (client_id, seq);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, seq);
CREATE INDEX ix_audit_entry_time ON audit_entry (logged_at);

-- The chain's head: its one row is locked (SELECT ... FOR UPDATE) by every append, in the transaction of the
-- insert, so that several instances append one after the other and the chain stays linear.
CREATE TABLE audit_chain_head (
    id        INTEGER  NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_one CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

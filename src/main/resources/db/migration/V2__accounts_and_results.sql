-- The web service: accounts, their grants to clients, API tokens, and every submitted assessment kept by id.
-- Plain SQL that runs on H2 (the embedded default) and on PostgreSQL.

CREATE TABLE app_user (
    username      VARCHAR(100) NOT NULL,
    -- Spring Security's encoded form, e.g. {argon2}$argon2id$...; never the password itself.
    password_hash VARCHAR(500) NOT NULL,
    role          VARCHAR(30)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (username)
);

-- The clients a user may see; an admin sees every client without grants.
CREATE TABLE user_client (
    username  VARCHAR(100) NOT NULL,
    client_id VARCHAR(200) NOT NULL,
    CONSTRAINT pk_user_client PRIMARY KEY (username, client_id),
    CONSTRAINT fk_user_client_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE,
    CONSTRAINT fk_user_client_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
);

-- API tokens for automation: only a SHA-256 of the token is kept (tokens are long and random).
CREATE TABLE api_token (
    id           VARCHAR(40)  NOT NULL,
    username     VARCHAR(100) NOT NULL,
    token_sha256 CHAR(64)     NOT NULL,
    name         VARCHAR(200),
    created_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_sha256),
    CONSTRAINT fk_api_token_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
);

-- Every assessment submitted to the service, by id: the snapshot as given and the complete result. The
-- per-day history (table assessment) is updated in the same transaction.
CREATE TABLE assessment_result (
    id             VARCHAR(36)   NOT NULL,
    client_id      VARCHAR(200)  NOT NULL,
    assessed_on    DATE          NOT NULL,
    submitted_at   TIMESTAMP     NOT NULL,
    submitted_by   VARCHAR(100)  NOT NULL,
    snapshot_name  VARCHAR(1000),
    verdict        VARCHAR(40)   NOT NULL,
    overall_score  DECIMAL(4, 1) NOT NULL,
    majors         INTEGER       NOT NULL,
    minors         INTEGER       NOT NULL,
    gaps           INTEGER       NOT NULL,
    observations   INTEGER       NOT NULL,
    snapshot_json  TEXT          NOT NULL,
    result_json    TEXT          NOT NULL,
    CONSTRAINT pk_assessment_result PRIMARY KEY (id),
    CONSTRAINT fk_assessment_result_client FOREIGN KEY (client_id) REFERENCES client (id)
);

CREATE INDEX ix_assessment_result_client ON assessment_result (client_id, submitted_at);

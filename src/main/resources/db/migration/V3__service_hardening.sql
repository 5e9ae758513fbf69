-- A service no tenant can take down (issue #21). Plain SQL that runs on H2 and on PostgreSQL.

-- Results and snapshots stored gzip-compressed, written in one pass: storing a result no longer holds its JSON
-- several times in memory. Rows written before keep their text columns, which are read when the new ones are null.
ALTER TABLE assessment_result ADD COLUMN snapshot_gzip BYTEA;
ALTER TABLE assessment_result ADD COLUMN result_gzip BYTEA;
ALTER TABLE assessment_result ALTER COLUMN snapshot_json DROP NOT NULL;
ALTER TABLE assessment_result ALTER COLUMN result_json DROP NOT NULL;
ALTER TABLE assessment ADD COLUMN result_gzip BYTEA;
ALTER TABLE assessment ALTER COLUMN result_json DROP NOT NULL;

-- An API token may expire (UTC); null: until revoked.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP;

-- Failed sign-ins per account name and client address, shared by every instance on the database: the window
-- starts at the first failure (epoch milliseconds) and counts the failures within it.
CREATE TABLE sign_in_failure (
    username       VARCHAR(100) NOT NULL,
    client_address VARCHAR(100) NOT NULL,
    failures       INTEGER      NOT NULL,
    window_start   BIGINT       NOT NULL,
    CONSTRAINT pk_sign_in_failure PRIMARY KEY (username, client_address)
);
CREATE INDEX ix_sign_in_failure_window ON sign_in_failure (window_start);

-- Fixity: each pass over the archived texts, and per source the latest outcome of re-reading its text file and
-- comparing its SHA-256 with the one it was archived under. Portable like V1.

CREATE SEQUENCE fixity_run_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE fixity_run (
    id          BIGINT       NOT NULL PRIMARY KEY,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    started_by  VARCHAR(100) NOT NULL,
    checked     INTEGER      NOT NULL,
    failed      INTEGER      NOT NULL
);

CREATE TABLE fixity_check (
    source_id     BIGINT      NOT NULL PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
    sha256        VARCHAR(64) NOT NULL,
    outcome       VARCHAR(16) NOT NULL,
    actual_sha256 VARCHAR(64),
    checked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    run_id        BIGINT
);
CREATE INDEX fixity_check_outcome ON fixity_check (outcome);

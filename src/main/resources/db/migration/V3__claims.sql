-- Claims, the passages of sources they cite, and reviewers' verdicts on them.
-- Portable between PostgreSQL and H2 (PostgreSQL mode), like V1 and V2.

CREATE SEQUENCE claim_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE claim (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    text       TEXT         NOT NULL,
    status     VARCHAR(32)  NOT NULL,
    author     VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- the review queues list claims of one status, newest first
CREATE INDEX claim_status ON claim (status, id);

-- A cited source is not cascaded: a source cannot be deleted while a claim cites it.
CREATE TABLE claim_citation (
    claim_id       BIGINT        NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    source_id      BIGINT        NOT NULL REFERENCES source (id),
    locator        VARCHAR(1000),
    label          VARCHAR(64),
    quote          TEXT,
    quote_start    INTEGER,
    quote_end      INTEGER,
    quote_prefix   VARCHAR(255),
    quote_suffix   VARCHAR(255),
    checked_sha256 VARCHAR(64),
    stance         VARCHAR(16)   NOT NULL,
    PRIMARY KEY (claim_id, position)
);
CREATE INDEX claim_citation_source ON claim_citation (source_id);

CREATE TABLE verdict (
    claim_id  BIGINT        NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position  INTEGER       NOT NULL,
    verdict   VARCHAR(16)   NOT NULL,
    comment   TEXT,
    given_by  VARCHAR(255)  NOT NULL,
    given_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (claim_id, position)
);

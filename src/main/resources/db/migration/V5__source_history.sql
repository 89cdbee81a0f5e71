-- The history of sources (Hibernate Envers): one row per revision with who and when, and the audited state of
-- each source and of its tags and subject headings at every revision.

CREATE SEQUENCE audit_revision_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_revision (
    id       BIGINT       NOT NULL PRIMARY KEY,
    stamp    BIGINT       NOT NULL,
    username VARCHAR(100)
);

CREATE TABLE source_aud (
    id               BIGINT   NOT NULL,
    rev              BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype          SMALLINT,
    item_type        VARCHAR(64),
    title            VARCHAR(4000),
    title_key        VARCHAR(4000),
    issued_sort      VARCHAR(32),
    issued_year      INTEGER,
    container_title  VARCHAR(4000),
    first_creator    VARCHAR(1000),
    creator_key      VARCHAR(1000),
    doi              VARCHAR(512),
    isbn             VARCHAR(64),
    issn             VARCHAR(16),
    url              VARCHAR(4000),
    csl              TEXT,
    text_media_type  VARCHAR(100),
    text_charset     VARCHAR(64),
    text_bytes       BIGINT,
    text_sha256      VARCHAR(64),
    text_footnotes   INTEGER,
    text_archived_at TIMESTAMP WITH TIME ZONE,
    text_archived_by VARCHAR(100),
    created_at       TIMESTAMP WITH TIME ZONE,
    created_by       VARCHAR(100),
    updated_at       TIMESTAMP WITH TIME ZONE,
    updated_by       VARCHAR(100),
    PRIMARY KEY (id, rev)
);
CREATE INDEX source_aud_rev ON source_aud (rev);

CREATE TABLE source_tag_aud (
    rev       BIGINT       NOT NULL REFERENCES audit_revision (id),
    revtype   SMALLINT,
    source_id BIGINT       NOT NULL,
    tag       VARCHAR(200) NOT NULL,
    PRIMARY KEY (rev, source_id, tag)
);

CREATE TABLE source_subject_aud (
    rev       BIGINT       NOT NULL REFERENCES audit_revision (id),
    revtype   SMALLINT,
    source_id BIGINT       NOT NULL,
    subject   VARCHAR(500) NOT NULL,
    PRIMARY KEY (rev, source_id, subject)
);

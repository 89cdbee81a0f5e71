-- Ariadne's first schema: the catalogue (sources, contributors as authority records, archived texts) and users.
-- Portable between PostgreSQL and H2 (which runs in PostgreSQL mode). Words H2 reserves (year, value, key, user...)
-- are not used as names.

CREATE SEQUENCE source_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE source (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    item_type         VARCHAR(64)   NOT NULL,
    title             VARCHAR(4000) NOT NULL,
    title_key         VARCHAR(4000) NOT NULL,
    issued_sort       VARCHAR(32),
    issued_year       INTEGER,
    container_title   VARCHAR(4000),
    first_creator     VARCHAR(1000),
    creator_key       VARCHAR(1000),
    doi               VARCHAR(512),
    isbn              VARCHAR(64),
    issn              VARCHAR(16),
    url               VARCHAR(4000),
    csl               TEXT          NOT NULL,
    text_media_type   VARCHAR(100),
    text_charset      VARCHAR(64),
    text_bytes        BIGINT,
    text_sha256       VARCHAR(64),
    text_footnotes    INTEGER,
    text_archived_at  TIMESTAMP WITH TIME ZONE,
    text_archived_by  VARCHAR(100),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)
);
CREATE INDEX source_title_key ON source (title_key);
CREATE INDEX source_issued_sort ON source (issued_sort);
CREATE INDEX source_first_creator ON source (first_creator);
CREATE INDEX source_doi ON source (doi);
CREATE INDEX source_isbn ON source (isbn);
CREATE INDEX source_updated_at ON source (updated_at);

CREATE TABLE source_tag (
    source_id BIGINT       NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    tag       VARCHAR(200) NOT NULL,
    PRIMARY KEY (source_id, tag)
);

CREATE TABLE source_subject (
    source_id BIGINT       NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    subject   VARCHAR(500) NOT NULL,
    PRIMARY KEY (source_id, subject)
);

CREATE SEQUENCE contributor_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE contributor (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    family       VARCHAR(500),
    given        VARCHAR(500),
    particle     VARCHAR(100),
    suffix       VARCHAR(100),
    literal_name VARCHAR(1000),
    display_name VARCHAR(1000) NOT NULL,
    sort_name    VARCHAR(1000) NOT NULL,
    name_key     VARCHAR(1000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contributor_name_key ON contributor (name_key);
CREATE INDEX contributor_sort_name ON contributor (sort_name);

CREATE TABLE contributor_variant (
    contributor_id BIGINT        NOT NULL REFERENCES contributor (id) ON DELETE CASCADE,
    name_key       VARCHAR(1000) NOT NULL,
    display_name   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (contributor_id, name_key)
);
CREATE INDEX contributor_variant_key ON contributor_variant (name_key);

CREATE SEQUENCE contribution_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE contribution (
    id             BIGINT      NOT NULL PRIMARY KEY,
    source_id      BIGINT      NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    contributor_id BIGINT      NOT NULL REFERENCES contributor (id),
    role           VARCHAR(64) NOT NULL,
    position       INTEGER     NOT NULL
);
CREATE INDEX contribution_source ON contribution (source_id);
CREATE INDEX contribution_contributor ON contribution (contributor_id);

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    username      VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(500) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role)
);

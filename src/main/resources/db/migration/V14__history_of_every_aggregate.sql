-- The history (Hibernate Envers) of every aggregate besides sources (V5): contributors and their variant names,
-- footnotes and what they cite (corrections included), claims with their citations and verdicts, and users with
-- their roles but never their password hashes. Columns as Envers maps the entities; portable like V1.

CREATE TABLE contributor_aud (
    id           BIGINT   NOT NULL,
    rev          BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype      SMALLINT,
    kind         VARCHAR(16),
    family       VARCHAR(500),
    given        VARCHAR(500),
    particle     VARCHAR(100),
    suffix       VARCHAR(100),
    literal_name VARCHAR(1000),
    display_name VARCHAR(1000),
    sort_name    VARCHAR(1000),
    name_key     VARCHAR(1000),
    created_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);
CREATE INDEX contributor_aud_rev ON contributor_aud (rev);

-- a set of embeddables: Envers numbers the rows of one change (setordinal)
CREATE TABLE contributor_variant_aud (
    rev            BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype        SMALLINT NOT NULL,
    setordinal     INTEGER  NOT NULL,
    contributor_id BIGINT   NOT NULL,
    name_key       VARCHAR(1000),
    display_name   VARCHAR(1000),
    PRIMARY KEY (rev, revtype, setordinal, contributor_id)
);

CREATE TABLE footnote_aud (
    id           BIGINT   NOT NULL,
    rev          BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype      SMALLINT,
    source_id    BIGINT,
    number       INTEGER,
    text         TEXT,
    marker_start INTEGER,
    marker_end   INTEGER,
    problems     TEXT,
    corrected    BOOLEAN,
    PRIMARY KEY (id, rev)
);
CREATE INDEX footnote_aud_rev ON footnote_aud (rev);
CREATE INDEX footnote_aud_source ON footnote_aud (source_id, number);

CREATE TABLE footnote_citation_aud (
    rev             BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype         SMALLINT NOT NULL,
    footnote_id     BIGINT   NOT NULL,
    position        INTEGER  NOT NULL,
    cited_source_id BIGINT,
    locator         VARCHAR(1000),
    label           VARCHAR(64),
    ibid            BOOLEAN,
    short_form      BOOLEAN,
    quote           TEXT,
    PRIMARY KEY (rev, revtype, footnote_id, position)
);

CREATE TABLE claim_aud (
    id         BIGINT   NOT NULL,
    rev        BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype    SMALLINT,
    text       TEXT,
    status     VARCHAR(32),
    author     VARCHAR(255),
    created_at TIMESTAMP WITH TIME ZONE,
    updated_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);
CREATE INDEX claim_aud_rev ON claim_aud (rev);

CREATE TABLE claim_citation_aud (
    rev            BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype        SMALLINT NOT NULL,
    claim_id       BIGINT   NOT NULL,
    position       INTEGER  NOT NULL,
    source_id      BIGINT,
    locator        VARCHAR(1000),
    label          VARCHAR(64),
    quote          TEXT,
    quote_start    INTEGER,
    quote_end      INTEGER,
    quote_prefix   VARCHAR(255),
    quote_suffix   VARCHAR(255),
    checked_sha256 VARCHAR(64),
    stance         VARCHAR(16),
    PRIMARY KEY (rev, revtype, claim_id, position)
);

CREATE TABLE verdict_aud (
    rev      BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype  SMALLINT NOT NULL,
    claim_id BIGINT   NOT NULL,
    position INTEGER  NOT NULL,
    verdict  VARCHAR(16),
    comment  TEXT,
    given_by VARCHAR(255),
    given_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (rev, revtype, claim_id, position)
);

-- no password_hash column: the history of a user never holds a secret
CREATE TABLE app_user_aud (
    id         BIGINT   NOT NULL,
    rev        BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype    SMALLINT,
    username   VARCHAR(100),
    enabled    BOOLEAN,
    created_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);
CREATE INDEX app_user_aud_rev ON app_user_aud (rev);

CREATE TABLE app_user_role_aud (
    rev     BIGINT      NOT NULL REFERENCES audit_revision (id),
    revtype SMALLINT,
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (rev, user_id, role)
);

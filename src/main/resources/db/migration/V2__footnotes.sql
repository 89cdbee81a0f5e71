-- The footnotes found in archived texts and the catalogued works they cite.
-- Portable between PostgreSQL and H2 (PostgreSQL mode), like V1.

CREATE SEQUENCE footnote_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE footnote (
    id           BIGINT  NOT NULL PRIMARY KEY,
    version      BIGINT  NOT NULL,
    source_id    BIGINT  NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    marker_start INTEGER NOT NULL,
    marker_end   INTEGER NOT NULL,
    problems     TEXT    NOT NULL,
    corrected    BOOLEAN NOT NULL
);
CREATE INDEX footnote_source ON footnote (source_id, number);

-- A cited work is not cascaded: a source cannot be deleted while a footnote cites it.
CREATE TABLE footnote_citation (
    footnote_id     BIGINT        NOT NULL REFERENCES footnote (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    cited_source_id BIGINT        NOT NULL REFERENCES source (id),
    locator         VARCHAR(1000),
    label           VARCHAR(64),
    ibid            BOOLEAN       NOT NULL,
    short_form      BOOLEAN       NOT NULL,
    quote           TEXT,
    PRIMARY KEY (footnote_id, position)
);
CREATE INDEX footnote_citation_cited ON footnote_citation (cited_source_id);

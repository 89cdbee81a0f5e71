-- Collections of sources (named, nested, a source in as many as wanted) and the record of merged duplicates.
-- Portable between PostgreSQL and H2 (PostgreSQL mode), like V1.

CREATE SEQUENCE source_collection_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE source_collection (
    id         BIGINT        NOT NULL PRIMARY KEY,
    version    BIGINT        NOT NULL,
    name       VARCHAR(500)  NOT NULL,
    parent_id  BIGINT        REFERENCES source_collection (id),
    owner      VARCHAR(100)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX source_collection_parent ON source_collection (parent_id);

-- A deleted source leaves its collections with it.
CREATE TABLE collection_member (
    collection_id BIGINT NOT NULL REFERENCES source_collection (id) ON DELETE CASCADE,
    source_id     BIGINT NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    PRIMARY KEY (collection_id, source_id)
);
CREATE INDEX collection_member_source ON collection_member (source_id);

-- A source merged into another: requests for the loser's id are answered with the survivor's.
CREATE TABLE source_merge (
    loser_id    BIGINT       NOT NULL PRIMARY KEY,
    survivor_id BIGINT       NOT NULL,
    merged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    merged_by   VARCHAR(100)
);
CREATE INDEX source_merge_survivor ON source_merge (survivor_id);

-- What a revision did beyond its changes, in words (e.g. which source was merged into which).
ALTER TABLE audit_revision ADD COLUMN note VARCHAR(1000);

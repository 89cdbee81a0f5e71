-- Saved searches (issue 6): a user's named search, kept as the parameters of GET /api/search (not its results),
-- so that running it again is live. Portable between PostgreSQL and H2 (PostgreSQL mode), like V1.

CREATE SEQUENCE saved_search_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE saved_search (
    id         BIGINT         NOT NULL PRIMARY KEY,
    version    BIGINT         NOT NULL,
    owner      VARCHAR(100)   NOT NULL,
    name       VARCHAR(200)   NOT NULL,
    -- the search as a query string: q=...&kind=source&yearFrom=2010&sort=-date
    parameters VARCHAR(16000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT saved_search_owner_name UNIQUE (owner, name)
);

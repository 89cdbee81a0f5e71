-- CSL styles uploaded by librarians, next to the thousands bundled in the styles jar.
-- Portable between PostgreSQL and H2 (PostgreSQL mode), like V1. The id is the one Ariadne gave the style: the
-- style's own (info/id) when it was free, else one of Ariadne's.

CREATE TABLE csl_style (
    id         VARCHAR(200)  NOT NULL PRIMARY KEY,
    title      VARCHAR(1000) NOT NULL,
    xml        TEXT          NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100)
);

-- Scale-out (issue 8): the tables of Hibernate Search's outbox-polling coordination, used when
-- ARIADNE_SEARCH_COORDINATION=outbox-polling. A write appends its indexing events to hsearch_outbox_event in its own
-- transaction; each node's event processor registers in hsearch_agent, takes a share of the entity id hashes, and
-- indexes and deletes the events of its share, so every change reaches the index exactly once whichever node made
-- it. The columns are those Hibernate ORM derives from Hibernate Search 7.2's mapping of the two entities (uuid ids,
-- enums as text, Avro payloads as bytes); Flyway creates them, as the schema belongs to the migrations. Unused (and
-- empty) with the default coordination, none.
CREATE TABLE hsearch_outbox_event (
    id           UUID                     NOT NULL PRIMARY KEY,
    entityName   VARCHAR(256)             NOT NULL,
    entityId     VARCHAR(256)             NOT NULL,
    entityIdHash INTEGER                  NOT NULL,
    payload      BYTEA                    NOT NULL,
    retries      INTEGER                  NOT NULL,
    processAfter TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(255)             NOT NULL CHECK (status IN ('PENDING', 'ABORTED')),
    tenantId     VARCHAR(255)
);
CREATE INDEX hsearch_outbox_event_entity_id_hash ON hsearch_outbox_event (entityIdHash);
CREATE INDEX hsearch_outbox_event_status ON hsearch_outbox_event (status);
CREATE INDEX hsearch_outbox_event_process_after ON hsearch_outbox_event (processAfter);

CREATE TABLE hsearch_agent (
    id                 UUID                     NOT NULL PRIMARY KEY,
    type               VARCHAR(255)             NOT NULL
        CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name               VARCHAR(255)             NOT NULL,
    expiration         TIMESTAMP WITH TIME ZONE NOT NULL,
    state              VARCHAR(255)             NOT NULL CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
    totalShardCount    INTEGER,
    assignedShardIndex INTEGER,
    payload            BYTEA,
    tenantId           VARCHAR(255)
);

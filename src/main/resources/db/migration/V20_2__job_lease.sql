-- Scale-out (issue 8): scheduled jobs run on one node at a time. A node's timer runs a job only when it takes the
-- job's lease, by moving held_until forward from a time already past; the database lets one node do so, and the
-- others skip that round. The lease lasts most of the job's interval, so one node runs it each interval, and
-- another takes over when that node stops.
CREATE TABLE job_lease (
    name       VARCHAR(64)              NOT NULL PRIMARY KEY,
    holder     VARCHAR(255),
    held_until TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO job_lease (name, holder, held_until) VALUES ('fixity', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00');

-- Failed logins, kept for administrators to see (who tried which name from where, when, and why it was refused).
CREATE SEQUENCE failed_login_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE failed_login (
    id         BIGINT        NOT NULL PRIMARY KEY,
    username   VARCHAR(200)  NOT NULL,
    address    VARCHAR(64)   NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reason     VARCHAR(32)   NOT NULL
);
CREATE INDEX failed_login_at ON failed_login (at);

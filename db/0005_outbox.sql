-- 0005: the outbox: upload packages prepared for the province's software, waiting to be sent
-- (the connection is unreliable) or sent, with when and a note.

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    path            TEXT NOT NULL,              -- where the package was written
    file_name       TEXT NOT NULL,
    size            INTEGER NOT NULL,
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    title           TEXT NOT NULL DEFAULT '',
    plan_uuid       TEXT,                       -- what it carries (no foreign key: the package outlives them)
    assessment_uuid TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT,                       -- NULL: chưa gửi
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_waiting ON outbox (sent_at);

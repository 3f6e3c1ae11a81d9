-- 0002: the change log. Every change to plans and their annex (later: progress, scores) is
-- recorded in the same transaction as the change itself. No foreign key to plans: the log
-- outlives a deleted plan and says what it was.

CREATE TABLE change_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,               -- local time, ISO 8601
    user_name  TEXT NOT NULL DEFAULT '',
    plan_id    INTEGER,
    plan_title TEXT NOT NULL DEFAULT '',
    action     TEXT NOT NULL,               -- create, delete, append, remove-appended, restore...
    entity     TEXT NOT NULL,               -- plan, annex, database...
    entity_id  INTEGER,
    field      TEXT NOT NULL DEFAULT '',
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX change_log_plan ON change_log (plan_id, id);

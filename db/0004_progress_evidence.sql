-- 0004: progress of annex rows, evidence documents (tài liệu kiểm chứng) and row tags.
-- Evidence files live in the data folder's evidence store, named by their SHA-256 and never
-- modified; this table records what each file is. One record per distinct file: the same
-- file attached twice is stored once.

CREATE TABLE row_progress (
    row_id     INTEGER PRIMARY KEY REFERENCES annex_rows (id) ON DELETE CASCADE,
    status     TEXT NOT NULL DEFAULT 'not_started'
               CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
    done_on    TEXT,                        -- ISO date of completion
    note       TEXT NOT NULL DEFAULT '',    -- kết quả thực hiện
    reason     TEXT NOT NULL DEFAULT '',    -- why not done / cancelled
    updated_at TEXT
);
CREATE INDEX row_progress_status ON row_progress (status);

CREATE TABLE evidence_documents (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    sha256     TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    file_name  TEXT NOT NULL,
    size       INTEGER NOT NULL,
    number     TEXT NOT NULL DEFAULT '',    -- số hiệu: 125/QĐ-UBND
    issued_on  TEXT,                        -- ISO date
    issuer     TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL DEFAULT '',
    added_at   TEXT NOT NULL
);

CREATE TABLE row_evidence (
    row_id      INTEGER NOT NULL REFERENCES annex_rows (id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence_documents (id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL,
    PRIMARY KEY (row_id, evidence_id)
);
CREATE INDEX row_evidence_document ON row_evidence (evidence_id);

-- Tags on rows ("kiem-tra", "doi-thoai", "tuyen-truyen"): counted by computed criteria.
CREATE TABLE row_tags (
    row_id INTEGER NOT NULL REFERENCES annex_rows (id) ON DELETE CASCADE,
    tag    TEXT NOT NULL CHECK (length(tag) > 0),
    PRIMARY KEY (row_id, tag)
);
CREATE INDEX row_tags_tag ON row_tags (tag);

-- Plan targets (chỉ tiêu): text, target value and unit, the value reached.
CREATE TABLE plan_targets (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    plan_id    INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    area       TEXT NOT NULL DEFAULT '',    -- reform area (section code) the target belongs to
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    comparator TEXT NOT NULL DEFAULT '>=' CHECK (comparator IN ('>=', '>', '<=', '<', '=')),
    target     TEXT,                        -- a decimal as text, or NULL for a target without a figure
    unit       TEXT NOT NULL DEFAULT '',    -- %, hồ sơ, cuộc…
    reached    TEXT,                        -- the value reached, decimal as text
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_targets_plan ON plan_targets (plan_id, position);

-- 0006: self-assessment scoring of the reform index (tự đánh giá, chấm điểm Chỉ số CCHC).
-- Criteria sets are data, versioned by issuer and year; an assessment is one body's scoring of
-- one year against one set, in revisions (a finalised revision is read-only; "revise" opens the
-- next one, copying its entries). Points and figures are exact decimals kept as text ("0.25"),
-- never REAL: 0.1 + 0.2 must stay 0.3.

CREATE TABLE criteria_sets (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    issuer        TEXT NOT NULL DEFAULT '',
    year          INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,      -- the same issuer, year and name imported again
    step          TEXT NOT NULL DEFAULT '0.25',
    tiers         TEXT NOT NULL DEFAULT '[]',      -- JSON [[label, from_percent], ...], highest first
    is_sample     INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    plan_deadline TEXT NOT NULL DEFAULT '',        -- "dd/mm" or "dd/mm/yyyy": plan issued on time by
    source_name   TEXT NOT NULL DEFAULT '',        -- the workbook it came from
    imported_at   TEXT NOT NULL,
    UNIQUE (issuer, year, name, version)
);

-- Areas, criteria and sub-criteria, any depth; a rule is kept as its canonical "Cách chấm" text.
CREATE TABLE criteria (
    id              INTEGER PRIMARY KEY,
    set_id          INTEGER NOT NULL REFERENCES criteria_sets (id) ON DELETE CASCADE,
    parent_id       INTEGER REFERENCES criteria (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,            -- document order within the set
    code            TEXT NOT NULL,
    text            TEXT NOT NULL,
    max_points      TEXT NOT NULL,
    rule            TEXT NOT NULL DEFAULT '',
    effect          TEXT NOT NULL DEFAULT 'score' CHECK (effect IN ('score', 'bonus', 'penalty')),
    evidence_hint   TEXT NOT NULL DEFAULT '',
    allow_na        INTEGER NOT NULL DEFAULT 0 CHECK (allow_na IN (0, 1)),
    province_scored INTEGER NOT NULL DEFAULT 0 CHECK (province_scored IN (0, 1)),
    register_source TEXT NOT NULL DEFAULT '',
    UNIQUE (set_id, code)
);
CREATE INDEX criteria_set ON criteria (set_id, position);

CREATE TABLE assessments (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    set_id       INTEGER NOT NULL REFERENCES criteria_sets (id) ON DELETE RESTRICT,
    body         TEXT NOT NULL CHECK (length(trim(body)) > 0),
    year         INTEGER NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    plan_uuid    TEXT NOT NULL DEFAULT '',       -- the plan whose register feeds computed criteria
    created_at   TEXT NOT NULL,
    finalised_at TEXT,                           -- NULL: still being scored
    UNIQUE (body, year, set_id, revision)
);

-- What the commune entered for one leaf criterion; a row exists once something was entered.
CREATE TABLE score_entries (
    id              INTEGER PRIMARY KEY,
    assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    code            TEXT NOT NULL,
    choice          TEXT,
    numerator       TEXT,
    denominator     TEXT,
    count           TEXT,
    self_score      TEXT,
    not_applicable  INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
    na_reason       TEXT NOT NULL DEFAULT '',
    explanation     TEXT NOT NULL DEFAULT '',    -- giải trình
    override_reason TEXT NOT NULL DEFAULT '',    -- why the score differs from the rule / register
    register_rows   TEXT NOT NULL DEFAULT '[]',  -- JSON list of annex row uuids given as evidence
    UNIQUE (assessment_id, code)
);

-- The province's appraisal (thẩm định), in rounds; the commune's answer belongs to its round.
CREATE TABLE appraisal_rounds (
    entry_id              INTEGER NOT NULL REFERENCES score_entries (id) ON DELETE CASCADE,
    round                 INTEGER NOT NULL CHECK (round >= 1),
    score                 TEXT,
    comment               TEXT NOT NULL DEFAULT '',
    explanation_requested INTEGER NOT NULL DEFAULT 0 CHECK (explanation_requested IN (0, 1)),
    response              TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entry_id, round)
);

-- Evidence documents of an entry: round 0 the original evidence, round N the supplementary
-- documents (tài liệu bổ sung) sent in answer to appraisal round N, kept apart.
CREATE TABLE score_evidence (
    entry_id    INTEGER NOT NULL REFERENCES score_entries (id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence_documents (id) ON DELETE RESTRICT,
    round       INTEGER NOT NULL DEFAULT 0 CHECK (round >= 0),
    position    INTEGER NOT NULL,
    PRIMARY KEY (entry_id, evidence_id, round)
);
CREATE INDEX score_evidence_document ON score_evidence (evidence_id);

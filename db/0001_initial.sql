-- 0001: plans, their annex (sections → items → rows), the unit directory, settings.
-- Lists that keep their order carry an explicit "position".

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    short_name  TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT ''      -- folded name + short name (text.fold)
);

CREATE TABLE plans (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    issuer            TEXT NOT NULL DEFAULT '',
    issuer_header     TEXT NOT NULL DEFAULT '[]',   -- JSON list of header lines
    number            TEXT NOT NULL DEFAULT '',
    symbol            TEXT NOT NULL DEFAULT '',
    issued_date       TEXT,                         -- ISO date or NULL
    place             TEXT NOT NULL DEFAULT '',
    period_kind       TEXT NOT NULL CHECK (period_kind IN ('year', 'half_year', 'multi_year')),
    period_year       INTEGER,
    period_half       INTEGER CHECK (period_half IN (1, 2)),
    period_start_year INTEGER,
    period_end_year   INTEGER,
    signer_name       TEXT NOT NULL DEFAULT '',
    signer_position   TEXT NOT NULL DEFAULT '',
    signer_authority  TEXT NOT NULL DEFAULT '',
    recipients        TEXT NOT NULL DEFAULT '[]',   -- JSON list of lines
    annex_title       TEXT NOT NULL DEFAULT '',
    annex_note        TEXT NOT NULL DEFAULT '',
    search_text       TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    CHECK (period_kind != 'year' OR period_year IS NOT NULL),
    CHECK (period_kind != 'half_year' OR (period_year IS NOT NULL AND period_half IS NOT NULL)),
    CHECK (period_kind != 'multi_year' OR (period_start_year IS NOT NULL
                                           AND period_end_year >= period_start_year))
);

CREATE TABLE plan_body_sections (
    id       INTEGER PRIMARY KEY,
    plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    heading  TEXT NOT NULL DEFAULT '',
    text     TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, position)
);

-- The units a plan names in its own directory, in the plan's order.
CREATE TABLE plan_units (
    plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    unit_id  INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (plan_id, unit_id)
);

CREATE TABLE annex_sections (
    id       INTEGER PRIMARY KEY,
    plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code     TEXT NOT NULL,
    title    TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, position)
);

CREATE TABLE annex_items (
    id         INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES annex_sections (id) ON DELETE CASCADE,
    parent_id  INTEGER REFERENCES annex_items (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,            -- among siblings (same section and parent)
    number     TEXT NOT NULL DEFAULT '',
    objective  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX annex_items_section ON annex_items (section_id, parent_id, position);
CREATE INDEX annex_items_parent ON annex_items (parent_id);

-- One row of an item: a task / activity with its product, units, due time and budget.
-- Progress (later migrations) hangs on these ids.
CREATE TABLE annex_rows (
    id       INTEGER PRIMARY KEY,
    item_id  INTEGER NOT NULL REFERENCES annex_items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    task     TEXT NOT NULL DEFAULT '',      -- '' on a later row: the task above continues
    activity TEXT NOT NULL DEFAULT '',
    result   TEXT NOT NULL DEFAULT '',
    due_text TEXT NOT NULL DEFAULT '',
    budget   TEXT NOT NULL DEFAULT '',
    UNIQUE (item_id, position)
);

-- Lead ('lead') and cooperating ('partner') units of a row, as written, linked to the directory.
CREATE TABLE annex_row_units (
    row_id   INTEGER NOT NULL REFERENCES annex_rows (id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('lead', 'partner')),
    position INTEGER NOT NULL,
    label    TEXT NOT NULL,
    unit_id  INTEGER REFERENCES units (id) ON DELETE SET NULL,
    PRIMARY KEY (row_id, role, position)
);
CREATE INDEX annex_row_units_unit ON annex_row_units (unit_id);

-- 0003: stable identities and the trash.
-- Plans, sections, items, rows and units get a UUID that stays with them through export,
-- import into another data folder, the trash and undo (evidence, scores and merges hang on
-- them). Deleting a plan moves it to the trash (deleted_at). The file is marked as ours
-- (application_id "CCHC") so that a restore can refuse a foreign SQLite file.
-- The UUIDs are version 4, made here from randomblob(); the program makes its own with uuid4().

ALTER TABLE plans ADD COLUMN uuid TEXT;
UPDATE plans SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX plans_uuid ON plans (uuid);
CREATE TRIGGER plans_uuid_default AFTER INSERT ON plans WHEN NEW.uuid IS NULL
BEGIN
    UPDATE plans SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE annex_sections ADD COLUMN uuid TEXT;
UPDATE annex_sections SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX annex_sections_uuid ON annex_sections (uuid);
CREATE TRIGGER annex_sections_uuid_default AFTER INSERT ON annex_sections WHEN NEW.uuid IS NULL
BEGIN
    UPDATE annex_sections SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE annex_items ADD COLUMN uuid TEXT;
UPDATE annex_items SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX annex_items_uuid ON annex_items (uuid);
CREATE TRIGGER annex_items_uuid_default AFTER INSERT ON annex_items WHEN NEW.uuid IS NULL
BEGIN
    UPDATE annex_items SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE annex_rows ADD COLUMN uuid TEXT;
UPDATE annex_rows SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX annex_rows_uuid ON annex_rows (uuid);
CREATE TRIGGER annex_rows_uuid_default AFTER INSERT ON annex_rows WHEN NEW.uuid IS NULL
BEGIN
    UPDATE annex_rows SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE units ADD COLUMN uuid TEXT;
UPDATE units SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX units_uuid ON units (uuid);
CREATE TRIGGER units_uuid_default AFTER INSERT ON units WHEN NEW.uuid IS NULL
BEGIN
    UPDATE units SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

ALTER TABLE plans ADD COLUMN deleted_at TEXT;         -- in the trash since (local ISO time)
ALTER TABLE plans ADD COLUMN numbering TEXT NOT NULL DEFAULT 'per_section'
    CHECK (numbering IN ('per_section', 'continuous'));
CREATE INDEX plans_deleted ON plans (deleted_at);

ALTER TABLE change_log ADD COLUMN entity_uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE change_log ADD COLUMN plan_uuid TEXT NOT NULL DEFAULT '';
CREATE INDEX change_log_entity ON change_log (entity_uuid, id);

-- Unit names are matched by a key that ignores accents, case, kinds of dash and "&" / "và"
-- (text.unit_key); the program fills it.
ALTER TABLE units ADD COLUMN match_key TEXT NOT NULL DEFAULT '';

PRAGMA application_id = 1128482883;

"""The SQLite store: pragmas, migrations, refusal of newer databases, atomic writes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cchc_desktop import backup, database, datadir, paths
from cchc_desktop.errors import (DamagedDatabaseError, DatabaseError, NewerDatabaseError,
                                 NotFoundError)
from cchc_desktop.store import Store, _UnitResolver

TABLES_WITH_PLAN_DATA = ("plans", "plan_body_sections", "plan_units", "annex_sections",
                         "annex_items", "annex_rows", "annex_row_units")


def _counts(db_file: Path) -> dict[str, int]:
    conn = sqlite3.connect(db_file)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in TABLES_WITH_PLAN_DATA + ("units",)}
    finally:
        conn.close()


def _copy_migrations(tmp_path: Path, extra: dict[str, str]) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), folder)
    for name, sql in extra.items():
        (folder / name).write_text(sql, encoding="utf-8")
    return folder


def test_fresh_database_has_safe_pragmas_and_latest_schema(store):
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.schema_version == database.latest_version() >= 1
    assert not datadir.backup_dir(store.path.parent).exists(), "no copy of an empty new database"


def test_migrations_run_in_order_after_a_copy_of_the_database(tmp_path, demo_doc):
    db_file = tmp_path / "cchc.sqlite3"
    with Store.open_file(db_file) as store:
        store.insert_plan(demo_doc)
    latest = database.latest_version()
    folder = _copy_migrations(tmp_path, {
        f"{latest + 1:04d}_notes.sql": "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);",
        f"{latest + 2:04d}_more.sql": "INSERT INTO notes (text) SELECT title FROM plans;\n"
                                      "ALTER TABLE notes ADD COLUMN seen INTEGER DEFAULT 0;",
    })
    conn = database.connect(db_file)
    applied = database.migrate(conn, db_file, tmp_path / "backups", database.find_migrations(folder))
    assert applied == [latest + 1, latest + 2]
    assert database.schema_version(conn) == latest + 2
    assert conn.execute("SELECT text, seen FROM notes").fetchall() == [(demo_doc.plan.title, 0)]
    conn.close()
    copies = list((tmp_path / "backups").glob(f"cchc-*-pre-migration-v{latest}.sqlite3"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == latest
    assert old.execute("SELECT count(*) FROM plans").fetchone()[0] == 1
    assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    old.close()


def test_failed_migration_leaves_the_previous_version_whole(tmp_path, demo_doc):
    db_file = tmp_path / "cchc.sqlite3"
    with Store.open_file(db_file) as store:
        store.insert_plan(demo_doc)
    latest = database.latest_version()
    folder = _copy_migrations(tmp_path, {
        f"{latest + 1:04d}_broken.sql": "CREATE TABLE half_done (id INTEGER);\n"
                                        "INSERT INTO no_such_table VALUES (1);",
    })
    conn = database.connect(db_file)
    with pytest.raises(DatabaseError, match="dữ liệu giữ nguyên"):
        database.migrate(conn, db_file, tmp_path / "backups", database.find_migrations(folder))
    assert database.schema_version(conn) == latest
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM plans").fetchone()[0] == 1
    conn.close()


def test_migration_numbers_must_be_contiguous(tmp_path):
    folder = _copy_migrations(tmp_path, {f"{database.latest_version() + 2:04d}_gap.sql": "SELECT 1;"})
    with pytest.raises(ValueError, match="liên tục"):
        database.find_migrations(folder)


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    db_file = tmp_path / "cchc.sqlite3"
    with Store.open_file(db_file) as store:
        store.conn.execute("PRAGMA user_version = 99")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = db_file.read_bytes()
    with pytest.raises(NewerDatabaseError) as caught:
        Store.open_file(db_file)
    assert "phiên bản CCHC Desktop mới hơn" in caught.value.message
    assert caught.value.exit_code == 5
    assert db_file.read_bytes() == before


def test_a_file_that_is_not_a_database_is_moved_aside_untouched(tmp_path):
    bogus = tmp_path / "cchc.sqlite3"
    bogus.write_bytes(b"Day khong phai CSDL" * 200)
    with pytest.raises(DamagedDatabaseError, match="bị hỏng") as caught:
        Store.open_file(bogus)
    assert not bogus.exists()
    assert caught.value.moved_to.read_bytes() == b"Day khong phai CSDL" * 200
    assert "Không có bản sao lưu nào" in caught.value.message


def test_damaged_database_is_moved_aside_and_the_newest_good_backup_offered(tmp_path, demo_doc):
    db_file = tmp_path / "cchc.sqlite3"
    with Store.open_file(db_file) as store:
        store.insert_plan(demo_doc)
        backup.create_backup(store.conn, tmp_path / "backups", "auto")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_file.read_bytes())
    page = 4096
    data[page * 3: page * 5] = bytes(range(256)) * (2 * page // 256)
    db_file.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as caught:
        Store.open_file(db_file)
    assert caught.value.moved_to.read_bytes() == bytes(data), "the damaged file is kept as it was"
    assert caught.value.newest_backup.plans == 1
    assert "có thể khôi phục" in caught.value.message
    with Store.open_file(db_file) as fresh:  # the program starts again on a new, empty file
        assert fresh.plan_count() == 0
        backup.restore_into(fresh.conn, caught.value.newest_backup.path, tmp_path / "backups",
                            database.latest_version())
        assert fresh.load_plan(1) == demo_doc


def test_a_locked_database_is_not_mistaken_for_a_damaged_one(tmp_path, monkeypatch):
    db_file = tmp_path / "cchc.sqlite3"
    Store.open_file(db_file).close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(db_file, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError) as caught:
            Store.open_file(db_file)
        assert not isinstance(caught.value, DamagedDatabaseError)
        assert db_file.exists(), "a busy database must stay where it is"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_insert_and_load_plan_keeps_structure(store, demo_doc):
    plan_id = store.insert_plan(demo_doc)
    loaded = store.load_plan(plan_id)
    assert loaded == demo_doc
    assert loaded.counts() == demo_doc.counts()
    summary = store.list_plans()[0]
    assert (summary.id, summary.counts.sections, summary.counts.items) == (plan_id, 7, 43)


def test_error_half_way_through_a_plan_rolls_everything_back(store, demo_doc, monkeypatch):
    store.insert_plan(demo_doc)
    before = _counts(store.path)
    calls = {"n": 0}
    original = _UnitResolver.resolve

    def failing_resolve(self, label):
        calls["n"] += 1
        if calls["n"] == 40:  # deep inside the annex, after many rows were written
            raise sqlite3.OperationalError("disk I/O error")
        return original(self, label)

    monkeypatch.setattr(_UnitResolver, "resolve", failing_resolve)
    with pytest.raises(DatabaseError, match="Dữ liệu giữ nguyên"):
        store.insert_plan(demo_doc)
    assert calls["n"] == 40
    assert _counts(store.path) == before
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_units_are_matched_by_name_or_short_name(store, demo_doc):
    store.insert_plan(demo_doc)
    units_after_first = len(store.list_units())
    store.insert_plan(demo_doc)
    assert len(store.list_units()) == units_after_first, "the same names must not create duplicates"
    row = store.conn.execute(
        "SELECT u.name FROM annex_row_units ru JOIN units u ON u.id = ru.unit_id "
        "WHERE ru.label = 'Phòng VHXH' LIMIT 1").fetchone()
    assert row[0] == "Phòng Văn hóa – Xã hội"
    unlinked = store.conn.execute("SELECT count(*) FROM annex_row_units WHERE unit_id IS NULL").fetchone()[0]
    assert unlinked == 0


def test_delete_plan_cascades_and_missing_plan_is_reported(store, demo_doc):
    plan_id = store.insert_plan(demo_doc)
    store.delete_plan(plan_id)
    counts = _counts(store.path)
    assert all(counts[t] == 0 for t in TABLES_WITH_PLAN_DATA)
    assert counts["units"] > 0, "the unit directory outlives the plans"
    with pytest.raises(NotFoundError):
        store.delete_plan(plan_id)
    with pytest.raises(NotFoundError):
        store.load_plan(plan_id)


def test_find_plans_by_id_and_by_title_without_accents(store, demo_doc):
    plan_id = store.insert_plan(demo_doc)
    assert [p.id for p in store.find_plans(str(plan_id))] == [plan_id]
    assert [p.id for p in store.find_plans("cua tung")] == [plan_id]
    assert [p.id for p in store.find_plans("CỬA TÙNG")] == [plan_id]
    assert store.find_plans("Đà Nẵng") == []


def test_data_dir_option_beats_environment_which_beats_platform(monkeypatch, tmp_path):
    monkeypatch.setenv(datadir.ENV_VAR, str(tmp_path / "from-env"))
    assert datadir.resolve_data_dir(tmp_path / "from-option") == (tmp_path / "from-option").resolve()
    assert datadir.resolve_data_dir(None) == (tmp_path / "from-env").resolve()
    monkeypatch.delenv(datadir.ENV_VAR)
    assert "CCHC Desktop" in str(datadir.resolve_data_dir(None))

"""The SQLite storage: pragmas, migrations, refusal of newer databases, damage moved aside,
atomic writes, identities kept, units matched, the trash."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import add_plan

from cchc_desktop import datadir, paths
from cchc_desktop.errors import (
    DamagedDatabaseError,
    DatabaseError,
    NewerDatabaseError,
    NotFoundError,
    UsageError,
)
from cchc_desktop.services.workspace import Workspace
from cchc_desktop.storage import connection, migrations
from cchc_desktop.storage.units import UnitResolver

TABLES_WITH_PLAN_DATA = (
    "plans",
    "plan_body_sections",
    "plan_units",
    "annex_sections",
    "annex_items",
    "annex_rows",
    "annex_row_units",
)


def _counts(db_file: Path) -> dict[str, int]:
    conn = sqlite3.connect(db_file)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in TABLES_WITH_PLAN_DATA + ("units",)
        }
    finally:
        conn.close()


def _copy_migrations(tmp_path: Path, extra: dict[str, str]) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), folder)
    for name, sql in extra.items():
        (folder / name).write_text(sql, encoding="utf-8")
    return folder


def test_fresh_database_has_safe_pragmas_mark_and_latest_schema(ws):
    conn = ws.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == connection.APPLICATION_ID
    assert migrations.schema_version(conn) == migrations.latest_version() >= 4
    assert migrations.recorded_schema_version(conn) == migrations.latest_version()
    assert not datadir.backup_dir(ws.data_dir).exists(), "no copy of an empty new database"


def test_migrations_run_in_order_after_a_copy_of_the_database(data_dir, demo_doc):
    with Workspace.open(data_dir) as ws:
        add_plan(ws, demo_doc)
    db_file = datadir.database_path(data_dir)
    latest = migrations.latest_version()
    folder = _copy_migrations(
        data_dir.parent,
        {
            f"{latest + 1:04d}_notes.sql": "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);",
            f"{latest + 2:04d}_more.sql": "INSERT INTO notes (text) SELECT title FROM plans;\n"
            "ALTER TABLE notes ADD COLUMN seen INTEGER DEFAULT 0;",
        },
    )
    conn = connection.connect(db_file)
    applied = migrations.migrate(conn, db_file, data_dir / "backups", migrations.find_migrations(folder))
    assert applied == [latest + 1, latest + 2]
    assert migrations.schema_version(conn) == latest + 2
    assert migrations.recorded_schema_version(conn) == latest + 2
    assert conn.execute("SELECT text, seen FROM notes").fetchall() == [(demo_doc.plan.title, 0)]
    conn.close()
    copies = list((data_dir / "backups").glob(f"cchc-*-pre-migration-v{latest}.sqlite3"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == latest
    assert old.execute("SELECT count(*) FROM plans").fetchone()[0] == 1
    old.close()


def test_failed_migration_leaves_the_previous_version_whole(data_dir, demo_doc):
    with Workspace.open(data_dir) as ws:
        add_plan(ws, demo_doc)
    db_file = datadir.database_path(data_dir)
    latest = migrations.latest_version()
    folder = _copy_migrations(
        data_dir.parent,
        {
            f"{latest + 1:04d}_broken.sql": "CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);",
        },
    )
    conn = connection.connect(db_file)
    with pytest.raises(DatabaseError) as caught:
        migrations.migrate(conn, db_file, data_dir / "backups", migrations.find_migrations(folder))
    assert caught.value.code == "db.migration_failed"
    assert migrations.schema_version(conn) == latest
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM plans").fetchone()[0] == 1
    conn.close()


def test_migration_numbers_must_be_contiguous(tmp_path):
    folder = _copy_migrations(tmp_path, {f"{migrations.latest_version() + 2:04d}_gap.sql": "SELECT 1;"})
    with pytest.raises(ValueError, match="liên tục"):
        migrations.find_migrations(folder)


def test_a_version_1_database_is_upgraded_with_identities_and_keeps_its_plans(tmp_path):
    db_file = tmp_path / "cchc.sqlite3"
    conn = connection.connect(db_file)
    migrations.migrate(conn, db_file, tmp_path / "backups", migrations.find_migrations()[:1])
    conn.execute("INSERT INTO plans (title, period_kind, period_year) VALUES ('Kế hoạch cũ', 'year', 2024)")
    conn.close()
    with Workspace.open(tmp_path) as ws:
        (plan,) = ws.plans.all()
        assert plan.title == "Kế hoạch cũ" and len(plan.uuid) == 36
    assert list((tmp_path / "backups").glob("cchc-*-pre-migration-v1.sqlite3"))


def test_newer_database_is_refused_and_left_untouched(data_dir):
    with Workspace.open(data_dir) as ws:
        with ws.db.transaction() as tx:  # a newer program writes both copies of the version
            tx.execute("UPDATE settings SET value = '99' WHERE key = 'schema_version'")
        ws.db.conn.execute("PRAGMA user_version = 99")
    db_file = datadir.database_path(data_dir)
    before = db_file.read_bytes()
    with pytest.raises(NewerDatabaseError) as caught:
        Workspace.open(data_dir)
    assert caught.value.code == "db.newer" and caught.value.exit_code == 5
    assert db_file.read_bytes() == before


def test_a_file_that_is_not_a_database_is_moved_aside_untouched(data_dir):
    bogus = datadir.database_path(data_dir)
    bogus.write_bytes(b"Day khong phai CSDL" * 200)
    with pytest.raises(DamagedDatabaseError) as caught:
        Workspace.open(data_dir)
    assert caught.value.code == "db.damaged"
    assert not bogus.exists()
    assert caught.value.moved_to.read_bytes() == b"Day khong phai CSDL" * 200
    assert caught.value.params["advice"].code == "db.advice.no_backup"


def test_damaged_database_is_moved_aside_and_the_newest_good_backup_offered(data_dir, demo_doc):
    with Workspace.open(data_dir) as ws:
        add_plan(ws, demo_doc)
        ws.backups.create("auto")
    db_file = datadir.database_path(data_dir)
    data = bytearray(db_file.read_bytes())
    page = 4096
    data[page * 3 : page * 5] = bytes(range(256)) * (2 * page // 256)
    db_file.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as caught:
        Workspace.open(data_dir)
    assert caught.value.moved_to.read_bytes() == bytes(data), "the damaged file is kept as it was"
    assert caught.value.newest_backup.plans == 1
    assert caught.value.params["advice"].code == "db.advice.backup"
    # The folder had data: an absent database is damage too, until a backup is restored.
    with pytest.raises(DamagedDatabaseError) as again:
        Workspace.open(data_dir)
    assert again.value.code == "db.vanished"
    from cchc_desktop.services.backups import restore_unopened

    restore_unopened(data_dir, "latest")
    with Workspace.open(data_dir) as ws:
        (plan,) = ws.plans.all()
        assert ws.plans.document(plan.id) == demo_doc


def test_a_locked_database_is_not_mistaken_for_a_damaged_one(data_dir, monkeypatch):
    Workspace.open(data_dir).close()
    db_file = datadir.database_path(data_dir)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(db_file, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError) as caught:
            Workspace.open(data_dir)
        assert not isinstance(caught.value, DamagedDatabaseError)
        assert db_file.exists(), "a busy database must stay where it is"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_insert_and_load_plan_keeps_structure_and_identities(ws, demo_doc):
    plan_id = add_plan(ws, demo_doc)
    loaded = ws.plans.document(plan_id)
    assert loaded == demo_doc
    assert loaded.counts() == demo_doc.counts()
    uuids = (
        [loaded.uuid]
        + [s.uuid for s in loaded.sections]
        + [i.uuid for i in loaded.all_items()]
        + [r.uuid for _s, _i, r in loaded.all_rows()]
    )
    assert all(len(u) == 36 for u in uuids) and len(set(uuids)) == len(uuids)
    summary = ws.plans.all()[0]
    assert (summary.id, summary.counts.sections, summary.counts.tasks, summary.counts.rows) == (
        plan_id,
        7,
        43,
        48,
    )


def test_error_half_way_through_a_plan_rolls_everything_back(ws, demo_doc, monkeypatch):
    add_plan(ws, demo_doc)
    before = _counts(ws.db.path)
    calls = {"n": 0}
    original = UnitResolver.resolve

    def failing_resolve(self, label):
        calls["n"] += 1
        if calls["n"] == 40:  # deep inside the annex, after many rows were written
            raise sqlite3.OperationalError("disk I/O error")
        return original(self, label)

    monkeypatch.setattr(UnitResolver, "resolve", failing_resolve)
    with pytest.raises(DatabaseError) as caught:
        add_plan(ws, demo_doc)
    assert caught.value.code == "db.write_failed"
    assert calls["n"] == 40
    assert _counts(ws.db.path) == before
    assert ws.db.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_units_are_matched_by_name_short_name_dash_ampersand_and_case(ws, demo_doc):
    add_plan(ws, demo_doc)
    units_after_first = len(ws.units.all())
    add_plan(ws, demo_doc)
    assert len(ws.units.all()) == units_after_first, "the same names must not create duplicates"
    row = ws.db.conn.execute(
        "SELECT u.name FROM annex_row_units ru JOIN units u ON u.id = ru.unit_id "
        "WHERE ru.label = 'Phòng VHXH' LIMIT 1"
    ).fetchone()
    assert row[0] == "Phòng Văn hóa – Xã hội"
    with ws.db.transaction() as tx:
        resolver = UnitResolver(tx)
        same = {
            resolver.resolve(name)
            for name in (
                "Phòng Văn hóa – Xã hội",
                "Phòng Văn hóa - Xã hội",
                "phòng văn hoá-xã hội",
                "Phòng  Văn hóa — Xã hội.",
            )
        }
        assert len(same) == 1
        assert resolver.resolve("HĐND & UBND xã") == resolver.resolve("HĐND và UBND xã")
    assert ws.db.scalar("SELECT count(*) FROM annex_row_units WHERE unit_id IS NULL") == 0


def test_trash_keeps_a_plan_whole_and_purge_removes_it(ws, demo_doc):
    plan_id = add_plan(ws, demo_doc)
    before = _counts(ws.db.path)
    ws.plans.move_to_trash(plan_id)
    assert ws.plans.all() == [] and [p.id for p in ws.plans.trash()] == [plan_id]
    assert _counts(ws.db.path) == before, "a plan in the trash keeps every row"
    with pytest.raises(NotFoundError) as caught:
        ws.plans.find(str(plan_id))
    assert caught.value.code == "plan.in_trash"
    ws.plans.restore_from_trash(str(plan_id))
    assert [p.id for p in ws.plans.all()] == [plan_id]
    ws.plans.move_to_trash(plan_id)
    assert ws.plans.empty_trash() == 1
    counts = _counts(ws.db.path)
    assert all(counts[t] == 0 for t in TABLES_WITH_PLAN_DATA)
    assert counts["units"] > 0, "the unit directory outlives the plans"
    with pytest.raises(NotFoundError):
        ws.plans.document(plan_id)


def test_find_plans_by_id_uuid_and_title_without_accents(ws, demo_doc):
    plan_id = add_plan(ws, demo_doc)
    plan = ws.plans.summary(plan_id)
    assert ws.plans.find(str(plan_id)).id == plan_id
    assert ws.plans.find(plan.uuid).id == plan_id
    assert ws.plans.find("cua tung").id == plan_id
    assert ws.plans.find("CỬA TÙNG").id == plan_id
    with pytest.raises(NotFoundError):
        ws.plans.find("Đà Nẵng")
    add_plan(ws, demo_doc)
    with pytest.raises(UsageError) as caught:
        ws.plans.find("cua tung")
    assert caught.value.code == "plan.ambiguous" and caught.value.exit_code == 2


def test_data_dir_option_beats_environment_which_beats_platform(monkeypatch, tmp_path):
    monkeypatch.setenv(datadir.ENV_VAR, str(tmp_path / "from-env"))
    assert datadir.resolve_data_dir(tmp_path / "from-option") == (tmp_path / "from-option").resolve()
    assert datadir.resolve_data_dir(None) == (tmp_path / "from-env").resolve()
    monkeypatch.delenv(datadir.ENV_VAR)
    assert "CCHC Desktop" in str(datadir.resolve_data_dir(None))

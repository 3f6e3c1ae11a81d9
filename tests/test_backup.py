"""Backups: verified copies, listing with contents, rotation, restore with a safety copy."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from cchc_desktop import backup, database
from cchc_desktop.errors import DatabaseError, OutputError


def test_backup_is_a_verified_self_contained_copy(store, demo_doc, tmp_path):
    store.insert_plan(demo_doc)
    path = backup.create_backup(store.conn, tmp_path / "bk", "manual")
    assert path.name.startswith("cchc-") and path.name.endswith("-manual.sqlite3")
    assert sorted(p.name for p in (tmp_path / "bk").iterdir()) == [path.name], "no -wal or .partial left"
    copy = sqlite3.connect(path)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM annex_rows").fetchone()[0] == 48
    copy.close()
    info = backup.inspect_backup(path)
    assert (info.ok, info.plans, info.rows, info.kind_label) == (True, 1, 48, "sao lưu thủ công")
    assert info.size == path.stat().st_size
    assert "1 kế hoạch, 48 dòng nhiệm vụ" in info.describe()


def test_two_backups_in_the_same_second_do_not_collide(store, tmp_path):
    when = dt.datetime(2026, 3, 1, 8, 0, 0)
    first = backup.create_backup(store.conn, tmp_path, "auto", when)
    second = backup.create_backup(store.conn, tmp_path, "auto", when)
    assert first != second and first.exists() and second.exists()
    assert [b.path for b in backup.list_backups(tmp_path)] == [second, first]


def test_damaged_backup_is_listed_as_damaged_and_never_restored(store, demo_doc, tmp_path):
    store.insert_plan(demo_doc)
    path = backup.create_backup(store.conn, tmp_path / "bk", "auto")
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck the second page
    path.write_bytes(bytes(data))
    info = backup.list_backups(tmp_path / "bk")[0]
    assert not info.ok and info.describe().startswith("HỎNG")
    assert backup.newest_good_backup(tmp_path / "bk") is None
    with pytest.raises(DatabaseError, match="không dùng được"):
        backup.restore_into(store.conn, path, tmp_path / "bk", database.latest_version())
    assert store.plan_count() == 1


def test_restore_replaces_content_after_a_safety_copy(store, demo_doc, tmp_path):
    store.insert_plan(demo_doc)
    saved = backup.create_backup(store.conn, tmp_path / "bk", "auto")
    store.insert_plan(demo_doc)
    store.insert_plan(demo_doc)
    safety = backup.restore_into(store.conn, saved, tmp_path / "bk", database.latest_version())
    assert store.plan_count() == 1
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert backup.inspect_backup(safety).plans == 3
    assert backup.inspect_backup(safety).kind == "pre-restore"
    store.insert_plan(demo_doc)  # the restored database is writable as before
    assert store.plan_count() == 2


def test_restore_refuses_a_backup_from_a_newer_version(store, tmp_path):
    path = backup.create_backup(store.conn, tmp_path, "manual")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(DatabaseError, match="mới hơn"):
        backup.restore_into(store.conn, path, tmp_path, database.latest_version())


def test_backup_to_an_unwritable_place_is_a_clear_error(store, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="Không ghi được bản sao lưu"):
        backup.create_backup(store.conn, blocker / "sub", "manual")


def _fake(tmp_path, kind: str, when: dt.datetime) -> backup.BackupInfo:
    path = tmp_path / backup.backup_name(kind, when)
    return backup.BackupInfo(path, when, kind, 0, ok=True)


def test_rotation_keeps_recent_daily_weekly_monthly_and_all_manual(tmp_path):
    now = dt.datetime(2026, 11, 23, 12, 0)
    autos = [_fake(tmp_path, "auto", now - dt.timedelta(hours=6 * i)) for i in range(4 * 400)]
    manuals = [_fake(tmp_path, "manual", now - dt.timedelta(days=300 + i)) for i in range(3)]
    doomed = set(backup.backups_to_prune(autos + manuals, now))
    kept = [b for b in autos if b.path not in doomed]
    assert not any(m.path in doomed for m in manuals)
    assert all(b.path not in doomed for b in autos[:10]), "the ten newest always stay"
    kept_days = {b.created.date() for b in kept if (now - b.created).days < 7}
    assert len(kept_days) >= 7
    kept_months = {(b.created.year, b.created.month) for b in kept}
    assert len(kept_months) >= 12
    assert len(kept) < 40, f"rotation keeps a bounded number, not {len(kept)}"
    assert all((now - b.created).days < 12 * 31 for b in kept)

"""Backups: verified, fingerprinted copies, listing with contents, rotation, restore with a safety
copy, refusal of damaged, altered, foreign and newer files."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from conftest import add_plan

from cchc_desktop.errors import DatabaseError, OutputError
from cchc_desktop.storage import backups, migrations


def test_backup_is_a_verified_fingerprinted_self_contained_copy(ws, demo_doc, tmp_path):
    add_plan(ws, demo_doc)
    path = backups.create_backup(ws.db.conn, tmp_path / "bk", "manual")
    assert path.name.startswith("cchc-") and path.name.endswith("-manual.sqlite3")
    assert sorted(p.name for p in (tmp_path / "bk").iterdir()) == [path.name, path.name + ".sha256"], (
        "no -wal or .partial left"
    )
    recorded = (tmp_path / "bk" / (path.name + ".sha256")).read_text().split()
    assert recorded == [backups.sha256_of(path), path.name], "the sha256sum format"
    copy = sqlite3.connect(path)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM annex_rows").fetchone()[0] == 48
    copy.close()
    info = backups.inspect_backup(path)
    assert (info.ok, info.plans, info.rows, info.kind, info.checksum) == (True, 1, 48, "manual", "ok")
    assert info.size == path.stat().st_size
    assert info.to_json()["plans"] == 1


def test_two_backups_in_the_same_second_do_not_collide(ws, tmp_path):
    when = dt.datetime(2026, 3, 1, 8, 0, 0)
    first = backups.create_backup(ws.db.conn, tmp_path, "auto", when)
    second = backups.create_backup(ws.db.conn, tmp_path, "auto", when)
    assert first != second and first.exists() and second.exists()
    assert [b.path for b in backups.list_backups(tmp_path)] == [second, first]


def test_damaged_backup_is_listed_as_damaged_and_never_restored(ws, demo_doc, tmp_path):
    add_plan(ws, demo_doc)
    path = backups.create_backup(ws.db.conn, ws.backups.folder, "auto")
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck the second page
    path.write_bytes(bytes(data))
    info = backups.list_backups(ws.backups.folder)[0]
    assert not info.ok and info.checksum == "mismatch" and info.problem.code == "backup.problem.checksum"
    assert backups.newest_good_backup(ws.backups.folder) is None
    with pytest.raises(DatabaseError) as caught:
        ws.backups.restore(path)
    assert caught.value.code == "backup.unusable"
    assert len(ws.plans.all()) == 1


def test_one_flipped_byte_inside_a_text_is_caught_by_the_fingerprint(ws, demo_doc):
    """SQLite keeps no page checksums: a changed letter passes integrity_check, not SHA-256."""
    add_plan(ws, demo_doc)
    path = ws.backups.create("manual").path
    data = bytearray(path.read_bytes())
    at = data.find("Quyết định thành lập đoàn".encode())
    assert at > 0
    data[at + 9] ^= 0x01
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "SQLite itself sees nothing"
    conn.close()
    info = backups.inspect_backup(path)
    assert not info.ok and info.checksum == "mismatch"
    with pytest.raises(DatabaseError):
        ws.backups.restore(path)


def test_restore_replaces_content_after_a_safety_copy(ws, demo_doc):
    add_plan(ws, demo_doc)
    saved = ws.backups.create("auto").path
    add_plan(ws, demo_doc)
    add_plan(ws, demo_doc)
    result = ws.backups.restore(saved)
    assert len(ws.plans.all()) == 1
    assert ws.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    safety = backups.inspect_backup(result.safety)
    assert (safety.plans, safety.kind) == (3, "pre-restore")
    add_plan(ws, demo_doc)  # the restored database is writable as before
    assert len(ws.plans.all()) == 2


def test_restore_refuses_a_backup_from_a_newer_version(ws, tmp_path):
    path = backups.create_backup(ws.db.conn, tmp_path, "manual")
    backups.checksum_path(path).unlink()  # no fingerprint: the file's own checks decide
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(DatabaseError) as caught:
        ws.backups.restore(path)
    assert caught.value.params["problem"].code == "backup.problem.newer"


def test_backup_to_an_unwritable_place_is_a_clear_error(ws, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(OutputError) as caught:
        backups.create_backup(ws.db.conn, blocker / "sub", "manual")
    assert caught.value.code == "backup.write_failed"


def _fake(tmp_path, kind: str, when: dt.datetime) -> backups.BackupInfo:
    path = tmp_path / backups.backup_name(kind, when)
    return backups.BackupInfo(path, when, kind, 0, ok=True)


def test_rotation_keeps_recent_daily_weekly_monthly_and_all_manual(tmp_path):
    now = dt.datetime(2026, 11, 23, 12, 0)
    autos = [_fake(tmp_path, "auto", now - dt.timedelta(hours=6 * i)) for i in range(4 * 400)]
    manuals = [_fake(tmp_path, "manual", now - dt.timedelta(days=300 + i)) for i in range(3)]
    doomed = set(backups.backups_to_prune(autos + manuals, now))
    kept = [b for b in autos if b.path not in doomed]
    assert not any(m.path in doomed for m in manuals)
    assert all(b.path not in doomed for b in autos[:10]), "the ten newest always stay"
    kept_days = {b.created.date() for b in kept if (now - b.created).days < 7}
    assert len(kept_days) >= 7
    kept_months = {(b.created.year, b.created.month) for b in kept}
    assert len(kept_months) >= 12
    assert len(kept) < 40, f"rotation keeps a bounded number, not {len(kept)}"
    assert all((now - b.created).days < 12 * 31 for b in kept)


def test_latest_means_the_newest_backup_that_is_not_a_safety_copy(ws, demo_doc):
    add_plan(ws, demo_doc)
    first = ws.backups.create("manual")
    add_plan(ws, demo_doc)
    ws.backups.restore("latest")  # back to one plan; a safety copy (two plans) appears
    assert len(ws.plans.all()) == 1
    again = ws.backups.restore("latest")  # must pick the same manual backup, not the safety copy
    assert again.source.path == first.path
    assert len(ws.plans.all()) == 1
    kinds = [b.kind for b in ws.backups.all()]
    assert kinds.count("pre-restore") == 2


def test_pre_restore_copies_are_rotated_like_the_others(ws):
    for _ in range(14):
        backups.create_backup(ws.db.conn, ws.backups.folder, "pre-restore")
    ws.backups.create("manual")  # every backup is followed by the rotation
    assert [b.kind for b in ws.backups.all()].count("pre-restore") == backups.KEEP_NEWEST["pre-restore"]


def test_schema_version_of_this_program(ws):
    assert migrations.schema_version(ws.db.conn) == migrations.latest_version()

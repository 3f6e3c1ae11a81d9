"""Issue 8, "nothing lost": one regression test per item, each failing on the code before the fix.

Most run the real program in child processes (the window, the command line), because what was
lost was lost between processes: a window killed while the command line wrote, twenty command
lines opening a new folder at once, a restore run twice. The window test and the crowds of
processes take a few seconds each; the file runs in well under a minute on two cores.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from annex_fixtures import commune_table, write_xlsx
from conftest import add_plan

from cchc_desktop import datadir
from cchc_desktop.errors import DamagedDatabaseError, DatabaseError, NewerDatabaseError
from cchc_desktop.i18n import message_template
from cchc_desktop.interchange.plan_json import read_plan_file
from cchc_desktop.services.workspace import Workspace
from cchc_desktop.storage import backups as backup_store
from cchc_desktop.storage import migrations
from cchc_desktop.storage.opening import MARKER_FILE
from cchc_desktop.storage.wal import inspect_wal

POSIX_ONLY = pytest.mark.skipif(
    os.name != "posix", reason="SIGKILL, select() on pipes, setrlimit and mounts are POSIX only"
)
CROWD = 20  # processes started together on one new folder (items 10, 11)
NOBODY = 65534
WINDOW_START_TIMEOUT_S = 90


# --- running the program ---------------------------------------------------------------------------


def cchc(data_dir: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """``cchc --data-dir DATA_DIR ARGS`` as a user types it."""
    return subprocess.run(
        [sys.executable, "-m", "cchc_desktop.cli", "--data-dir", str(data_dir), *args],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


# ``cchc`` with its imports done first, then (optionally) as another user, then (optionally) only
# once a start file appears: so that a crowd of them reaches the database at the same moment,
# and so that 'nobody' need not read root's interpreter library.
LAUNCHER = textwrap.dedent("""
    import importlib, os, sys, time
    go, user = sys.argv[1], int(sys.argv[2])
    import pkgutil
    import cchc_desktop
    from cchc_desktop.cli import main
    # 'nobody' cannot read this interpreter's library under /root: load every core module (and
    # what they load lazily) before dropping privileges.
    names = [m.name for m in pkgutil.walk_packages(cchc_desktop.__path__, "cchc_desktop.")
             if not m.name.startswith("cchc_desktop.gui") and not m.name.endswith("__main__")]
    for name in names + ["csv", "json", "uuid", "html", "encodings.utf_8_sig", "jsonschema"]:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    if user >= 0:
        os.setgid(user)
        os.setuid(user)
    if go != "-":
        open(f"{go}.ready-{os.getpid()}", "w").close()
        deadline = time.monotonic() + 120
        while not os.path.exists(go) and time.monotonic() < deadline:
            time.sleep(0.002)
    sys.exit(main(sys.argv[3:]))
""")


def launch(go: Path | None, user: int, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, str(go) if go else "-", str(user), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def run_together(go: Path, commands: list[list[str]]) -> list[tuple[int, str, str]]:
    """Start every command, wait until all have loaded the program, then let them go at once."""
    started = [launch(go, -1, *command) for command in commands]
    deadline = time.monotonic() + 120
    while len(list(go.parent.glob(f"{go.name}.ready-*"))) < len(started) and time.monotonic() < deadline:
        if any(p.poll() is not None for p in started):
            break  # one ended early: its exit code says why
        time.sleep(0.02)
    go.touch()
    results = []
    for process in started:
        out, err = process.communicate(timeout=180)
        results.append((process.returncode, out, err))
    return results


def shows(output: str, code: str) -> bool:
    """Whether ``output`` holds the message of ``code``, whatever its parameters were."""
    template = message_template(code)
    assert template, code
    pieces = [piece for piece in re.split(r"\{\w+\}", template) if len(piece.strip()) >= 6]
    return all(piece in output for piece in pieces)


def dump_hash(db_file: Path) -> str:
    """Everything the database holds, as one hash (content, not file layout)."""
    conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return hashlib.sha256("\n".join(conn.iterdump()).encode("utf-8")).hexdigest()
    finally:
        conn.close()


def titled(doc, title: str):
    out = copy.deepcopy(doc)
    out.plan.title = title
    return out


def folder_with_plan_and_backup(data_dir: Path, demo_doc) -> Path:
    """A data folder holding the demo plan and one manual backup of it; returns the backup."""
    with Workspace.open(data_dir) as ws:
        add_plan(ws, demo_doc)
        return ws.backups.create("manual").path


def live_titles(data_dir: Path) -> list[str]:
    with Workspace.open(data_dir) as ws:
        return [p.title for p in ws.plans.all()]


# --- 1. a damaged write-ahead log ------------------------------------------------------------------


@POSIX_ONLY
def test_window_killed_after_a_command_line_import_keeps_the_imported_plan(tmp_path):
    data_dir = tmp_path / "data"
    annex = write_xlsx(tmp_path / "phu-luc.xlsx", commune_table())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    window = subprocess.Popen(
        [sys.executable, "-m", "cchc_desktop", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + WINDOW_START_TIMEOUT_S
        while not (datadir.database_path(data_dir).exists() and list(data_dir.glob(".sessions/*.session"))):
            assert window.poll() is None, "the window ended by itself"
            assert time.monotonic() < deadline, "the window did not open its database"
            time.sleep(0.05)
        imported = cchc(data_dir, "import-annex", str(annex))
        assert imported.returncode == 0, imported.stderr
    finally:
        window.send_signal(signal.SIGKILL)
        window.wait()
    wal = data_dir / "cchc.sqlite3-wal"
    if wal.exists() and wal.stat().st_size > 40:
        damaged = bytearray(wal.read_bytes())
        damaged[40] ^= 0xFF  # the first frame's salt: SQLite then drops the whole log
        wal.write_bytes(bytes(damaged))
    listed = cchc(data_dir, "plans", "--json")
    assert listed.returncode == 0, listed.stderr
    titles = [p["title"] for p in json.loads(listed.stdout)]
    assert "CHI TIẾT CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH 6 THÁNG CUỐI NĂM 2025 CỦA XÃ CỬA TÙNG" in titles
    assert len(titles) == 2, "the demo plan the window loaded, and the imported one"


def _crash_with_work_in_the_log(tmp_path: Path, demo_doc, copies: int) -> list[Path]:
    """Data folders as a power cut leaves them: a plan committed but only in the write-ahead
    log (a reader held it there), next to the database file."""
    live = tmp_path / "live"
    with Workspace.open(live) as ws:
        add_plan(ws, demo_doc)
        reader = sqlite3.connect(ws.db.path)
        try:
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM plans").fetchone()  # pins the log: no checkpoint
            add_plan(ws, titled(demo_doc, "Kế hoạch chỉ có trong nhật ký ghi"))
            folders = []
            for number in range(copies):
                folder = tmp_path / f"crashed-{number}"
                folder.mkdir()
                for name in ("cchc.sqlite3", "cchc.sqlite3-wal", MARKER_FILE):
                    shutil.copy2(live / name, folder / name)
                folders.append(folder)
        finally:
            reader.close()
    report = inspect_wal(folders[0] / "cchc.sqlite3-wal")
    assert report.replayable_frames > 0 and not report.damaged
    return folders


def _flip_log_byte(folder: Path, offset: int = 40) -> bytes:
    wal = folder / "cchc.sqlite3-wal"
    data = bytearray(wal.read_bytes())
    data[offset] ^= 0xFF
    wal.write_bytes(bytes(data))
    return bytes(data)


def test_damaged_log_with_committed_work_is_reported_and_kept(tmp_path, demo_doc):
    intact, damaged, for_cli = _crash_with_work_in_the_log(tmp_path, demo_doc, 3)
    database_before = (damaged / "cchc.sqlite3").read_bytes()

    # Undamaged: the committed plan is replayed; the log was copied aside before, all the same.
    with Workspace.open(intact) as ws:
        assert "Kế hoạch chỉ có trong nhật ký ghi" in [p.title for p in ws.plans.all()]
        assert [n.code for n in ws.notices] == ["db.wal_kept"]

    damaged_log = _flip_log_byte(damaged)
    assert inspect_wal(damaged / "cchc.sqlite3-wal").damaged
    with Workspace.open(damaged) as ws:
        notices = {n.code: n for n in ws.notices}
        titles = [p.title for p in ws.plans.all()]
    assert "db.wal_damaged" in notices, "a lost transaction must not go without a word"
    assert notices["db.wal_damaged"].params["lost"] >= 1
    assert titles == [demo_doc.plan.title]  # SQLite dropped the log: what the notice is about
    kept = list(damaged.glob("cchc-truoc-phuc-hoi-*.sqlite3"))
    assert len(kept) == 1 and str(kept[0]) == notices["db.wal_damaged"].params["copy"]
    assert kept[0].read_bytes() == database_before
    assert kept[0].with_name(kept[0].name + "-wal").read_bytes() == damaged_log

    _flip_log_byte(for_cli)
    listed = cchc(for_cli, "plans")
    assert listed.returncode == 0, listed.stderr
    assert shows(listed.stderr, "db.wal_damaged"), listed.stderr
    assert list(for_cli.glob("cchc-truoc-phuc-hoi-*.sqlite3-wal"))


# --- 2. a vanished database is damage, not a first run ---------------------------------------------


@pytest.mark.parametrize("how", ["emptied, backups beside it", "deleted, only the marker file"])
def test_vanished_database_is_reported_with_the_newest_backup(data_dir, demo_doc, how):
    made = folder_with_plan_and_backup(data_dir, demo_doc)
    db_file = datadir.database_path(data_dir)
    if how.startswith("emptied"):
        (data_dir / MARKER_FILE).unlink()
        db_file.write_bytes(b"")
    else:
        shutil.rmtree(datadir.backup_dir(data_dir))
        db_file.unlink()
    with pytest.raises(DamagedDatabaseError) as caught:
        Workspace.open(data_dir, demo="first-run")  # what the window asks for
    assert caught.value.code == "db.vanished"
    newest = caught.value.newest_backup
    assert (newest.path if newest else None) == (made if how.startswith("emptied") else None)
    listed = cchc(data_dir, "plans")
    assert listed.returncode == 5 and shows(listed.stderr, "db.vanished"), listed.stderr
    assert not db_file.exists() or db_file.stat().st_size == 0, "nothing written in its place"
    if newest is not None:
        restored = cchc(data_dir, "restore", "latest")
        assert restored.returncode == 0, restored.stderr
        assert made.name in restored.stdout
        assert live_titles(data_dir) == [demo_doc.plan.title]


def test_init_empty_starts_empty_on_purpose_and_without_the_demo(data_dir, demo_doc):
    folder_with_plan_and_backup(data_dir, demo_doc)
    datadir.database_path(data_dir).unlink()
    started = cchc(data_dir, "init", "--empty")
    assert started.returncode == 0, started.stderr
    with Workspace.open(data_dir, demo="first-run") as ws:  # the window's next start
        assert ws.plans.all() == []
    assert len(backup_store.list_backups(datadir.backup_dir(data_dir))) == 1, "the backup is kept"


@pytest.mark.parametrize("choice", ["Thoát", "Bắt đầu với dữ liệu trống", "Khôi phục bản sao lưu mới nhất"])
def test_window_asks_and_never_puts_the_demo_in_place_of_a_vanished_database(
    qtbot, monkeypatch, data_dir, demo_doc, choice
):
    from PySide6.QtWidgets import QMessageBox

    from cchc_desktop.gui import app

    folder_with_plan_and_backup(data_dir, demo_doc)
    datadir.database_path(data_dir).write_bytes(b"")
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == choice).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    app.create_application()
    workspace = app.open_workspace(data_dir)
    assert len(asked) == 1 and shows(asked[0], "db.vanished")
    if workspace is None:
        assert choice == "Thoát"
        assert datadir.database_path(data_dir).stat().st_size == 0
        return
    with workspace:
        titles = [p.title for p in workspace.plans.all()]
    assert titles == ([] if choice.startswith("Bắt đầu") else [demo_doc.plan.title])
    if choice.startswith("Bắt đầu"):
        assert list(data_dir.glob("cchc-trong-*.sqlite3")), "the emptied file is kept aside"
        assert live_titles(data_dir) == [], "nor at the next start"


# --- 3. a foreign SQLite file is not a backup -------------------------------------------------------


def _foreign_file(path: Path, tables: dict[str, str]) -> Path:
    conn = sqlite3.connect(path)
    for name, columns in tables.items():
        conn.execute(f"CREATE TABLE {name} ({columns})")
    conn.execute("INSERT INTO plans VALUES (1, 'Kế hoạch của chương trình khác')")
    conn.commit()
    conn.close()
    return path


def test_restore_refuses_foreign_sqlite_files_and_changes_nothing(data_dir, demo_doc):
    made = folder_with_plan_and_backup(data_dir, demo_doc)
    folder = datadir.backup_dir(data_dir)
    # Named as backups newer than the real one: "latest" must pass over them too.
    lookalike = _foreign_file(
        folder / "cchc-29990101-000000-manual.sqlite3",
        {"plans": "id INTEGER PRIMARY KEY, name TEXT", "annex_rows": "id, content"},
    )
    our_names = {name: "id INTEGER PRIMARY KEY, other TEXT" for name in backup_store._CORE_TABLES}
    other_columns = _foreign_file(folder / "cchc-29990102-000000-manual.sqlite3", our_names)
    db_file = datadir.database_path(data_dir)
    before = dump_hash(db_file)
    with Workspace.open(data_dir) as ws:
        for foreign in (lookalike, other_columns):
            with pytest.raises(DatabaseError) as caught:
                ws.backups.restore(foreign)
            assert caught.value.code == "backup.unusable"
    refused = cchc(data_dir, "restore", str(lookalike))
    assert refused.returncode == 5 and shows(refused.stderr, "backup.unusable"), refused.stderr
    assert dump_hash(db_file) == before
    restored = cchc(data_dir, "restore", "latest")
    assert restored.returncode == 0, restored.stderr
    assert made.name in restored.stdout
    assert live_titles(data_dir) == [demo_doc.plan.title]


# --- 4. restoring "latest" twice --------------------------------------------------------------------


def test_second_restore_latest_restores_the_same_backup(data_dir, demo_doc):
    made = folder_with_plan_and_backup(data_dir, demo_doc)
    with Workspace.open(data_dir) as ws:
        add_plan(ws, titled(demo_doc, "Kế hoạch thêm sau bản sao lưu"))
    first = cchc(data_dir, "restore", "latest")
    second = cchc(data_dir, "restore", "latest")
    for result in (first, second):
        assert result.returncode == 0, result.stderr
        assert f"Đã khôi phục từ {made.name}" in result.stdout, result.stdout
    assert live_titles(data_dir) == [demo_doc.plan.title], "the second restore did not undo the first"
    safety = [b for b in backup_store.list_backups(datadir.backup_dir(data_dir)) if b.kind == "pre-restore"]
    assert sorted(b.plans for b in safety) == [1, 2], "the later plan is kept in the first safety copy"


# --- 5. a damaged version number --------------------------------------------------------------------


def test_damaged_user_version_is_damage_and_restore_latest_needs_no_open(data_dir, tmp_path, demo_doc):
    made = folder_with_plan_and_backup(data_dir, demo_doc)
    db_file = datadir.database_path(data_dir)
    data = bytearray(db_file.read_bytes())
    data[60:64] = (0x41000001).to_bytes(4, "big")  # the header's user_version
    db_file.write_bytes(bytes(data))
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy2(db_file, datadir.database_path(other))
    with pytest.raises(DamagedDatabaseError) as caught:
        Workspace.open(other)
    assert caught.value.code == "db.version_damaged"
    assert not isinstance(caught.value, NewerDatabaseError)

    restored = cchc(data_dir, "restore", "latest")
    assert restored.returncode == 0, restored.stderr
    assert shows(restored.stderr, "db.version_damaged") and made.name in restored.stdout
    assert live_titles(data_dir) == [demo_doc.plan.title]
    assert [p.read_bytes() for p in data_dir.glob("cchc-hong-*.sqlite3")] == [bytes(data)], "kept aside"


# --- 6. a changed byte that SQLite cannot see ------------------------------------------------------


def test_changed_letter_in_a_backup_is_caught_by_its_fingerprint(data_dir, demo_doc):
    made = folder_with_plan_and_backup(data_dir, demo_doc)
    data = bytearray(made.read_bytes())
    at = data.index("Cửa Tùng".encode())
    data[at] = ord("D")  # "Dửa Tùng": still valid text, still a valid page
    made.write_bytes(bytes(data))
    conn = backup_store.open_read_only(made)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    listed = cchc(data_dir, "backups")
    assert listed.returncode == 0, listed.stderr
    line = next(line for line in listed.stdout.splitlines() if made.name in line)
    assert shows(line, "backup.problem.checksum"), line
    before = dump_hash(datadir.database_path(data_dir))
    refused = cchc(data_dir, "restore", str(made))
    assert refused.returncode == 5 and shows(refused.stderr, "backup.unusable"), refused.stderr
    assert dump_hash(datadir.database_path(data_dir)) == before


# --- 10, 11. many processes on a new data folder -----------------------------------------------------


@POSIX_ONLY
def test_many_processes_opening_a_new_folder_at_once_all_succeed(tmp_path):
    data_dir = tmp_path / "data"
    results = run_together(tmp_path / "go", [["--data-dir", str(data_dir), "plans"]] * CROWD)
    failed = [(code, err) for code, _out, err in results if code != 0 or err.strip()]
    assert not failed, failed[:3]
    conn = sqlite3.connect(datadir.database_path(data_dir))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


@POSIX_ONLY
def test_many_demo_requests_at_once_load_the_demo_plan_once(tmp_path):
    data_dir = tmp_path / "data"
    results = run_together(tmp_path / "go", [["--data-dir", str(data_dir), "--demo", "plans"]] * CROWD)
    assert [code for code, _out, _err in results] == [0] * CROWD, [err for _c, _o, err in results][:3]
    conn = sqlite3.connect(datadir.database_path(data_dir))
    try:
        assert conn.execute("SELECT count(*) FROM plans").fetchone()[0] == 1
    finally:
        conn.close()


# --- 12. backups side by side, leftovers, rotation ---------------------------------------------------


@POSIX_ONLY
def test_two_backups_at_once_both_succeed_each_with_its_fingerprint(data_dir, demo_doc):
    with Workspace.open(data_dir) as ws:
        add_plan(ws, demo_doc)
    results = run_together(data_dir.parent / "go", [["--data-dir", str(data_dir), "backup"]] * 2)
    assert [code for code, _out, _err in results] == [0, 0], results
    made = sorted(datadir.backup_dir(data_dir).glob("cchc-*.sqlite3"))
    assert len(made) == 2
    for path in made:
        recorded = backup_store.checksum_path(path).read_text(encoding="ascii").split()
        assert recorded == [backup_store.sha256_of(path), path.name]


def _older_copies(folder: Path, source: Path, kind: str, count: int) -> list[Path]:
    """Copies of a good backup named as ``kind`` backups of past days, each with its fingerprint."""
    made = []
    for day in range(1, count + 1):
        path = folder / backup_store.backup_name(kind, dt.datetime(2026, 1, day, 9, 0, 0))
        shutil.copy2(source, path)
        backup_store.checksum_path(path).write_text(
            f"{backup_store.sha256_of(path)}  {path.name}\n", encoding="ascii"
        )
        made.append(path)
    return made


def test_next_backup_sweeps_stale_partials_and_prunes_safety_copies(data_dir, demo_doc):
    made = folder_with_plan_and_backup(data_dir, demo_doc)
    folder = datadir.backup_dir(data_dir)
    safety = _older_copies(folder, made, "pre-restore", 12)
    stale, fresh = (
        folder / "cchc-20260101-000000-x1y2z3.partial",
        folder / "cchc-20260101-000001-a1b2c3.partial",
    )
    for leftover in (stale, fresh):
        leftover.write_bytes(b"half a backup")
    old = time.time() - 20 * 60
    os.utime(stale, (old, old))
    result = cchc(data_dir, "backup")
    assert result.returncode == 0, result.stderr
    assert not stale.exists(), "a writer killed 20 minutes ago left it"
    assert fresh.exists(), "it may belong to a backup being written right now"
    kept = [b.path for b in backup_store.list_backups(folder) if b.kind == "pre-restore"]
    assert sorted(kept) == sorted(safety[2:]), "the ten newest safety copies"
    restored = cchc(data_dir, "restore", "latest")  # a restore from the command line makes one more
    assert restored.returncode == 0, restored.stderr
    assert len([b for b in backup_store.list_backups(folder) if b.kind == "pre-restore"]) == 10


# --- smaller: where an error belongs, and a folder that cannot be written ---------------------------


def test_backup_to_a_place_that_cannot_be_written_is_an_output_error(data_dir, demo_doc):
    with Workspace.open(data_dir) as ws:
        add_plan(ws, demo_doc)
    result = cchc(data_dir, "backup", "--to", "/proc/1")
    assert result.returncode == 6, result.stderr
    assert shows(result.stderr, "backup.write_failed"), result.stderr


@POSIX_ONLY
def test_read_only_data_folder_still_lists_and_exports_but_refuses_writes(demo_doc):
    # Not under tmp_path: pytest's folders are private to root, and the program runs as 'nobody'.
    base = Path(tempfile.mkdtemp(prefix="cchc-ro-"))
    data_dir, out = base / "data", base / "out"
    try:
        with Workspace.open(data_dir) as ws:
            add_plan(ws, demo_doc)
        db_file = datadir.database_path(data_dir)
        before, listing = db_file.read_bytes(), sorted(p.name for p in data_dir.iterdir())
        out.mkdir()
        os.chmod(out, 0o777)
        os.chmod(db_file, 0o444)
        os.chmod(data_dir, 0o555)
        os.chmod(base, 0o755)
        user = NOBODY if os.geteuid() == 0 else -1  # root ignores permission bits

        def run(*args: str) -> tuple[int, str, str]:
            process = launch(None, user, "--data-dir", str(data_dir), *args)
            stdout, stderr = process.communicate(timeout=120)
            return process.returncode, stdout, stderr

        code, stdout, stderr = run("plans")
        assert code == 0 and demo_doc.plan.title in stdout, stderr
        assert shows(stderr, "db.opened_read_only"), stderr
        code, _stdout, stderr = run("export-json", "1", "-o", str(out / "ke-hoach.json"))
        assert code == 0 and shows(stderr, "db.opened_read_only"), stderr
        assert read_plan_file(out / "ke-hoach.json") == demo_doc
        code, _stdout, stderr = run("delete", "1")
        assert code == 5 and shows(stderr, "db.read_only"), stderr
        assert db_file.read_bytes() == before
        assert sorted(p.name for p in data_dir.iterdir()) == listing, "nothing created beside it"
    finally:
        os.chmod(base / "data", 0o755)
        shutil.rmtree(base)

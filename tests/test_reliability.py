"""Nothing lost: killed writers, damaged files, a full disk, a read-only data folder.

Small runs of bench/crash_kill.py and bench/corruption.py always run. The tests marked slow run
by default too, at a moderate size (40 kills, 100 damage rounds: about 45 s on two shared cores);
with CCHC_SLOW=1 the kill test runs the full 200 kills (the bench's 140 s). Deselect them with
``-m "not slow"``. docs/reliability.md has the figures measured with the full benches;
tests/test_nothing_lost.py holds the regression tests of issue 8.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from conftest import add_plan

from cchc_desktop import datadir
from cchc_desktop.errors import DamagedDatabaseError
from cchc_desktop.services.workspace import Workspace
from cchc_desktop.storage import backups as backup_store
from cchc_desktop.storage import migrations

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import corruption
import crash_kill

POSIX_ONLY = pytest.mark.skipif(
    os.name != "posix", reason="SIGKILL, select() on pipes, setrlimit and mounts are POSIX only"
)
SLOW_KILLS = 200 if os.environ.get("CCHC_SLOW") == "1" else 40


def _fingerprint(db_file: Path) -> str:
    """Everything the database holds, as one hash (content, not file layout)."""
    conn = sqlite3.connect(db_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return hashlib.sha256("\n".join(conn.iterdump()).encode("utf-8")).hexdigest()
    finally:
        conn.close()


# --- crash kills -------------------------------------------------------------------------------


def _assert_nothing_lost(report: crash_kill.CrashReport, kills: int) -> None:
    assert report.kills == kills
    assert report.claimed_inserts > 0, "the children never got to write"
    assert report.lost_changes == 0, report.problems
    assert report.integrity_failures == 0, report.problems
    assert report.half_written_plans == 0, report.problems
    assert report.damaged_finished_backups == 0, report.problems
    assert report.child_errors == 0, report.problems
    assert report.damaged_log_reports == 0, report.problems


@POSIX_ONLY
def test_killed_writer_loses_no_committed_change(tmp_path):
    report = crash_kill.run_crash_kills(tmp_path / "data", kills=6, seed=11, backup_every=2)
    _assert_nothing_lost(report, 6)
    assert report.claimed_backups > 0


@POSIX_ONLY
def test_crash_bench_notices_claims_made_before_the_commit(tmp_path):
    """The bench's self-test: a child that claims inside an uncommitted transaction is caught."""
    report = crash_kill.run_crash_kills(tmp_path / "data", kills=4, seed=5, backup_every=0, faulty_child=True)
    assert report.lost_changes > 0
    assert not report.ok


@pytest.mark.slow
@POSIX_ONLY
def test_many_kills_lose_nothing(tmp_path):
    report = crash_kill.run_crash_kills(tmp_path / "data", kills=SLOW_KILLS, seed=1)
    _assert_nothing_lost(report, SLOW_KILLS)
    assert report.kills_during_backup > 0


# --- damaged copies ----------------------------------------------------------------------------


def _assert_handled(report: corruption.CorruptionReport, rounds: int) -> None:
    assert report.rounds == rounds
    assert report.crashes == 0 and report.hangs == 0, report.problems
    assert report.overwrites == 0, report.problems
    assert report.wrong_answers == 0, report.problems
    assert report.restores_ok == rounds, report.problems
    assert not report.unhandled_by_type, report.problems
    assert report.reported_damaged > 0 and report.backups_rejected > 0
    assert report.caught_by_fingerprint == report.changed_backups_with_fingerprint > 0, report.problems


@POSIX_ONLY
def test_damaged_copies_are_reported_never_overwritten_and_restore_recovers(tmp_path):
    _assert_handled(corruption.run_corruption(tmp_path, rounds=10, seed=3), 10)


@pytest.mark.slow
@POSIX_ONLY
def test_hundred_damaged_copies(tmp_path):
    _assert_handled(corruption.run_corruption(tmp_path, rounds=100, seed=1), 100)


def _demo_database(data_dir: Path, demo_doc, copies: int = 1) -> Path:
    with Workspace.open(data_dir) as ws:
        for _ in range(copies):
            add_plan(ws, demo_doc)
    return datadir.database_path(data_dir)


def test_schema_text_that_is_not_utf8_is_reported_as_damage(data_dir, demo_doc):
    db_file = _demo_database(data_dir, demo_doc)
    original = db_file.read_bytes()
    damaged = original.replace(b"RESTRICT", b"RESTR\xfdCT")  # one byte of the schema's text
    assert damaged != original
    db_file.write_bytes(damaged)
    with pytest.raises(DamagedDatabaseError) as caught:
        Workspace.open(data_dir)
    assert caught.value.code == "db.damaged"
    assert Path(caught.value.moved_to).read_bytes() == damaged


def test_backup_whose_schema_text_is_not_utf8_is_listed_as_unusable(ws, demo_doc, tmp_path):
    add_plan(ws, demo_doc)
    path = backup_store.create_backup(ws.db.conn, tmp_path / "bk", "manual")
    path.write_bytes(path.read_bytes().replace(b"RESTRICT", b"RESTR\xfdCT"))
    assert not backup_store.inspect_backup(path).ok
    # Without its fingerprint (a backup copied alone) SQLite's own checks must still catch it.
    backup_store.checksum_path(path).unlink()
    info = backup_store.inspect_backup(path, migrations.latest_version())
    assert not info.ok and info.checksum == "missing"
    assert info.problem.code == "backup.problem.unreadable"


def test_a_text_value_that_is_not_utf8_does_not_escape_as_a_raw_sqlite_error(ws, demo_doc):
    plan_id = add_plan(ws, demo_doc)
    # What a flipped byte inside "Ban" does; integrity_check cannot see it.
    ws.db.conn.execute("UPDATE plans SET annex_note = CAST(X'4261C328' AS TEXT) WHERE id = ?", [plan_id])
    assert ws.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert ws.plans.all()[0].id == plan_id
    assert ws.plans.document(plan_id).plan.annex_note == "Ba\ufffd("  # the bad byte shows as "�"


# --- a full disk and a read-only folder, in child processes ------------------------------------

# The child: optional file-size limit and unprivileged user, then one operation through the
# workspace. A CchcError is what the program shows the user (its message, then its code on a line
# of its own for the tests); anything else ends in a traceback on stderr.
APP_CHILD = textwrap.dedent("""
    import copy, os, resource, signal, sys
    from pathlib import Path
    from cchc_desktop import paths
    from cchc_desktop.domain.edits import Edit, PurgePlan
    from cchc_desktop.errors import CchcError
    from cchc_desktop.i18n import Message
    from cchc_desktop.interchange.plan_json import read_plan_file
    from cchc_desktop.services.plans import fresh_identities
    from cchc_desktop.services.workspace import Workspace
    from cchc_desktop.storage import backups

    data_dir, operation = Path(sys.argv[1]), sys.argv[2]
    size_limit, user_id = int(sys.argv[3]), int(sys.argv[4])
    demo = fresh_identities(read_plan_file(paths.demo_plan_path()))
    big = copy.deepcopy(demo)
    for item in big.all_items():
        for row in item.rows:
            row.activity = (row.activity + " ") * 300   # about 1.3 MB of text in one plan
    if size_limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # a write past the limit fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (size_limit, size_limit))
    if user_id >= 0:
        # Everything imported first: 'nobody' cannot read the interpreter's library under /root.
        import cchc_desktop.services.backups, cchc_desktop.services.changelog, cchc_desktop.services.imports
        import cchc_desktop.services.settings, cchc_desktop.services.units
        os.setgid(user_id)
        os.setuid(user_id)
    try:
        with Workspace.open(data_dir) as ws:
            if operation == "insert-big":
                ws.plans.create(big)
            elif operation == "insert":
                ws.plans.create(demo)
            elif operation == "delete":
                purge = PurgePlan(ws.plans.all()[0].uuid)
                ws.edits.apply(Edit(Message("log.action.purge"), (purge,)))
            elif operation == "backup":
                backups.create_backup(ws.db.conn, Path(sys.argv[5]), "manual")
    except CchcError as error:
        print(f"Lỗi: {error.message}", file=sys.stderr)
        print(f"code: {error.code}", file=sys.stderr)
        sys.exit(error.exit_code)
""")


def _run_app(
    data_dir: Path, operation: str, size_limit: int = 0, user_id: int = -1, *extra: str
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", APP_CHILD, str(data_dir), operation, str(size_limit), str(user_id), *extra],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def _assert_clean_failure(
    result: subprocess.CompletedProcess, exit_codes: set[int], codes: set[str], *phrases: str
):
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in exit_codes, (result.returncode, result.stderr)
    assert result.stderr.startswith("Lỗi: "), result.stderr
    assert result.stderr.rstrip().splitlines()[-1].removeprefix("code: ") in codes, result.stderr
    for phrase in phrases:
        assert phrase in result.stderr, result.stderr


@POSIX_ONLY
@pytest.mark.parametrize("operation", ["insert-big", "delete"])
def test_write_past_the_file_size_limit_fails_cleanly_and_changes_nothing(data_dir, demo_doc, operation):
    db_file = _demo_database(data_dir, demo_doc, copies=2)
    before = _fingerprint(db_file)
    # Room for the -shm file and a few WAL frames, far less than the change needs.
    limit = 48 * 1024 if operation == "delete" else db_file.stat().st_size + 256 * 1024
    result = _run_app(data_dir, operation, limit)
    _assert_clean_failure(result, {5}, {"db.write_failed"}, "Dữ liệu giữ nguyên")
    with Workspace.open(data_dir) as ws:  # the program's next start
        assert len(ws.plans.all()) == 2
    assert _fingerprint(db_file) == before


@POSIX_ONLY
def test_backup_past_the_file_size_limit_leaves_no_finished_looking_file(data_dir, demo_doc, tmp_path):
    db_file = _demo_database(data_dir, demo_doc, copies=2)
    before = _fingerprint(db_file)
    folder = tmp_path / "usb"
    result = _run_app(data_dir, "backup", 64 * 1024, -1, str(folder))  # the database is ~190 KB
    _assert_clean_failure(result, {5, 6}, {"backup.write_failed", "backup.failed"}, "sao lưu")
    assert not list(folder.glob("cchc-*")), "no backup, finished-looking or partial"
    assert _fingerprint(db_file) == before


def _user_id_without_rights() -> int:
    """-1 when already unprivileged; 'nobody' when root (root ignores permission bits)."""
    return 65534 if os.geteuid() == 0 else -1


@POSIX_ONLY
def test_read_only_data_folder_is_a_clear_message_and_the_database_stays(demo_doc):
    # Not under tmp_path: pytest's folders are private to root, and the child runs as 'nobody'.
    base = Path(tempfile.mkdtemp(prefix="cchc-ro-"))
    try:
        data_dir = base / "data"
        db_file = _demo_database(data_dir, demo_doc)
        before = db_file.read_bytes()
        listing = sorted(p.name for p in data_dir.iterdir())
        os.chmod(db_file, 0o444)
        os.chmod(data_dir, 0o555)
        os.chmod(base, 0o755)
        result = _run_app(data_dir, "insert", 0, _user_id_without_rights())
        _assert_clean_failure(result, {5}, {"db.read_only"}, str(data_dir))
        assert sorted(p.name for p in data_dir.iterdir()) == listing, "nothing created beside it"
        assert db_file.read_bytes() == before
    finally:
        os.chmod(base / "data", 0o755)
        shutil.rmtree(base)


# --- a real tiny or read-only filesystem, in a private mount namespace ---------------------------

# Runs as root inside `unshare --mount`: the mount disappears with the process, whatever happens.
# Prints the app child's exit code and stderr, then the database's state, as one JSON line.
MOUNT_DRIVER = textwrap.dedent("""
    import hashlib, json, shutil, sqlite3, subprocess, sys
    from pathlib import Path
    mount_point, source, how, app_child = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    if how == "tiny":
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)], check=True)
        (mount_point / "data").mkdir()
        shutil.copy(source, mount_point / "data" / "cchc.sqlite3")
        operation = "insert-big"
    else:
        (mount_point / "data").mkdir()
        shutil.copy(source, mount_point / "data" / "cchc.sqlite3")
        subprocess.run(["mount", "--bind", str(mount_point), str(mount_point)], check=True)
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mount_point)], check=True)
        operation = "insert"
    app = subprocess.run([sys.executable, "-c", app_child, str(mount_point / "data"), operation, "0", "-1"],
                         capture_output=True, text=True, encoding="utf-8")
    db = mount_point / "data" / "cchc.sqlite3"
    # immutable: on the read-only filesystem SQLite could not create the -shm file of a WAL database
    conn = sqlite3.connect(f"{db.as_uri()}?immutable=1", uri=True) if how == "ro" else sqlite3.connect(db)
    state = {"integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
             "fingerprint": hashlib.sha256("\\n".join(conn.iterdump()).encode()).hexdigest()}
    conn.close()
    print(json.dumps({"code": app.returncode, "stderr": app.stderr, **state}))
""")


def _private_mounts_possible(probe_dir: Path) -> str:
    """'' when this process may mount in a private namespace, else why not."""
    if os.geteuid() != 0:
        return "mounting a tiny or read-only filesystem needs root"
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return "the unshare and mount commands are missing"
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "mount", "-t", "tmpfs", "tmpfs", str(probe_dir)],
        check=False,
        capture_output=True,
        text=True,
    )
    return "" if probe.returncode == 0 else f"no mount namespace here: {probe.stderr.strip()}"


@POSIX_ONLY
@pytest.mark.parametrize("how", ["tiny", "ro"])
def test_full_or_read_only_filesystem_fails_cleanly_and_changes_nothing(tmp_path, demo_doc, how):
    mount_point = tmp_path / "mnt"
    mount_point.mkdir()
    reason = _private_mounts_possible(mount_point)
    if reason:
        pytest.skip(reason)
    source = _demo_database(tmp_path / "source", demo_doc, copies=2)
    before = _fingerprint(source)
    driver = subprocess.run(
        [
            "unshare",
            "--mount",
            "--propagation",
            "private",
            sys.executable,
            "-c",
            MOUNT_DRIVER,
            str(mount_point),
            str(source),
            how,
            APP_CHILD,
        ],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert driver.returncode == 0, driver.stderr
    outcome = json.loads(driver.stdout)
    app = subprocess.CompletedProcess([], outcome["code"], "", outcome["stderr"])
    expected = {"db.write_failed"} if how == "tiny" else {"db.read_only"}
    _assert_clean_failure(app, {5}, expected, "Dữ liệu giữ nguyên" if how == "tiny" else "chỉ cho phép đọc")
    assert outcome["integrity"] == "ok"
    assert outcome["fingerprint"] == before

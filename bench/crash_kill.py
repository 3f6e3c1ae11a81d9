"""Crash safety: kill a process that is writing to the database, again and again, at random moments.

A child process (this script with ``--child``) opens the data folder the way the program does
(``Workspace.open``) and loops over real changes: it inserts small plans titled "Kế hoạch #N"
(``ws.plans.create``) and now and then removes an older one for good (a ``PurgePlan`` edit).
Only after a call has returned does it print the change ("insert <id> <N>", "delete <id> <N>"):
that line is its claim that the change is committed. A delete is announced before the call
("deleting <id> <N>"), so a kill between its commit and its claim is not mistaken for the loss of
the plan it removed. Some rounds the child also writes backups
("backup-start", then "backup <path>" once create_backup has returned).

The parent starts the child, waits a random 20–400 ms, kills it with SIGKILL, then opens the
data folder as the program's next start would (``Workspace.open``: the unclean log is copied
aside first, and a damaged one would be reported) and with a plain sqlite3 connection, and
checks: integrity_check is ok, every claimed insert is there whole, every claimed delete is
gone, no plan is half-written, no open reports a damaged log, and no file named like a finished
backup fails inspect_backup. The same database is reused, so it grows over the run.

    .venv/bin/python bench/crash_kill.py                 # 200 kills, seed 1
    .venv/bin/python bench/crash_kill.py --kills 1000 --seed 7 --keep ./crash-data

Exit code 0 only when nothing was lost or damaged. POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent
if str(_REPO) not in sys.path:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(_REPO))

from cchc_desktop import datadir
from cchc_desktop.domain import (
    AnnexItem,
    AnnexRow,
    AnnexSection,
    BodySection,
    Period,
    PlanDocument,
    PlanInfo,
    Unit,
)
from cchc_desktop.domain.edits import Edit, PurgePlan
from cchc_desktop.errors import CchcError
from cchc_desktop.i18n import Message
from cchc_desktop.services.workspace import Workspace
from cchc_desktop.storage import backups as backup_store
from cchc_desktop.storage import plans as plan_store

TITLE_PREFIX = "Kế hoạch #"
ROWS_PER_PLAN = 3  # what small_plan() writes, used to spot half-written plans
DELETE_SHARE = 0.3  # inserts outnumber deletes, so the database grows over the run...
PLENTY_OF_PLANS = 2000  # ...up to here, then deletes win: far beyond any commune's real use
DELETE_SHARE_WHEN_FULL = 0.7
KILL_DELAY_MS = (20, 400)
EARLY_KILL_SHARE = 0.1  # some kills count from the start, to land during start-up and opening
READY_TIMEOUT_S = 60


# --- the child ---------------------------------------------------------------------------------


def small_plan(number: int) -> PlanDocument:
    """A plan of a few rows whose content follows from its number (checked after each kill)."""
    units = [Unit("Văn phòng HĐND và UBND xã", "Văn phòng"), Unit("Công an xã")]
    rows = [
        AnnexRow(
            task=f"Nhiệm vụ {number}.{i}",
            activity=f"Hoạt động số {i} của kế hoạch {number}",
            result="Báo cáo kết quả",
            lead=["Văn phòng"],
            partners=["Công an xã"],
            due_text="Quý IV",
            budget="Ngân sách xã",
        )
        for i in range(1, ROWS_PER_PLAN + 1)
    ]
    items = [
        AnnexItem("1", "Nâng cao chất lượng giải quyết thủ tục hành chính", rows=rows[:2]),
        AnnexItem("2", "Số hoá hồ sơ", rows=rows[2:]),
    ]
    info = PlanInfo(
        title=f"{TITLE_PREFIX}{number}",
        period=Period("year", year=2025),
        issuer="UBND xã Thử Nghiệm",
        number=str(number),
        symbol="KH-UBND",
        body=[BodySection("I. MỤC ĐÍCH", f"Kế hoạch thử nghiệm số {number}.")],
    )
    return PlanDocument(
        plan=info, sections=[AnnexSection("I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", items)], units=units
    )


def _claim(line: str) -> None:
    # One short line per write: a pipe write under PIPE_BUF bytes is atomic, so the parent
    # sees either the whole claim or nothing of it.
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _oldest_test_plan(ws: Workspace, skip: int) -> tuple[int, int, str] | None:
    # One indexed query, not ws.plans.all(): listing 2,000 plans per delete would make the
    # bench measure the listing instead of the kills.
    row = ws.db.conn.execute(
        "SELECT id, title, uuid FROM plans WHERE title LIKE ? ORDER BY id LIMIT 1 OFFSET ?",
        [TITLE_PREFIX + "%", skip],
    ).fetchone()
    return (row[0], int(row[1][len(TITLE_PREFIX) :]), row[2]) if row else None


def purge(ws: Workspace, plan_uuid: str) -> None:
    """Remove a plan for good, as emptying the trash does (one edit, one transaction)."""
    ws.edits.apply(Edit(Message("log.action.purge"), (PurgePlan(plan_uuid),)))


def child_main(
    data_dir: Path, first_number: int, seed: int, with_backups: bool, faulty_outer_transaction: bool = False
) -> int:
    """Loop over committed changes until killed.

    ``faulty_outer_transaction`` plants a bug on purpose (the edits run inside an outer
    transaction committed only every 50 changes, so they are savepoints and the claims come before
    the commit): the self-test of the bench, which must then report lost changes.
    """
    rng = random.Random(seed)
    number = first_number
    try:
        ws = Workspace.open(data_dir)
    except CchcError as error:
        print(f"Lỗi: {error.message}", file=sys.stderr)
        return error.exit_code
    _claim("ready")
    plans = plan_store.live_count(ws.db)
    changes = 0
    outer = None
    while True:
        if faulty_outer_transaction and changes % 50 == 0:
            if outer is not None:
                outer.__exit__(None, None, None)
            outer = ws.db.transaction()
            outer.__enter__()
        changes += 1
        if with_backups and rng.random() < 0.5:
            _claim("backup-start")
            path = backup_store.create_backup(ws.db.conn, datadir.backup_dir(data_dir), "manual")
            _claim(f"backup {path.name}")
        elif rng.random() < (DELETE_SHARE if plans < PLENTY_OF_PLANS else DELETE_SHARE_WHEN_FULL):
            oldest = _oldest_test_plan(ws, skip=rng.randrange(5))
            if oldest is not None:
                # Announced first: if the kill lands between commit and claim, the parent must
                # not count the missing plan as a lost insert.
                _claim(f"deleting {oldest[0]} {oldest[1]}")
                purge(ws, oldest[2])
                _claim(f"delete {oldest[0]} {oldest[1]}")
                plans -= 1
        else:
            applied = ws.plans.create(small_plan(number))
            _claim(f"insert {applied.edit.steps[0].doc.id} {number}")
            number += 1
            plans += 1


# --- the parent --------------------------------------------------------------------------------


@dataclass
class CrashReport:
    kills: int = 0
    early_kills: int = 0
    claimed_inserts: int = 0
    claimed_deletes: int = 0
    claimed_backups: int = 0
    lost_changes: int = 0
    integrity_failures: int = 0
    half_written_plans: int = 0
    kills_during_backup: int = 0
    damaged_finished_backups: int = 0
    partial_backup_leftovers: int = 0
    unclean_logs_kept: int = 0  # opens that found a leftover log and copied it aside first
    damaged_log_reports: int = 0  # opens that reported committed work in the log as lost
    child_errors: int = 0
    plans_at_end: int = 0
    database_bytes_at_end: int = 0
    elapsed_s: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def claimed_changes(self) -> int:
        return self.claimed_inserts + self.claimed_deletes + self.claimed_backups

    @property
    def ok(self) -> bool:
        return not (
            self.lost_changes
            or self.integrity_failures
            or self.half_written_plans
            or self.damaged_finished_backups
            or self.damaged_log_reports
            or self.child_errors
        )

    def lines(self) -> list[str]:
        return [
            (
                f"kills: {self.kills} (of them {self.early_kills} counted from process start, "
                f"{self.kills_during_backup} during create_backup)"
            ),
            (
                f"claimed changes: {self.claimed_changes} (inserts {self.claimed_inserts}, "
                f"deletes {self.claimed_deletes}, finished backups {self.claimed_backups})"
            ),
            f"lost changes: {self.lost_changes}",
            f"integrity failures: {self.integrity_failures}",
            f"half-written plans: {self.half_written_plans}",
            f"damaged files named like a finished backup: {self.damaged_finished_backups}",
            f".partial leftovers of killed backups (allowed, removed): {self.partial_backup_leftovers}",
            (
                f"unclean logs copied aside on the next open: {self.unclean_logs_kept}; "
                f"reported damaged: {self.damaged_log_reports}"
            ),
            f"child errors: {self.child_errors}",
            f"database at end: {self.plans_at_end} plans, {self.database_bytes_at_end / 1e6:.1f} MB",
            f"elapsed: {self.elapsed_s:.1f} s",
        ]


@dataclass
class _Expectations:
    """Everything the children have claimed so far, by plan number."""

    present: dict[int, int] = field(default_factory=dict)  # number -> plan id
    absent: set[int] = field(default_factory=set)
    highest_number: int = 0
    in_doubt: int | None = None  # a delete the kill interrupted
    lost: set[int] = field(default_factory=set)  # each lost change counted once


def _read_first_line(stream, deadline: float) -> bytes:
    """The child's first line, read byte by byte from the raw pipe.

    A buffered readline could swallow claims that follow it, and communicate() later reads the
    raw pipe, past any such buffer.
    """
    line = b""
    while not line.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([stream], [], [], remaining)[0]:
            break
        byte = os.read(stream.fileno(), 1)
        if not byte:
            break
        line += byte
    return line


def _run_one_child(
    data_dir: Path,
    first_number: int,
    rng: random.Random,
    with_backups: bool,
    report: CrashReport,
    faulty: bool = False,
) -> tuple[list[str], str]:
    """Start a child, kill it after a random delay; return its complete claim lines and stderr."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        str(data_dir),
        "--first-number",
        str(first_number),
        "--seed",
        str(rng.randrange(2**31)),
    ]
    if with_backups:
        command.append("--with-backups")
    if faulty:
        command.append("--faulty-outer-transaction")
    delay = rng.uniform(*KILL_DELAY_MS) / 1000
    early = rng.random() < EARLY_KILL_SHARE
    started = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first_line = b""
    if early:
        time.sleep(delay)
    else:
        # Interpreter start-up takes longer than most delays; count from "ready" so the kill
        # lands among the writes, not during imports.
        first_line = _read_first_line(child.stdout, started + READY_TIMEOUT_S)
        time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate()
    report.kills += 1
    report.early_kills += early
    text = (first_line + out).decode("utf-8", errors="replace")
    complete = text.split("\n")[:-1]  # a line cut by the kill has no newline and is no claim
    if child.returncode != -signal.SIGKILL:
        report.child_errors += 1
        report.problems.append(
            f"the child ended by itself (code {child.returncode}): "
            f"{err.decode('utf-8', 'replace').strip()[-2000:]}"
        )
    return complete, err.decode("utf-8", errors="replace")


def _apply_claims(
    lines: list[str], expected: _Expectations, report: CrashReport
) -> tuple[list[int], list[str]]:
    """Record the claims; return the plan numbers inserted and the backup names finished."""
    inserted, finished_backups = [], []
    for line in lines:
        kind, _, rest = line.partition(" ")
        if kind == "insert":
            plan_id, number = map(int, rest.split())
            expected.present[number] = plan_id
            expected.highest_number = max(expected.highest_number, number)
            inserted.append(number)
            report.claimed_inserts += 1
        elif kind == "delete":
            plan_id, number = map(int, rest.split())
            expected.present.pop(number, None)
            expected.absent.add(number)
            report.claimed_deletes += 1
        elif kind == "backup":
            finished_backups.append(rest)
            report.claimed_backups += 1
    if lines and lines[-1] == "backup-start":
        report.kills_during_backup += 1
    if lines and lines[-1].startswith("deleting "):
        # Killed during a delete: either outcome is right; _check_database records which one.
        _, number = map(int, lines[-1].split()[1:])
        expected.present.pop(number, None)
        expected.in_doubt = number
    return inserted, finished_backups


def _open_as_the_program(data_dir: Path, report: CrashReport) -> Workspace | None:
    """The program's next start: the leftover log is copied aside before SQLite replays it, and
    a log whose committed work cannot be replayed is reported ("db.wal_damaged")."""
    try:
        ws = Workspace.open(data_dir)
    except CchcError as error:
        report.integrity_failures += 1
        report.problems.append(
            f"Workspace.open refused the database after kill {report.kills}: {error.code}: {error.message}"
        )
        return None
    for notice in ws.notices:
        if notice.code == "db.wal_kept":
            report.unclean_logs_kept += 1
        elif notice.code == "db.wal_damaged":
            report.damaged_log_reports += 1
            report.problems.append(f"after kill {report.kills}: {notice}")
    for copy in data_dir.glob("cchc-truoc-phuc-hoi-*"):
        copy.unlink()  # keep the disk use flat over hundreds of rounds
    return ws


def _check_database(
    db_path: Path, expected: _Expectations, newly_inserted: list[int], report: CrashReport
) -> bool:
    """Check the file after a kill; False when it is damaged (the run cannot go on)."""
    ws = _open_as_the_program(db_path.parent, report)
    if ws is None:
        return False
    with ws:
        return _check_contents(ws, db_path, expected, newly_inserted, report)


def _check_contents(
    ws: Workspace, db_path: Path, expected: _Expectations, newly_inserted: list[int], report: CrashReport
) -> bool:
    conn = sqlite3.connect(str(db_path))
    try:
        verdict = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if verdict != ["ok"]:
            report.integrity_failures += 1
            report.problems.append(f"integrity_check after kill {report.kills}: {verdict[:5]}")
            return False
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'plans'").fetchone():
            if expected.present or expected.absent:
                report.lost_changes = len(expected.present) + len(expected.absent)
                report.problems.append(f"the plans table is gone after kill {report.kills}")
                return False
            return True  # killed while the very first child was creating the schema
        plans_total = conn.execute("SELECT count(*) FROM plans").fetchone()[0]
        by_number = {
            int(title[len(TITLE_PREFIX) :]): plan_id
            for plan_id, title in conn.execute(
                "SELECT id, title FROM plans WHERE title LIKE ?", [TITLE_PREFIX + "%"]
            )
        }
        half_written = conn.execute(
            """SELECT p.title, count(r.id) FROM plans p
               LEFT JOIN annex_sections s ON s.plan_id = p.id
               LEFT JOIN annex_items i ON i.section_id = s.id
               LEFT JOIN annex_rows r ON r.item_id = i.id
               WHERE p.title LIKE ? GROUP BY p.id HAVING count(r.id) != ?""",
            [TITLE_PREFIX + "%", ROWS_PER_PLAN],
        ).fetchall()
    finally:
        conn.close()
    for title, rows in half_written:
        report.problems.append(f"{title} has {rows} rows instead of {ROWS_PER_PLAN}")
    report.half_written_plans += len(half_written)
    # Numbers of committed but unclaimed inserts (killed before the print) must not be reused.
    expected.highest_number = max([expected.highest_number, *by_number])
    if expected.in_doubt is not None:
        if expected.in_doubt in by_number:
            expected.present[expected.in_doubt] = by_number[expected.in_doubt]
        else:
            expected.absent.add(expected.in_doubt)
        expected.in_doubt = None
    for number, plan_id in expected.present.items():
        if by_number.get(number) != plan_id and number not in expected.lost:
            expected.lost.add(number)
            report.problems.append(f"claimed insert of {TITLE_PREFIX}{number} (id {plan_id}) is missing")
    for number in expected.absent:
        if number in by_number and number not in expected.lost:
            expected.lost.add(number)
            report.problems.append(f"claimed delete of {TITLE_PREFIX}{number} did not hold")
    report.lost_changes = len(expected.lost)

    # The application's own way in (integrity check on open, migrations), then whole plans.
    try:
        if plan_store.live_count(ws.db) != plans_total:
            report.problems.append("the workspace's plan count disagrees with the plain connection")
            report.integrity_failures += 1
        for number in newly_inserted:
            if number in by_number and ws.plans.document(by_number[number]) != small_plan(number):
                report.half_written_plans += 1
                report.problems.append(f"{TITLE_PREFIX}{number} reads back different")
    except CchcError as error:
        report.integrity_failures += 1
        report.problems.append(f"the workspace could not read the plans: {error.code}: {error.message}")
        return False
    return True


def _check_backups(folder: Path, finished: list[str], report: CrashReport) -> None:
    """Every file named like a finished backup must be good; leftovers are counted and removed."""
    if not folder.is_dir():
        return
    for name in finished:
        if not (folder / name).exists():
            report.damaged_finished_backups += 1
            report.problems.append(f"claimed backup {name} does not exist")
    for path in sorted(folder.iterdir()):
        if path.name.startswith("cchc-") and path.name.endswith(".sqlite3"):
            info = backup_store.inspect_backup(path)
            if not info.ok:
                report.damaged_finished_backups += 1
                report.problems.append(f"{path.name} looks finished but is not usable: {info.problem}")
        elif path.name.endswith(".partial"):
            report.partial_backup_leftovers += 1
        if path.is_file():
            path.unlink()  # keep the disk use flat over hundreds of rounds


def run_crash_kills(
    data_dir: Path,
    kills: int = 200,
    seed: int = 1,
    backup_every: int = 4,
    progress=None,
    faulty_child: bool = False,
) -> CrashReport:
    """Kill ``kills`` children writing to the database in ``data_dir``; check after each kill.

    Every ``backup_every``-th child also writes backups (0: never). ``faulty_child`` runs the
    self-test child that claims changes before they are committed.
    """
    rng = random.Random(seed)
    report = CrashReport()
    expected = _Expectations()
    db_path = datadir.database_path(data_dir)
    started = time.monotonic()
    for round_number in range(kills):
        with_backups = bool(backup_every) and round_number % backup_every == backup_every - 1
        lines, _ = _run_one_child(
            data_dir, expected.highest_number + 1, rng, with_backups, report, faulty_child
        )
        claims = [line for line in lines if line != "ready"]
        inserted, finished = _apply_claims(claims, expected, report)
        if not db_path.exists():
            if report.claimed_changes:
                report.integrity_failures += 1
                report.problems.append(f"the database file is gone after kill {report.kills}")
                break
            continue  # killed before the very first open created it
        if not _check_database(db_path, expected, inserted, report):
            break
        _check_backups(datadir.backup_dir(data_dir), finished, report)
        if progress and (round_number + 1) % 25 == 0:
            progress(
                f"  {round_number + 1} kills, {report.claimed_changes} claimed changes, "
                f"{report.lost_changes} lost"
            )
    report.elapsed_s = time.monotonic() - started
    if db_path.exists():
        report.database_bytes_at_end = db_path.stat().st_size
        conn = sqlite3.connect(str(db_path))
        try:
            report.plans_at_end = conn.execute("SELECT count(*) FROM plans").fetchone()[0]
        finally:
            conn.close()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--backup-every", type=int, default=4, help="every N-th child also writes backups (0: never)"
    )
    parser.add_argument("--keep", metavar="DIR", help="use (and keep) this data folder")
    parser.add_argument("--child", metavar="DATA_DIR", help=argparse.SUPPRESS)
    parser.add_argument("--first-number", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--with-backups", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--faulty-outer-transaction",
        action="store_true",
        help="self-test: a child that claims before committing (must show losses)",
    )
    args = parser.parse_args(argv)
    if args.child:
        return child_main(
            Path(args.child), args.first_number, args.seed, args.with_backups, args.faulty_outer_transaction
        )

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cchc-crash-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"crash_kill: {args.kills} kills, seed {args.seed}, data folder {work}", flush=True)
    try:
        report = run_crash_kills(
            work,
            args.kills,
            args.seed,
            args.backup_every,
            progress=lambda text: print(text, flush=True),
            faulty_child=args.faulty_outer_transaction,
        )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    for line in report.lines():
        print(line)
    for problem in report.problems[:50]:
        print("PROBLEM:", problem)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())

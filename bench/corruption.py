"""Corruption: damage copies of a database and of a backup; the program must report, never crash
or overwrite, and a restore must bring the data back.

Set-up: a database holding the demo plan three times and a verified backup of it. Each round
copies both into a fresh folder and damages the copies (random byte flips in random pages, an
overwritten header, truncation to a random length, a zeroed page range; one or two of these):

- the damaged database is opened as the program opens its data folder (``Workspace.open``).
  Accepted outcomes: it opens and passes integrity_check (damage the checks cannot see), or
  DamagedDatabaseError with the file moved aside byte for byte (an emptied file, "db.vanished",
  stays where it is, unchanged), or another CchcError with the file left as it was. Then the good
  backup is restored the way the user would: into the open database (``ws.backups.restore``) when
  it opened, else without opening it (``restore_unopened``), and the folder, opened again, must
  give back the three demo plans;
- the damaged backup (without its .sha256, as a backup made before fingerprints or copied alone)
  goes through inspect_backup (must answer, never raise: unusable, or usable with the right
  counts) and ``ws.backups.restore`` into a database holding one plan (must refuse an unusable
  backup with DatabaseError and leave that database exactly as it was); then, with the good
  backup's .sha256 put beside it, inspect_backup must reject every copy whose bytes changed.

The attempts run in a worker process, so a segfault or a hang is counted rather than ending the
bench; a fresh worker takes over. The parent checks the files on disk between the steps.

    .venv/bin/python bench/corruption.py                  # 100 rounds, seed 1
    .venv/bin/python bench/corruption.py --rounds 1000 --seed 9 --keep ./corruption-work

Exit code 0 only when there were no crashes, hangs, overwrites, unhandled exceptions or wrong
answers.
"""

from __future__ import annotations

import argparse
import faulthandler
import hashlib
import json
import random
import select
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent
if str(_REPO) not in sys.path:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(_REPO))

from cchc_desktop import datadir, paths
from cchc_desktop.errors import CchcError, DamagedDatabaseError, DatabaseError
from cchc_desktop.interchange.plan_json import read_plan_file
from cchc_desktop.services.backups import restore_unopened
from cchc_desktop.services.plans import fresh_identities
from cchc_desktop.services.workspace import Workspace
from cchc_desktop.storage import backups as backup_store
from cchc_desktop.storage import migrations
from cchc_desktop.storage.connection import integrity_problem

DEMO_COPIES = 3
PAGE = 4096
ATTEMPT_TIMEOUT_S = 120
DB_NAME = datadir.DATABASE_FILE


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- damage ------------------------------------------------------------------------------------


def _flip_bytes(data: bytearray, rng: random.Random) -> str:
    pages = sorted(rng.sample(range(len(data) // PAGE), k=min(rng.randint(1, 3), len(data) // PAGE)))
    flipped = 0
    for page in pages:
        for _ in range(rng.randint(1, 16)):
            data[page * PAGE + rng.randrange(PAGE)] ^= rng.randint(1, 255)
            flipped += 1
    return f"flipped {flipped} bytes in pages {[p + 1 for p in pages]}"


def _overwrite_header(data: bytearray, rng: random.Random) -> str:
    start = rng.randrange(100)
    length = rng.randint(1, 100 - start)
    data[start : start + length] = bytes(rng.randrange(256) for _ in range(length))
    return f"overwrote header bytes {start}..{start + length - 1}"


def _truncate(data: bytearray, rng: random.Random) -> str:
    keep = rng.randrange(len(data)) if rng.random() < 0.5 else rng.randrange(len(data) // PAGE) * PAGE
    del data[keep:]
    return f"truncated to {keep} bytes"


def _zero_pages(data: bytearray, rng: random.Random) -> str:
    pages = len(data) // PAGE
    if pages == 0:
        return "nothing to zero"
    first = rng.randrange(pages)
    count = rng.randint(1, min(4, pages - first))
    data[first * PAGE : (first + count) * PAGE] = bytes(count * PAGE)
    return f"zeroed pages {first + 1}..{first + count}"


DAMAGES = (_flip_bytes, _overwrite_header, _truncate, _zero_pages)
DAMAGE_WEIGHTS = (4, 1, 2, 2)  # byte flips are the subtle case, so the most frequent


def damage_copy(source: Path, target: Path, rng: random.Random) -> str:
    """Write a damaged copy of ``source`` to ``target``; describe the damage."""
    data = bytearray(source.read_bytes())
    kinds = rng.choices(DAMAGES, DAMAGE_WEIGHTS, k=rng.choice((1, 1, 2)))
    done = [damage(data, rng) for damage in kinds if data]
    target.write_bytes(bytes(data))
    return "; ".join(done) or "empty file"


# --- the worker: runs the program's code on damaged files --------------------------------------


def _holds_demo_copies(ws: Workspace, demo) -> bool:
    ids = [plan.id for plan in ws.plans.all()]
    return len(ids) == DEMO_COPIES and all(ws.plans.document(plan_id) == demo for plan_id in ids)


def _content_check(ws: Workspace, demo) -> str:
    """'same', 'changed', or 'unreadable: ...' when reading the plans back raises."""
    # SQLite pages carry no checksum: a flipped byte inside a value passes integrity_check.
    try:
        ws.plans.all()
        return "same" if _holds_demo_copies(ws, demo) else "changed"
    except Exception as error:
        return f"unreadable: {type(error).__name__}: {str(error)[:120]}"


def _fingerprint(conn) -> str:
    return hashlib.sha256("\n".join(conn.iterdump()).encode("utf-8")).hexdigest()


def _open_damaged_database(request: dict, demo) -> dict:
    data_dir = Path(request["db"]).parent
    try:
        ws = Workspace.open(data_dir)
    except DamagedDatabaseError as error:
        newest = error.newest_backup.path.name if error.newest_backup else None
        return {
            "outcome": "reported-damaged",
            "code": error.code,
            "moved_to": str(error.moved_to) if error.moved_to else None,
            "newest_backup": newest,
            "message": error.message,
        }
    except CchcError as error:
        return {
            "outcome": "refused",
            "error": type(error).__name__,
            "code": error.code,
            "message": error.message,
        }
    with ws:
        problem = integrity_problem(ws.db.conn)
        return {
            "outcome": "opened-fine" if not problem else "opened-damaged",
            "problem": problem,
            "content": _content_check(ws, demo),
        }


def _restore_database(request: dict, demo) -> dict:
    """The user's way back: restore into the database if it opens, else without opening it."""
    db_path, source = Path(request["db"]), Path(request["backup"])
    data_dir = db_path.parent
    if db_path.exists():
        with Workspace.open(data_dir) as ws:
            ws.backups.restore(source)
    else:
        restore_unopened(data_dir, source)
    with Workspace.open(data_dir) as reopened:  # as the program finds it at its next start
        return {"restored": _holds_demo_copies(reopened, demo)}


def _try_damaged_backup(request: dict, demo) -> dict:
    damaged = Path(request["backup"])
    info = backup_store.inspect_backup(damaged, migrations.latest_version())
    answer = {
        "inspect_ok": info.ok,
        "plans": info.plans,
        "rows": info.rows,
        "problem": str(info.problem) if info.problem else None,
    }
    with Workspace.open(Path(request["target"]).parent) as target:
        if not target.plans.all():
            target.plans.create(fresh_identities(demo))
        before = _fingerprint(target.db.conn)
        try:
            target.backups.restore(damaged)
            answer["restore"] = "done"
            answer["content"] = _content_check(target, demo)
        except DatabaseError as error:
            answer["restore"] = "refused"
            answer["message"] = error.message
            answer["target_unchanged"] = _fingerprint(target.db.conn) == before
    return answer


def _inspect_backup(request: dict, demo) -> dict:
    info = backup_store.inspect_backup(Path(request["backup"]), migrations.latest_version())
    return {"inspect_ok": info.ok, "checksum": info.checksum}


_OPERATIONS = {
    "open": _open_damaged_database,
    "restore": _restore_database,
    "backup": _try_damaged_backup,
    "inspect": _inspect_backup,
}


def worker_main() -> int:
    """Answer one JSON request per line until stdin closes."""
    faulthandler.enable()  # a segfault leaves its stack on stderr for the parent's log
    demo = read_plan_file(paths.demo_plan_path())
    for line in sys.stdin:
        request = json.loads(line)
        try:
            answer = _OPERATIONS[request["op"]](request, demo)
        except Exception as error:
            answer = {
                "outcome": "unhandled",
                "exception": repr(error),
                "type": type(error).__name__,
                "traceback": traceback.format_exc(),
            }
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


class _Worker:
    """The worker process; restarted after a crash or a hang."""

    def __init__(self, log_path: Path):
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    def _start(self) -> subprocess.Popen:
        with open(self.log_path, "ab") as log:  # the child keeps its own copy of the descriptor
            return subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), "--worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
            )

    def ask(self, request: dict) -> tuple[str, dict]:
        """('ok', answer), ('crash', {...}) when the worker died, ('hang', {...}) on timeout."""
        if self.process is None or self.process.poll() is not None:
            self.process = self._start()
        process = self.process
        try:
            process.stdin.write((json.dumps(request) + "\n").encode("utf-8"))
            process.stdin.flush()
        except BrokenPipeError:
            pass  # it died; readline below sees the end
        if not select.select([process.stdout], [], [], ATTEMPT_TIMEOUT_S)[0]:
            process.kill()
            self._discard(process)
            return "hang", {}
        line = process.stdout.readline()  # one request, one line: nothing else is buffered
        if not line:
            return "crash", {"returncode": self._discard(process)}
        return "ok", json.loads(line)

    def _discard(self, process: subprocess.Popen) -> int:
        """Wait for an ended worker and close its pipes (no descriptor left open)."""
        code = process.wait(timeout=30)
        for pipe in (process.stdin, process.stdout):
            try:
                pipe.close()
            except OSError:
                pass  # a broken pipe to a dead worker: closing it is all that was wanted
        self.process = None
        return code

    def close(self) -> None:
        if self.process is not None:
            try:
                self.process.stdin.close()
            except OSError:
                pass
            self._discard(self.process)


# --- the parent --------------------------------------------------------------------------------


@dataclass
class CorruptionReport:
    rounds: int = 0
    opened_fine: int = 0
    opened_fine_content_changed: int = 0
    opened_fine_unreadable: int = 0
    reported_damaged: int = 0
    reported_by_code: dict[str, int] = field(default_factory=dict)
    refused_otherwise: int = 0
    refused_by_message: dict[str, int] = field(default_factory=dict)
    restores_ok: int = 0
    backups_rejected: int = 0
    backups_accepted: int = 0
    backups_accepted_content_changed: int = 0
    backup_restores_refused: int = 0
    changed_backups_with_fingerprint: int = 0
    caught_by_fingerprint: int = 0
    crashes: int = 0
    hangs: int = 0
    overwrites: int = 0
    unhandled_exceptions: int = 0
    unhandled_by_type: dict[str, int] = field(default_factory=dict)
    wrong_answers: int = 0
    elapsed_s: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.crashes
            or self.hangs
            or self.overwrites
            or self.unhandled_exceptions
            or self.wrong_answers
            or self.restores_ok != self.rounds
        )

    def lines(self) -> list[str]:
        return [
            f"rounds: {self.rounds} (one damaged database and one damaged backup each)",
            (
                f"opened-fine: {self.opened_fine} (content silently changed in "
                f"{self.opened_fine_content_changed} of them; of those, reading the plans back "
                f"raised in {self.opened_fine_unreadable})"
            ),
            f"reported-damaged: {self.reported_damaged}"
            + (f" {self.reported_by_code}" if self.reported_by_code else ""),
            f"refused with another message: {self.refused_otherwise}"
            + (f" {self.refused_by_message}" if self.refused_by_message else ""),
            f"restores ok: {self.restores_ok} of {self.rounds}",
            (
                f"damaged backups: rejected {self.backups_rejected}, accepted with the right counts "
                f"{self.backups_accepted} (content silently changed in "
                f"{self.backups_accepted_content_changed}); restore refused {self.backup_restores_refused}"
            ),
            (
                f"damaged backups with their .sha256 beside them: rejected {self.caught_by_fingerprint} "
                f"of {self.changed_backups_with_fingerprint}"
            ),
            f"crashes: {self.crashes}",
            f"hangs: {self.hangs}",
            f"overwrites: {self.overwrites}",
            f"unhandled exceptions: {self.unhandled_exceptions}"
            + (f" {self.unhandled_by_type}" if self.unhandled_by_type else ""),
            f"wrong answers: {self.wrong_answers}",
            f"elapsed: {self.elapsed_s:.1f} s",
        ]


def make_originals(folder: Path) -> tuple[Path, Path]:
    """A database holding the demo plan DEMO_COPIES times, and a verified backup of it."""
    demo = read_plan_file(paths.demo_plan_path())
    with Workspace.open(folder / "original") as ws:
        for _ in range(DEMO_COPIES):
            ws.plans.create(fresh_identities(demo))
        good_backup = backup_store.create_backup(ws.db.conn, folder / "original-backups", "manual")
        db_path = ws.db.path
    # Closing checkpointed the WAL: the database file alone now holds everything.
    return db_path, good_backup


def _failed(report: CorruptionReport, status: str, answer: dict, what: str) -> bool:
    """Count a crash, hang or unhandled exception; True when the step did not answer cleanly."""
    if status == "crash":
        report.crashes += 1
        report.problems.append(f"{what}: the worker died (code {answer['returncode']})")
    elif status == "hang":
        report.hangs += 1
        report.problems.append(f"{what}: no answer in {ATTEMPT_TIMEOUT_S} s")
    elif answer.get("outcome") == "unhandled":
        report.unhandled_exceptions += 1
        report.unhandled_by_type[answer["type"]] = report.unhandled_by_type.get(answer["type"], 0) + 1
        report.problems.append(f"{what}: {answer['exception']}\n{answer['traceback']}")
    else:
        return False
    return True


def _database_round(
    worker: _Worker, folder: Path, original: Path, good_backup: Path, damage: str, report: CorruptionReport
) -> None:
    db_path = folder / DB_NAME
    damaged_hash = _sha256(db_path)
    # The good backup sits where the program looks for backups, so its advice can name it.
    (folder / "backups").mkdir()
    shutil.copy2(good_backup, folder / "backups" / good_backup.name)
    what = f"database ({damage})"

    status, answer = worker.ask({"op": "open", "db": str(db_path)})
    if _failed(report, status, answer, what):
        pass
    elif answer["outcome"] == "opened-fine":
        report.opened_fine += 1
        if answer["content"] != "same":
            report.opened_fine_content_changed += 1
        if answer["content"].startswith("unreadable"):
            report.opened_fine_unreadable += 1
    elif answer["outcome"] == "reported-damaged":
        report.reported_damaged += 1
        report.reported_by_code[answer["code"]] = report.reported_by_code.get(answer["code"], 0) + 1
        if answer["moved_to"] is None:
            # An emptied file ("db.vanished") is left where it is: nothing to move, nothing lost.
            if answer["code"] != "db.vanished" or _sha256(db_path) != damaged_hash:
                report.overwrites += 1
                report.problems.append(f"{what}: {answer['code']} without moving the file aside")
        elif (
            db_path.exists()
            or not Path(answer["moved_to"]).exists()
            or _sha256(Path(answer["moved_to"])) != damaged_hash
        ):
            report.overwrites += 1
            report.problems.append(f"{what}: the damaged file was not moved aside unchanged")
        if answer["newest_backup"] != good_backup.name:
            report.wrong_answers += 1
            report.problems.append(f"{what}: advice named {answer['newest_backup']!r}, not the good backup")
    elif answer["outcome"] == "refused":
        report.refused_otherwise += 1
        # Group by error class and message start, without the path that varies by round.
        gist = f"{answer['error']}: {answer['code']}"
        report.refused_by_message[gist] = report.refused_by_message.get(gist, 0) + 1
        if _sha256(db_path) != damaged_hash:
            report.overwrites += 1
            report.problems.append(f"{what}: refused ({answer['message']}) but the file changed")
        # What a user does next: put the unusable file aside, then restore.
        db_path.rename(folder / f"hong-{DB_NAME}")
    else:  # opened although integrity_check complains
        report.wrong_answers += 1
        report.problems.append(f"{what}: {answer}")

    if db_path.exists() and answer.get("outcome") != "opened-fine":
        db_path.rename(folder / f"hong-{DB_NAME}")  # after a crash or an unhandled exception
    status, answer = worker.ask(
        {"op": "restore", "db": str(db_path), "backup": str(folder / "backups" / good_backup.name)}
    )
    if not _failed(report, status, answer, f"restore after {what}"):
        if answer["restored"]:
            report.restores_ok += 1
        else:
            report.wrong_answers += 1
            report.problems.append(f"restore after {what}: the demo plans did not come back")


def _fingerprint_round(worker: _Worker, damaged: Path, good_backup: Path, report: CorruptionReport) -> None:
    """With the good backup's .sha256 beside it, every changed copy must be rejected."""
    backup_store.checksum_path(damaged).write_bytes(backup_store.checksum_path(good_backup).read_bytes())
    status, answer = worker.ask({"op": "inspect", "backup": str(damaged)})
    what = f"backup with its .sha256 ({damaged.name})"
    if _failed(report, status, answer, what):
        return
    changed = _sha256(damaged) != _sha256(good_backup)
    report.changed_backups_with_fingerprint += changed
    if changed and not answer["inspect_ok"]:
        report.caught_by_fingerprint += 1
    if changed == answer["inspect_ok"] or (changed and answer["checksum"] != "mismatch"):
        report.wrong_answers += 1
        report.problems.append(f"{what}: bytes changed {changed}, but inspect_backup said {answer}")


def _backup_round(
    worker: _Worker, folder: Path, damaged: Path, damage: str, report: CorruptionReport
) -> None:
    damaged_hash = _sha256(damaged)
    what = f"backup ({damage})"
    status, answer = worker.ask(
        {"op": "backup", "backup": str(damaged), "target": str(folder / "target" / DB_NAME)}
    )
    if _failed(report, status, answer, what):
        return
    if _sha256(damaged) != damaged_hash:
        report.overwrites += 1
        report.problems.append(f"{what}: reading the backup changed it")
    refused_cleanly = answer["restore"] == "refused" and answer["target_unchanged"]
    if answer["restore"] == "refused":
        report.backup_restores_refused += 1
    if not answer["inspect_ok"]:
        report.backups_rejected += 1
        if not refused_cleanly:
            report.wrong_answers += 1
            report.problems.append(f"{what}: unusable backup but restore gave {answer}")
    elif (
        answer["plans"] == DEMO_COPIES
        and answer["rows"] == DEMO_COPIES * 48
        and (answer["restore"] == "done" or refused_cleanly)
    ):
        # A refusal is fine too: a damaged header can read as "from a newer version".
        report.backups_accepted += 1
        if answer.get("content", "same") != "same":
            report.backups_accepted_content_changed += 1
    else:
        report.wrong_answers += 1
        report.problems.append(f"{what}: accepted with wrong counts or restore changed the target: {answer}")


def run_corruption(work: Path, rounds: int = 100, seed: int = 1, progress=None) -> CorruptionReport:
    rng = random.Random(seed)
    report = CorruptionReport()
    started = time.monotonic()
    original, good_backup = make_originals(work)
    worker = _Worker(work / "worker.log")
    try:
        for number in range(1, rounds + 1):
            folder = work / f"round-{number:04d}"
            (folder / "target").mkdir(parents=True)
            db_damage = damage_copy(original, folder / DB_NAME, rng)
            damaged_backup = folder / "target" / "backups-in" / good_backup.name
            damaged_backup.parent.mkdir()
            backup_damage = damage_copy(good_backup, damaged_backup, rng)
            _database_round(worker, folder, original, good_backup, db_damage, report)
            _backup_round(worker, folder, damaged_backup, backup_damage, report)
            _fingerprint_round(worker, damaged_backup, good_backup, report)
            report.rounds += 1
            if not report.problems:
                shutil.rmtree(folder)  # keep the evidence of a failure, drop the rest
            if progress and number % 25 == 0:
                progress(f"  {number} rounds, {len(report.problems)} problems")
    finally:
        worker.close()
    report.elapsed_s = time.monotonic() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", metavar="DIR", help="work in (and keep) this folder")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker_main()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cchc-corruption-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"corruption: {args.rounds} rounds, seed {args.seed}, work folder {work}", flush=True)
    report = run_corruption(work, args.rounds, args.seed, progress=lambda t: print(t, flush=True))
    for line in report.lines():
        print(line)
    for problem in report.problems[:50]:
        print("PROBLEM:", problem)
    if report.ok and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    elif not report.ok:
        print(f"damaged files and the worker log are kept in {work}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())

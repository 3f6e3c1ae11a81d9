"""Backups of the database: written with SQLite's backup API, verified, rotated, restored.

A backup is one self-contained SQLite file named ``cchc-YYYYMMDD-HHMMSS-<kind>.sqlite3``.
It is written under a temporary name, checked with ``PRAGMA integrity_check`` and only then
renamed, so a backup that exists is a backup that was good when written.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .errors import DatabaseError, OutputError, explain_sqlite_error
from .fileio import describe_os_error

KIND_LABELS = {
    "auto": "tự động",
    "manual": "sao lưu thủ công",
    "pre-restore": "trước khi khôi phục",
    "pre-migration": "trước khi nâng cấp",
}
_NAME = re.compile(r"^cchc-(\d{8}-\d{6})(?:-(\d+))?-(auto|manual|pre-restore|pre-migration)"
                   r"(?:-v\d+)?\.sqlite3$")
KEEP_NEWEST = {"auto": 10, "pre-restore": 10, "pre-migration": 10}
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 5, 12


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    kind: str
    size: int
    ok: bool
    plans: int = 0
    rows: int = 0
    assessments: int = 0
    schema_version: int = 0
    problem: str = ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    def describe(self) -> str:
        if not self.ok:
            return f"HỎNG: {self.problem}"
        return f"{self.plans} kế hoạch, {self.rows} dòng nhiệm vụ, {self.assessments} bản chấm điểm"


def backup_name(kind: str, when: dt.datetime, suffix: str = "") -> str:
    return f"cchc-{when:%Y%m%d-%H%M%S}-{kind}{suffix}.sqlite3"


def _unique_target(folder: Path, kind: str, when: dt.datetime, suffix: str) -> Path:
    target = folder / backup_name(kind, when, suffix)
    counter = 1
    while target.exists():
        target = folder / f"cchc-{when:%Y%m%d-%H%M%S}-{counter}-{kind}{suffix}.sqlite3"
        counter += 1
    return target


def integrity_problem(conn: sqlite3.Connection) -> str:
    """'' when ``PRAGMA integrity_check`` says ok, else its first complaints."""
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(5)").fetchall()]
    return "" if rows == ["ok"] else "; ".join(rows)


def create_backup(conn: sqlite3.Connection, folder: Path, kind: str = "manual",
                  when: dt.datetime | None = None, suffix: str = "") -> Path:
    """Copy the open database into ``folder``; return the verified copy's path."""
    if kind not in KIND_LABELS:
        raise ValueError(kind)
    when = when or dt.datetime.now()
    partial: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _unique_target(folder, kind, when, suffix)
        partial = target.with_name(target.name + ".partial")
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.OperationalError:
            pass  # another reader holds the WAL: the backup API still copies a consistent state
        destination = sqlite3.connect(str(partial))
        try:
            conn.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
            problem = integrity_problem(destination)
        finally:
            destination.close()
        if problem:
            raise DatabaseError(f"Bản sao lưu vừa ghi không toàn vẹn ({problem}); đã bỏ bản sao này.")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        partial = None
        return target
    except OSError as error:
        raise OutputError(f"Không ghi được bản sao lưu: {describe_os_error(error, folder)}") from error
    except sqlite3.Error as error:
        message = str(error)
        if "disk is full" in message or "disk I/O" in message:
            raise OutputError(f"Không ghi được bản sao lưu vào «{folder}»: ổ đĩa đầy hoặc lỗi ghi.") from error
        raise DatabaseError(f"Không sao lưu được cơ sở dữ liệu: {explain_sqlite_error(error)}") from error
    finally:
        if partial is not None:
            for leftover in (partial, partial.with_name(partial.name + "-journal")):
                try:
                    leftover.unlink()
                except OSError:
                    pass


def _open_read_only(path: Path) -> sqlite3.Connection:
    # immutable: reading a backup must never create -wal/-shm files beside it (USB sticks, CDs).
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    conn.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    return conn


def inspect_backup(path: Path) -> BackupInfo:
    """What a backup file holds, or why it cannot be used."""
    match = _NAME.match(path.name)
    created = (dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S") if match
               else dt.datetime.fromtimestamp(path.stat().st_mtime))
    kind = match.group(3) if match else "manual"
    size = path.stat().st_size
    try:
        conn = _open_read_only(path)
        try:
            problem = integrity_problem(conn)
            if problem:
                return BackupInfo(path, created, kind, size, ok=False, problem=problem)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "plans" not in tables:
                return BackupInfo(path, created, kind, size, ok=False,
                                  problem="không phải cơ sở dữ liệu CCHC Desktop")
            plans = conn.execute("SELECT count(*) FROM plans").fetchone()[0]
            rows = conn.execute("SELECT count(*) FROM annex_rows").fetchone()[0]
            assessments = (conn.execute("SELECT count(*) FROM assessments").fetchone()[0]
                           if "assessments" in tables else 0)
            return BackupInfo(path, created, kind, size, ok=True, plans=plans, rows=rows,
                              assessments=assessments, schema_version=version)
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError) as error:  # damaged schema text cannot be decoded
        return BackupInfo(path, created, kind, size, ok=False, problem=str(error))


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first (damaged ones included, marked)."""
    if not folder.is_dir():
        return []
    found = [inspect_backup(p) for p in folder.glob("cchc-*.sqlite3") if _NAME.match(p.name)]
    return sorted(found, key=lambda b: (b.created, _same_second_counter(b.path)), reverse=True)


def _same_second_counter(path: Path) -> int:
    match = _NAME.match(path.name)
    return int(match.group(2)) if match and match.group(2) else 0


def newest_good_backup(folder: Path) -> BackupInfo | None:
    return next((b for b in list_backups(folder) if b.ok), None)


def backups_to_prune(backups: list[BackupInfo], now: dt.datetime) -> list[Path]:
    """Rotation: the newest few of each kind, plus one per day / week / month for a while.

    Manual backups are never pruned.
    """
    doomed: list[Path] = []
    for kind, keep_newest in KEEP_NEWEST.items():
        of_kind = sorted((b for b in backups if b.kind == kind), key=lambda b: b.created, reverse=True)
        keep = {b.path for b in of_kind[:keep_newest]}
        if kind == "auto":
            seen_days, seen_weeks, seen_months = set(), set(), set()
            for b in of_kind:
                age = (now - b.created).days
                day = b.created.date()
                week = tuple(b.created.isocalendar())[:2]
                month = (b.created.year, b.created.month)
                if age < KEEP_DAYS and day not in seen_days:
                    keep.add(b.path)
                if age < KEEP_WEEKS * 7 and week not in seen_weeks:
                    keep.add(b.path)
                if age < KEEP_MONTHS * 31 and month not in seen_months:
                    keep.add(b.path)
                seen_days.add(day)
                seen_weeks.add(week)
                seen_months.add(month)
        doomed.extend(b.path for b in of_kind if b.path not in keep)
    return doomed


def prune_backups(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    doomed = backups_to_prune(list_backups(folder), now or dt.datetime.now())
    for path in doomed:
        try:
            path.unlink()
        except OSError:
            pass  # a backup we cannot delete is only wasted space
    return doomed


def restore_into(conn: sqlite3.Connection, backup: Path, folder: Path, latest_schema: int) -> Path:
    """Replace the open database's content with ``backup``; the current state is backed up first.

    Returns the path of that safety copy. Refuses damaged backups and ones from a newer version.
    """
    info = inspect_backup(backup)
    if not info.ok:
        raise DatabaseError(f"Bản sao «{backup.name}» không dùng được ({info.problem}); chưa khôi phục gì.")
    if info.schema_version > latest_schema:
        raise DatabaseError(f"Bản sao «{backup.name}» được tạo bởi phiên bản CCHC Desktop mới hơn; "
                            "chưa khôi phục gì.")
    safety = create_backup(conn, folder, "pre-restore")
    source = _open_read_only(backup)
    try:
        source.backup(conn)
    except sqlite3.Error as error:
        raise DatabaseError(f"Khôi phục thất bại ({explain_sqlite_error(error)}). Bản sao trạng thái trước đó: {safety}") from error
    finally:
        source.close()
    return safety

"""Backups of the database: written with SQLite's backup API, verified, fingerprinted, rotated,
and restored only after the same checks.

A backup is one self-contained SQLite file ``cchc-YYYYMMDD-HHMMSS-<kind>.sqlite3`` with a
``.sha256`` beside it (the format of ``sha256sum``, so anyone can check it). It is written under
a temporary name unique to the writer, checked with ``PRAGMA integrity_check``, fingerprinted,
and only then given its name (never over another file), so a backup that exists is a backup that
was good when written, and the fingerprint tells later whether one byte of it has changed since:
SQLite keeps no checksums of its own, and a flipped byte inside a text passes its checks.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import DatabaseError, OutputError, explain_sqlite_error, os_error_message
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from .connection import APPLICATION_ID, integrity_problem, lenient_text

KINDS = ("auto", "manual", "pre-restore", "pre-migration")
_NAME = re.compile(
    r"^cchc-(\d{8}-\d{6})(?:-(\d+))?-(auto|manual|pre-restore|pre-migration)"
    r"(?:-v\d+)?\.sqlite3$"
)
KEEP_NEWEST = {"auto": 10, "pre-restore": 10, "pre-migration": 10}
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 5, 12
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL_SECONDS = 15 * 60  # a backup takes seconds; older leftovers are a killed writer's

# The tables every version of our schema has, with the plan columns of the first version: a
# file that merely has tables named "plans" and "annex_rows" is not one of ours.
_CORE_TABLES = {
    "settings",
    "units",
    "plans",
    "plan_body_sections",
    "plan_units",
    "annex_sections",
    "annex_items",
    "annex_rows",
    "annex_row_units",
}
_PLAN_COLUMNS = {
    "id",
    "title",
    "issuer",
    "number",
    "symbol",
    "issued_date",
    "period_kind",
    "period_year",
    "period_half",
    "period_start_year",
    "period_end_year",
    "annex_title",
}

define_messages(
    {
        "backup.kind.auto": QT_TRANSLATE_NOOP("Messages", "tự động"),
        "backup.kind.manual": QT_TRANSLATE_NOOP("Messages", "sao lưu thủ công"),
        "backup.kind.pre-restore": QT_TRANSLATE_NOOP("Messages", "trước khi khôi phục"),
        "backup.kind.pre-migration": QT_TRANSLATE_NOOP("Messages", "trước khi nâng cấp"),
        "backup.contents": QT_TRANSLATE_NOOP(
            "Messages", "{plans} kế hoạch, {rows} dòng nhiệm vụ, {assessments} bản chấm điểm"
        ),
        "backup.damaged": QT_TRANSLATE_NOOP("Messages", "HỎNG: {problem}"),
        "backup.problem.integrity": QT_TRANSLATE_NOOP("Messages", "không toàn vẹn ({detail})"),
        "backup.problem.unreadable": QT_TRANSLATE_NOOP("Messages", "không đọc được ({detail})"),
        "backup.problem.not_ours": QT_TRANSLATE_NOOP("Messages", "không phải cơ sở dữ liệu CCHC Desktop"),
        "backup.problem.checksum": QT_TRANSLATE_NOOP(
            "Messages", "nội dung đã bị thay đổi sau khi sao lưu (mã kiểm tra SHA-256 không khớp)"
        ),
        "backup.problem.newer": QT_TRANSLATE_NOOP(
            "Messages", "được tạo bởi phiên bản CCHC Desktop mới hơn (lược đồ {found})"
        ),
        "backup.write_failed": QT_TRANSLATE_NOOP("Messages", "Không ghi được bản sao lưu: {reason}"),
        "backup.not_intact": QT_TRANSLATE_NOOP(
            "Messages", "Bản sao lưu vừa ghi không toàn vẹn ({detail}); đã bỏ bản sao này."
        ),
        "backup.failed": QT_TRANSLATE_NOOP("Messages", "Không sao lưu được cơ sở dữ liệu: {reason}"),
        "backup.unusable": QT_TRANSLATE_NOOP(
            "Messages", "Bản sao «{name}» không dùng được: {problem}. Chưa khôi phục gì, dữ liệu giữ nguyên."
        ),
        "backup.restore_failed": QT_TRANSLATE_NOOP(
            "Messages", "Khôi phục thất bại ({reason}). Dữ liệu giữ nguyên như trước khi khôi phục."
        ),
    }
)


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
    problem: Message | None = None
    checksum: str = "missing"  # "ok", "missing" (made before fingerprints), "mismatch"

    @property
    def kind_label(self) -> str:
        return str(Message(f"backup.kind.{self.kind}"))

    def describe(self) -> str:
        if not self.ok:
            return str(Message("backup.damaged", problem=self.problem))
        return str(Message("backup.contents", plans=self.plans, rows=self.rows, assessments=self.assessments))

    def to_json(self) -> dict:
        return {
            "path": str(self.path),
            "name": self.path.name,
            "created": self.created.isoformat(),
            "kind": self.kind,
            "size": self.size,
            "ok": self.ok,
            "checksum": self.checksum,
            "plans": self.plans,
            "rows": self.rows,
            "assessments": self.assessments,
            "schema_version": self.schema_version,
            "problem": self.problem.to_json() if self.problem else None,
        }


# --- fingerprints ------------------------------------------------------------------------------


def sha256_of(path: Path) -> str:
    import hashlib  # OpenSSL's, loaded on first use: the database opens without it

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checksum_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".sha256")


def _recorded_checksum(backup: Path) -> str | None:
    try:
        text = checksum_path(backup).read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None
    digest = text.split()[0].lower() if text else ""
    return digest if re.fullmatch(r"[0-9a-f]{64}", digest) else "invalid"


# --- writing -----------------------------------------------------------------------------------


def backup_name(kind: str, when: dt.datetime, suffix: str = "", counter: int = 0) -> str:
    same_second = f"-{counter}" if counter else ""
    return f"cchc-{when:%Y%m%d-%H%M%S}{same_second}-{kind}{suffix}.sqlite3"


def _place(partial: Path, folder: Path, kind: str, when: dt.datetime, suffix: str, digest: str) -> Path:
    """Give the finished copy its name without ever replacing another file (two backups in the
    same second, from two processes, each get their own name)."""
    for counter in range(1000):
        target = folder / backup_name(kind, when, suffix, counter)
        if target.exists() or checksum_path(target).exists():
            continue
        try:
            # The fingerprint first: a backup is never visible without it.
            with open(checksum_path(target), "x", encoding="ascii") as handle:
                handle.write(f"{digest}  {target.name}\n")
                handle.flush()
                os.fsync(handle.fileno())
        except FileExistsError:
            continue
        try:
            os.link(partial, target)  # fails if the name exists, unlike rename on POSIX
            os.unlink(partial)
        except FileExistsError:
            checksum_path(target).unlink(missing_ok=True)
            continue
        except OSError:
            if target.exists():  # no hard links on this file system (FAT on USB sticks)
                checksum_path(target).unlink(missing_ok=True)
                continue
            os.rename(partial, target)
        return target
    raise OSError(17, "no free backup name", str(folder))


def create_backup(
    conn: sqlite3.Connection,
    folder: Path,
    kind: str = "manual",
    when: dt.datetime | None = None,
    suffix: str = "",
) -> Path:
    """Copy the open database into ``folder``; return the verified, fingerprinted copy."""
    if kind not in KINDS:
        raise ValueError(kind)
    when = when or dt.datetime.now()
    partial: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(folder)
        fd, name = tempfile.mkstemp(prefix=f"cchc-{when:%Y%m%d-%H%M%S}-", suffix=PARTIAL_SUFFIX, dir=folder)
        os.close(fd)
        partial = Path(name)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.OperationalError:
            pass  # another reader holds the log: the backup API still copies a consistent state
        destination = sqlite3.connect(str(partial))
        try:
            conn.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
            problem = integrity_problem(destination)
        finally:
            destination.close()
        if problem:
            raise DatabaseError("backup.not_intact", detail=problem)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        target = _place(partial, folder, kind, when, suffix, sha256_of(partial))
        partial = None
        return target
    except OSError as error:
        if error.errno == errno.ENOENT and folder.is_dir():
            # The folder is there but takes no files (/proc, a CD): not "not found".
            error = PermissionError(errno.EACCES, error.strerror)
        raise OutputError("backup.write_failed", reason=os_error_message(error, folder)) from error
    except sqlite3.Error as error:
        message = str(error)
        if "disk is full" in message or "disk I/O" in message or "unable to open" in message:
            raise OutputError("backup.write_failed", reason=explain_sqlite_error(error)) from error
        raise DatabaseError("backup.failed", reason=explain_sqlite_error(error)) from error
    finally:
        if partial is not None:
            for leftover in (partial, partial.with_name(partial.name + "-journal")):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:
                    pass  # swept by remove_stale_partials later


def remove_stale_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Remove ``*.partial`` files (and their -journal) left by a backup writer that was killed."""
    removed = []
    now = time.time() if now is None else now
    for leftover in list(folder.glob(f"cchc-*{PARTIAL_SUFFIX}")) + list(
        folder.glob(f"cchc-*{PARTIAL_SUFFIX}-journal")
    ):
        try:
            if now - leftover.stat().st_mtime > STALE_PARTIAL_SECONDS:
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            pass
    for orphan in folder.glob("cchc-*.sqlite3.sha256"):  # a fingerprint whose backup never came
        backup = orphan.with_name(orphan.name[: -len(".sha256")])
        try:
            if not backup.exists() and now - orphan.stat().st_mtime > STALE_PARTIAL_SECONDS:
                orphan.unlink()
        except OSError:
            pass
    return removed


# --- reading -----------------------------------------------------------------------------------


def open_read_only(path: Path) -> sqlite3.Connection:
    # immutable: reading a backup must never create -wal/-shm files beside it (USB sticks, CDs).
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    conn.text_factory = lenient_text
    return conn


def schema_problem(conn: sqlite3.Connection) -> Message | None:
    """None when ``conn`` holds a CCHC Desktop database (marked, or shaped like the first
    versions that had no mark), else why not."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if application_id not in (0, APPLICATION_ID) or not tables >= _CORE_TABLES:
        return Message("backup.problem.not_ours")
    columns = {r[1] for r in conn.execute("PRAGMA table_info(plans)")}
    if not columns >= _PLAN_COLUMNS:
        return Message("backup.problem.not_ours")
    if application_id == 0 and conn.execute("PRAGMA user_version").fetchone()[0] > 2:
        return Message("backup.problem.not_ours")  # every version from 3 on carries the mark
    return None


def _parse_name(path: Path) -> tuple[dt.datetime, str]:
    match = _NAME.match(path.name)
    if match:
        return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), match.group(3)
    return dt.datetime.fromtimestamp(path.stat().st_mtime), "manual"


def inspect_backup(path: Path, latest_schema: int | None = None) -> BackupInfo:
    """What a backup file holds, or why it cannot be used. Never raises for a bad file."""
    created, kind = _parse_name(path)
    size = path.stat().st_size
    recorded = _recorded_checksum(path)
    checksum = "missing"
    if recorded is not None:
        checksum = "ok" if recorded == sha256_of(path) else "mismatch"
    if checksum == "mismatch":
        return BackupInfo(
            path, created, kind, size, ok=False, checksum=checksum, problem=Message("backup.problem.checksum")
        )
    try:
        conn = open_read_only(path)
        try:
            problem = integrity_problem(conn)
            if problem:
                return BackupInfo(
                    path,
                    created,
                    kind,
                    size,
                    ok=False,
                    checksum=checksum,
                    problem=Message("backup.problem.integrity", detail=problem),
                )
            foreign = schema_problem(conn)
            if foreign is not None:
                return BackupInfo(path, created, kind, size, ok=False, checksum=checksum, problem=foreign)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if latest_schema is not None and version > latest_schema:
                return BackupInfo(
                    path,
                    created,
                    kind,
                    size,
                    ok=False,
                    checksum=checksum,
                    schema_version=version,
                    problem=Message("backup.problem.newer", found=version),
                )
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            plan_columns = {r[1] for r in conn.execute("PRAGMA table_info(plans)")}
            live = " WHERE deleted_at IS NULL" if "deleted_at" in plan_columns else ""
            plans = conn.execute(f"SELECT count(*) FROM plans{live}").fetchone()[0]
            rows = conn.execute("SELECT count(*) FROM annex_rows").fetchone()[0]
            assessments = (
                conn.execute("SELECT count(*) FROM assessments").fetchone()[0]
                if "assessments" in tables
                else 0
            )
            return BackupInfo(
                path,
                created,
                kind,
                size,
                ok=True,
                plans=plans,
                rows=rows,
                checksum=checksum,
                assessments=assessments,
                schema_version=version,
            )
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError) as error:  # damaged schema text cannot be decoded
        return BackupInfo(
            path,
            created,
            kind,
            size,
            ok=False,
            checksum=checksum,
            problem=Message("backup.problem.unreadable", detail=str(error)),
        )


def list_backups(folder: Path, latest_schema: int | None = None) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first (damaged ones included, marked)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("cchc-*.sqlite3"):
        if _NAME.match(path.name):
            try:
                found.append(inspect_backup(path, latest_schema))
            except OSError:
                continue  # removed meanwhile (pruned by another process)
    return sorted(found, key=lambda b: (b.created, _same_second_counter(b.path)), reverse=True)


def _same_second_counter(path: Path) -> int:
    match = _NAME.match(path.name)
    return int(match.group(2)) if match and match.group(2) else 0


def newest_good_backup(folder: Path, latest_schema: int | None = None) -> BackupInfo | None:
    """The newest usable backup that is not a safety copy taken before a restore: restoring
    "the latest" twice must not undo the first restore."""
    return next((b for b in list_backups(folder, latest_schema) if b.ok and b.kind != "pre-restore"), None)


# --- rotation ----------------------------------------------------------------------------------


def backups_to_prune(backups: list[BackupInfo], now: dt.datetime) -> list[Path]:
    """Rotation: the newest few of each kind, plus one per day / week / month for a while.

    Manual backups are never pruned."""
    doomed: list[Path] = []
    for kind, keep_newest in KEEP_NEWEST.items():
        of_kind = sorted((b for b in backups if b.kind == kind), key=lambda b: b.created, reverse=True)
        keep = {b.path for b in of_kind[:keep_newest]}
        if kind == "auto":
            seen_days: set = set()
            seen_weeks: set = set()
            seen_months: set = set()
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
    remove_stale_partials(folder)
    doomed = backups_to_prune(list_backups(folder), now or dt.datetime.now())
    for path in doomed:
        for file in (path, checksum_path(path)):
            try:
                file.unlink()
            except OSError:
                pass  # a backup we cannot delete is only wasted space
    return doomed


# --- restoring ---------------------------------------------------------------------------------


def checked_source(source: Path, latest_schema: int) -> BackupInfo:
    """The backup's facts, or DatabaseError saying why it must not be restored (nothing touched)."""
    info = inspect_backup(source, latest_schema)
    if not info.ok:
        raise DatabaseError("backup.unusable", name=source.name, problem=info.problem)
    return info


def copy_database(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """Replace ``target``'s whole content with ``source``'s, in one step: SQLite's backup API
    writes the destination in one transaction, so a failure half-way leaves it as it was."""
    try:
        source.backup(target)
    except sqlite3.Error as error:
        raise DatabaseError("backup.restore_failed", reason=explain_sqlite_error(error)) from error


def back_up_file(db_path: Path, folder: Path, kind: str) -> Path:
    """A backup through a connection of the calling thread's own (a worker thread: sqlite3
    connections stay in the thread that made them)."""
    conn = sqlite3.connect(str(db_path))
    try:
        return create_backup(conn, folder, kind)
    finally:
        conn.close()

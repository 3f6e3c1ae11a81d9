"""Opening the SQLite file: pragmas, schema version, numbered migrations from db/.

The schema version lives in ``PRAGMA user_version``. Migrations are ``db/NNNN_name.sql``;
each runs in its own transaction together with the version bump, after a copy of the
database has been taken with SQLite's backup API. A database from a newer program is
refused untouched.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .backup import create_backup, integrity_problem, newest_good_backup
from .errors import (CchcError, DamagedDatabaseError, DatabaseError, NewerDatabaseError,
                     explain_sqlite_error)
from .fileio import describe_os_error

_MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    path: Path

    def statements(self) -> list[str]:
        """Split the script into complete statements (executescript would commit on its own)."""
        out, pending = [], ""
        for line in self.path.read_text(encoding="utf-8").splitlines(keepends=True):
            pending += line
            if sqlite3.complete_statement(pending):
                if pending.strip():
                    out.append(pending.strip())
                pending = ""
        if pending.strip() and not all(l.strip().startswith("--") or not l.strip()
                                       for l in pending.splitlines()):
            raise ValueError(f"Câu lệnh SQL dở dang ở cuối {self.path.name}")
        return out


def find_migrations(folder: Path | None = None) -> list[Migration]:
    folder = folder or paths.migrations_dir()
    found = []
    for path in sorted(folder.iterdir()):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise ValueError(f"Các tệp nâng cấp CSDL phải đánh số liên tục từ 0001: {versions}")
    return found


def latest_version(folder: Path | None = None) -> int:
    return len(find_migrations(folder))


_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
BUSY_TIMEOUT_MS = 10_000  # another program (a backup tool, a second copy) may hold the file briefly


def is_damage(error: BaseException) -> bool:
    """A damaged or foreign file, as opposed to a busy, locked or unwritable one."""
    if isinstance(error, UnicodeDecodeError):
        # Damaged schema text: SQLite quotes it in its message, which Python cannot decode.
        return True
    if not isinstance(error, sqlite3.Error):
        return False
    if "unsupported file format" in str(error) or "malformed" in str(error):
        return True  # a damaged header or schema, reported as a generic SQLITE_ERROR
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    return not isinstance(error, sqlite3.OperationalError)


def _lenient_text(raw: bytes) -> str:
    # One damaged byte inside a stored text must not make a whole plan unreadable: it shows as "�".
    return raw.decode("utf-8", errors="replace")


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        # A folder that cannot hold the -wal file (some network shares): still safe, slower.
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (sqlite-utils ``atomic``)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except OSError as error:
        raise DatabaseError(describe_os_error(error, path)) from error
    except sqlite3.Error as error:
        raise DatabaseError(f"Không mở được cơ sở dữ liệu «{path}»: {explain_sqlite_error(error)}") from error
    conn.text_factory = _lenient_text
    try:
        _configure(conn)
    except (sqlite3.Error, UnicodeDecodeError) as error:
        conn.close()
        if is_damage(error):
            raise DatabaseError(
                f"Tệp «{path}» không phải cơ sở dữ liệu CCHC Desktop hoặc đã bị hỏng ({error}).") from error
        raise DatabaseError(f"Không mở được cơ sở dữ liệu «{path}»: {explain_sqlite_error(error)}") from error
    return conn


def quarantine(db_path: Path) -> Path:
    """Move a damaged database (with its -wal and -shm) aside under a dated name; return it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}-hong-{stamp}{db_path.suffix}")
    counter = 1
    while target.exists():
        target = db_path.with_name(f"{db_path.stem}-hong-{stamp}-{counter}{db_path.suffix}")
        counter += 1
    for extra in ("-wal", "-shm"):
        companion = db_path.with_name(db_path.name + extra)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + extra))
    os.replace(db_path, target)
    return target


def open_database(db_path: Path, backup_folder: Path) -> sqlite3.Connection:
    """Connect, check integrity, migrate. A damaged file is moved aside and reported."""
    problem = ""
    conn = None
    try:
        conn = connect(db_path)
        problem = integrity_problem(conn)
    except DatabaseError as error:
        cause = error.__cause__
        if cause is None or not is_damage(cause):
            raise
        problem = str(cause)
    except (sqlite3.Error, UnicodeDecodeError) as error:
        if not is_damage(error):
            if conn is not None:
                conn.close()
            raise DatabaseError(f"Không đọc được cơ sở dữ liệu «{db_path}»: {explain_sqlite_error(error)}") from error
        problem = str(error)
    if problem:
        if conn is not None:
            conn.close()
        try:
            moved = quarantine(db_path)
        except OSError as error:
            raise DatabaseError(
                f"Cơ sở dữ liệu «{db_path}» bị hỏng ({problem}) và không chuyển sang chỗ khác được: "
                f"{describe_os_error(error, db_path)}") from error
        newest = newest_good_backup(backup_folder)
        advice = (f"Bản sao lưu tốt mới nhất: {newest.created:%d/%m/%Y %H:%M} ({newest.describe()}); "
                  "có thể khôi phục từ bản này." if newest else "Không có bản sao lưu nào dùng được.")
        raise DamagedDatabaseError(
            f"Cơ sở dữ liệu bị hỏng ({problem}). Tệp hỏng đã được giữ nguyên và chuyển sang "
            f"«{moved}». {advice}", moved_to=moved, newest_backup=newest)
    try:
        migrate(conn, db_path, backup_folder)
    except BaseException:
        conn.close()
        raise
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0


def migrate(conn: sqlite3.Connection, db_path: Path, backup_folder: Path,
            migrations: list[Migration] | None = None) -> list[int]:
    """Bring the schema up to date; return the versions applied. Refuse a newer database."""
    migrations = find_migrations() if migrations is None else migrations
    latest = len(migrations)
    current = schema_version(conn)
    if current > latest:
        raise NewerDatabaseError(
            f"Cơ sở dữ liệu «{db_path}» được tạo bởi phiên bản CCHC Desktop mới hơn "
            f"(lược đồ {current}, phiên bản này chỉ hiểu đến {latest}). Hãy cập nhật chương trình; "
            "dữ liệu không bị thay đổi. Nếu máy này chưa từng dùng phiên bản mới hơn, tệp có thể đã "
            f"bị hỏng: các bản sao lưu nằm trong «{backup_folder}».")
    pending = [m for m in migrations if m.version > current]
    if not pending:
        return []
    if current > 0 or _has_tables(conn):
        try:
            create_backup(conn, backup_folder, "pre-migration", suffix=f"-v{current}")
        except CchcError as error:
            raise DatabaseError(
                f"Không tạo được bản sao trước khi nâng cấp cơ sở dữ liệu ({error.message}); "
                "chưa nâng cấp, dữ liệu giữ nguyên.") from error
    applied = []
    for migration in pending:
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in migration.statements():
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise DatabaseError(
                    f"Nâng cấp cơ sở dữ liệu lên phiên bản {migration.version} thất bại ({explain_sqlite_error(error)}); "
                    "dữ liệu giữ nguyên như trước khi nâng cấp.") from error
            raise
        applied.append(migration.version)
    return applied

"""Opening the SQLite file: pragmas, schema version, numbered migrations from db/.

The schema version lives in ``PRAGMA user_version``. Migrations are ``db/NNNN_name.sql``;
each runs in its own transaction together with the version bump, after a copy of the
database has been taken with SQLite's backup API. A database from a newer program is
refused untouched.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .errors import DatabaseError, NewerDatabaseError
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


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (sqlite-utils ``atomic``)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    except OSError as error:
        raise DatabaseError(describe_os_error(error, path)) from error
    except sqlite3.Error as error:
        raise DatabaseError(f"Không mở được cơ sở dữ liệu «{path}»: {error}") from error
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            # A folder that cannot hold the -wal file (some network shares): still safe, slower.
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as error:
        conn.close()
        raise DatabaseError(
            f"Tệp «{path}» không phải cơ sở dữ liệu CCHC Desktop hoặc đã bị hỏng ({error}).") from error
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0


def backup_copy(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the open database at ``target`` (SQLite's online backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    destination = sqlite3.connect(str(target))
    try:
        conn.backup(destination)
    finally:
        destination.close()
    return target


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
            "dữ liệu không bị thay đổi.")
    pending = [m for m in migrations if m.version > current]
    if not pending:
        return []
    if current > 0 or _has_tables(conn):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        try:
            backup_copy(conn, backup_folder / f"truoc-nang-cap-v{current}-{stamp}.sqlite3")
        except (OSError, sqlite3.Error) as error:
            raise DatabaseError(
                f"Không tạo được bản sao trước khi nâng cấp cơ sở dữ liệu ({error}); "
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
                    f"Nâng cấp cơ sở dữ liệu lên phiên bản {migration.version} thất bại ({error}); "
                    "dữ liệu giữ nguyên như trước khi nâng cấp.") from error
            raise
        applied.append(migration.version)
    return applied

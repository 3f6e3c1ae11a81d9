"""Numbered SQL migrations from db/, applied in order, each in its own transaction.

The schema version is ``PRAGMA user_version``, and the same number is kept in the settings
table (``schema_version``) so that a damaged header field can be told from a database written
by a newer program. Before the first pending migration a copy of the database is written to
the backup folder. Processes that open a new data folder at the same time take turns: the
version is read again under a lock shared by every process of the folder.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..errors import CchcError, DatabaseError, NewerDatabaseError, explain_sqlite_error
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from . import locks

_MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")
SCHEMA_VERSION_KEY = "schema_version"

define_messages(
    {
        "db.newer": QT_TRANSLATE_NOOP(
            "Messages",
            "Cơ sở dữ liệu «{path}» được tạo bởi phiên bản CCHC Desktop mới hơn (lược đồ "
            "{found}, phiên bản này chỉ hiểu đến {latest}). Hãy cập nhật chương trình; dữ liệu "
            "không bị thay đổi.",
        ),
        "db.migration_backup_failed": QT_TRANSLATE_NOOP(
            "Messages",
            "Không tạo được bản sao trước khi nâng cấp cơ sở dữ liệu ({reason}); chưa nâng "
            "cấp, dữ liệu giữ nguyên.",
        ),
        "db.migration_failed": QT_TRANSLATE_NOOP(
            "Messages",
            "Nâng cấp cơ sở dữ liệu lên phiên bản {version} thất bại ({reason}); dữ liệu giữ "
            "nguyên như trước khi nâng cấp.",
        ),
        "db.needs_upgrade_read_only": QT_TRANSLATE_NOOP(
            "Messages",
            "Cơ sở dữ liệu «{path}» cần được nâng cấp (lược đồ {found} lên {latest}) nhưng thư "
            "mục dữ liệu chỉ cho phép đọc. Hãy chép thư mục sang nơi ghi được rồi mở lại.",
        ),
    }
)


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
        if pending.strip() and not all(
            line.strip().startswith("--") or not line.strip() for line in pending.splitlines()
        ):
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


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def recorded_schema_version(conn: sqlite3.Connection) -> int | None:
    """The copy of the version in the settings table (None before migration 0003 wrote it)."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [SCHEMA_VERSION_KEY]).fetchone()
    except sqlite3.Error:
        return None
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0


def check_not_newer(conn: sqlite3.Connection, db_path: Path, latest: int) -> None:
    current = schema_version(conn)
    if current > latest:
        raise NewerDatabaseError("db.newer", path=str(db_path), found=current, latest=latest)


def migrate(
    conn: sqlite3.Connection,
    db_path: Path,
    backup_folder: Path | None,
    migrations: list[Migration] | None = None,
) -> list[int]:
    """Bring the schema up to date; return the versions applied. Refuse a newer database.

    ``backup_folder`` None: no copy first (a scratch copy being prepared for a restore)."""
    from .backups import create_backup  # backups imports this module's version helpers

    migrations = find_migrations() if migrations is None else migrations
    latest = len(migrations)
    check_not_newer(conn, db_path, latest)
    if schema_version(conn) == latest:
        return []
    with locks.exclusive(db_path.parent, "migrate"):
        current = schema_version(conn)  # again: another process may have migrated meanwhile
        check_not_newer(conn, db_path, latest)
        pending = [m for m in migrations if m.version > current]
        if not pending:
            return []
        if backup_folder is not None and (current > 0 or has_tables(conn)):
            try:
                create_backup(conn, backup_folder, "pre-migration", suffix=f"-v{current}")
            except CchcError as error:
                raise DatabaseError("db.migration_backup_failed", reason=error.message) from error
        applied = []
        for migration in pending:
            try:
                conn.execute("BEGIN IMMEDIATE")
                for statement in migration.statements():
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {migration.version}")
                if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'settings'").fetchone():
                    conn.execute(
                        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                        "DO UPDATE SET value = excluded.value",
                        [SCHEMA_VERSION_KEY, str(migration.version)],
                    )
                conn.execute("COMMIT")
            except BaseException as error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise DatabaseError(
                        "db.migration_failed", version=migration.version, reason=explain_sqlite_error(error)
                    ) from error
                raise
            applied.append(migration.version)
        return applied

"""An open database: its connection, its transactions, and the change log written in them.

Every change goes through :meth:`Database.transaction`: ``BEGIN IMMEDIATE`` … ``COMMIT`` (a
savepoint when nested), the change-log lines written inside it, and after the commit a
checkpoint that moves the committed pages into the main file, so that the file on disk holds
every committed change and a damaged write-ahead log can cost at most what was being written.
"""

from __future__ import annotations

import datetime as dt
import getpass
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import DatabaseError, explain_sqlite_error
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from .connection import checkpoint
from .locks import SessionMark, note_clean_close

Clock = Callable[[], dt.datetime]
USER_NAME_KEY = "user_name"

define_messages(
    {
        "db.read_only": QT_TRANSLATE_NOOP(
            "Messages",
            "Thư mục dữ liệu «{path}» chỉ cho phép đọc: có thể xem và xuất, nhưng không lưu được thay đổi.",
        ),
        "db.write_failed": QT_TRANSLATE_NOOP(
            "Messages", "Không lưu được thay đổi: {reason}. Dữ liệu giữ nguyên."
        ),
    }
)


def now_text(clock: Clock) -> str:
    return clock().strftime("%Y-%m-%dT%H:%M:%S")


class Tx:
    """The open transaction: what storage functions write through, and the change log."""

    def __init__(self, db: Database):
        self.db = db
        self.conn = db.conn
        self.logged = 0

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    @property
    def now(self) -> str:
        return now_text(self.db.clock)

    def log(
        self,
        action: str,
        entity: str,
        *,
        plan_id: int | None = None,
        plan_uuid: str = "",
        plan_title: str | None = None,
        entity_id: int | None = None,
        entity_uuid: str = "",
        field: str = "",
        old: Any = None,
        new: Any = None,
    ) -> None:
        """One line of the change log, in the same transaction as the change it records."""
        if plan_title is None:
            plan_title = ""
            if plan_id is not None:
                row = self.conn.execute("SELECT title, uuid FROM plans WHERE id = ?", [plan_id]).fetchone()
                if row:
                    plan_title, plan_uuid = row[0], plan_uuid or row[1]
        self.conn.execute(
            "INSERT INTO change_log (at, user_name, plan_id, plan_uuid, plan_title, action, entity, "
            "entity_id, entity_uuid, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                self.now,
                self.db.user_name,
                plan_id,
                plan_uuid,
                plan_title,
                action,
                entity,
                entity_id,
                entity_uuid,
                field,
                None if old is None else str(old),
                None if new is None else str(new),
            ],
        )
        self.logged += 1


class Database:
    """One open database file of a data folder."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        backup_folder: Path,
        *,
        read_only: bool = False,
        clock: Clock | None = None,
        session: SessionMark | None = None,
    ):
        self.conn = conn
        self.path = path
        self.backup_folder = backup_folder
        self.read_only = read_only
        self.clock: Clock = clock or dt.datetime.now
        self._session = session
        self._depth = 0
        self._user_name: str | None = None
        self.changes_committed = 0  # transactions committed through this object

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    # --- reading -------------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        cursor = self.conn.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        return cursor.fetchall()

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        cursor = self.conn.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        return cursor.fetchone()

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def data_version(self) -> tuple[int, int]:
        """(ours, theirs): numbers that change whenever the content may have. ``ours`` counts
        the rows this connection wrote (any statement, in a transaction or not, committed or
        rolled back: a change counted that was not one only costs a read); ``theirs`` is SQLite's
        ``PRAGMA data_version``, which moves when another connection (another process: the
        command line) commits, or checkpoints. A cache keeps what it read with the pair it read
        at, and reads again once either moved."""
        return self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0]

    # --- the user named in the change log ------------------------------------------------------

    @property
    def user_name(self) -> str:
        """Set once in settings, else the computer's login name."""
        if self._user_name is None:
            row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [USER_NAME_KEY]).fetchone()
            name = row[0] if row else ""
            if not name:
                try:
                    name = getpass.getuser()
                except Exception:  # no login name on some Windows set-ups
                    name = ""
            self._user_name = name
        return self._user_name

    def forget_user_name(self) -> None:
        self._user_name = None

    # --- writing -------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """One all-or-nothing change. sqlite3 errors become a Vietnamese DatabaseError and the
        database is left exactly as it was; nested calls are savepoints of the outer one."""
        if self.read_only:
            raise DatabaseError("db.read_only", path=str(self.data_dir))
        outer = self._depth == 0
        name = f"sp{self._depth}"
        try:
            self.conn.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {name}")
        except sqlite3.Error as error:
            raise DatabaseError("db.write_failed", reason=explain_sqlite_error(error)) from error
        self._depth += 1
        try:
            yield Tx(self)
        except BaseException as error:
            self._depth -= 1
            try:
                if outer:
                    self.conn.execute("ROLLBACK")
                else:
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
            except sqlite3.Error:
                pass  # the connection rolled back on its own (disk I/O error)
            if isinstance(error, sqlite3.Error):
                raise DatabaseError("db.write_failed", reason=explain_sqlite_error(error)) from error
            raise
        self._depth -= 1
        try:
            self.conn.execute("COMMIT" if outer else f"RELEASE {name}")
        except sqlite3.Error as error:
            if outer and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise DatabaseError("db.write_failed", reason=explain_sqlite_error(error)) from error
        if outer:
            self.changes_committed += 1
            checkpoint(self.conn)

    # --- closing -------------------------------------------------------------------------------

    def close(self) -> None:
        closed = False
        try:
            if not self.read_only:
                checkpoint(self.conn, wait_ms=1000)
            self.conn.close()
            closed = True
        except sqlite3.Error:
            pass
        finally:
            if self._session is not None:
                if closed and not self.read_only:
                    # The next open then need not check the whole file (locks.closed_cleanly).
                    note_clean_close(self.path, self._session)
                self._session.release()
                self._session = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

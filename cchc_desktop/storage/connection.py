"""One SQLite connection as the program wants it: WAL, synchronous=FULL, foreign keys on,
stored text read leniently; how to tell damage from a busy or unwritable file; moving a
damaged file aside without ever overwriting it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from ..errors import DatabaseError, explain_sqlite_error, os_error_message
from ..i18n import QT_TRANSLATE_NOOP, define_messages

# "CCHC" in ASCII: PRAGMA application_id marks a file as ours (set by migration 0003).
APPLICATION_ID = 0x43434843
BUSY_TIMEOUT_MS = 10_000  # another program (the window, a backup tool) may hold the file briefly
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26

define_messages(
    {
        "db.cannot_open": QT_TRANSLATE_NOOP("Messages", "Không mở được cơ sở dữ liệu «{path}»: {reason}"),
        "db.not_ours": QT_TRANSLATE_NOOP(
            "Messages", "Tệp «{path}» không phải cơ sở dữ liệu CCHC Desktop hoặc đã bị hỏng ({reason})."
        ),
    }
)


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


def lenient_text(raw: bytes) -> str:
    # One damaged byte inside a stored text must not make a whole plan unreadable: it shows as "�".
    return raw.decode("utf-8", errors="replace")


def _configure(conn: sqlite3.Connection, read_only: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    if read_only:
        return
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        # A folder that cannot hold the -wal file (some network shares): still safe, slower.
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    # Committed work is moved into the main file after every transaction (Database.transaction):
    # the automatic checkpoint would wait for 1,000 pages, leaving a small database in the log.
    conn.execute("PRAGMA wal_autocheckpoint = 0")


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (``BEGIN IMMEDIATE``).

    ``read_only`` opens a file in a folder the program may not write (a CD, a locked-down
    share): nothing is written, not even the -wal and -shm companions."""
    try:
        if read_only:
            wal = path.with_name(path.name + "-wal")
            # immutable: no -shm is needed; only safe when no log holds newer pages.
            flags = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?{flags}",
                uri=True,
                isolation_level=None,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except OSError as error:
        raise DatabaseError("db.cannot_open", path=str(path), reason=os_error_message(error, path)) from error
    except sqlite3.Error as error:
        raise DatabaseError("db.cannot_open", path=str(path), reason=explain_sqlite_error(error)) from error
    conn.text_factory = lenient_text
    try:
        _configure(conn, read_only)
    except (sqlite3.Error, UnicodeDecodeError) as error:
        conn.close()
        if is_damage(error):
            raise DatabaseError("db.not_ours", path=str(path), reason=str(error)) from error
        raise DatabaseError("db.cannot_open", path=str(path), reason=explain_sqlite_error(error)) from error
    return conn


def integrity_problem(conn: sqlite3.Connection) -> str:
    """'' when ``PRAGMA integrity_check`` says ok, else its first complaints."""
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(5)").fetchall()]
    return "" if rows == ["ok"] else "; ".join(rows)


def companions(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + extra) for extra in ("-wal", "-shm")]


def _aside_name(db_path: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}-{label}-{stamp}{db_path.suffix}")
    counter = 1
    while target.exists():
        target = db_path.with_name(f"{db_path.stem}-{label}-{stamp}-{counter}{db_path.suffix}")
        counter += 1
    return target


def quarantine(db_path: Path, label: str = "hong") -> Path:
    """Move a damaged database (with its -wal and -shm) aside under a dated name; return it."""
    target = _aside_name(db_path, label)
    for companion in companions(db_path):
        if companion.exists():
            os.replace(companion, target.with_name(target.name + companion.name[len(db_path.name) :]))
    os.replace(db_path, target)
    return target


def copy_aside(db_path: Path, label: str) -> Path:
    """A copy of the database file and its -wal as they are on disk (nothing opened)."""
    target = _aside_name(db_path, label)
    shutil.copy2(db_path, target)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, target.with_name(target.name + "-wal"))
    return target


def checkpoint(conn: sqlite3.Connection, wait_ms: int = 200) -> bool:
    """Move committed pages from the log into the main file and empty the log.

    Waits at most ``wait_ms`` for readers (another process mid-read); True when the log was
    emptied. A busy log is emptied by the next transaction's checkpoint."""
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return busy == 0
    except sqlite3.Error:
        return False
    finally:
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        except sqlite3.Error:
            pass

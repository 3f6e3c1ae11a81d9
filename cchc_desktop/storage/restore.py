"""Restoring a backup: every check and the upgrade happen on a scratch copy first, so a backup
that turns out unusable, foreign or damaged leaves the database exactly as it was.

Two ways in: into an open database (the window, or a command whose database opens), through
SQLite's backup API in one step after a safety copy; or, when the current file cannot even be
opened (damaged, a damaged version number), by moving that file aside and putting the prepared
copy in its place.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from pathlib import Path

from ..errors import DatabaseError, os_error_message
from . import backups, migrations
from .connection import connect, integrity_problem, quarantine
from .session import Database


def prepare(source: Path, work_folder: Path) -> tuple[Path, backups.BackupInfo]:
    """A checked copy of ``source`` brought up to the current schema, in ``work_folder``."""
    latest = migrations.latest_version()
    info = backups.checked_source(source, latest)
    work_folder.mkdir(parents=True, exist_ok=True)
    scratch = work_folder / f".khoi-phuc-{uuid.uuid4().hex[:12]}.sqlite3"
    try:
        reader = backups.open_read_only(source)
        try:
            target = sqlite3.connect(str(scratch))
            try:
                reader.backup(target)
            finally:
                target.close()
        finally:
            reader.close()
        conn = connect(scratch)
        try:
            migrations.migrate(conn, scratch, None)
            problem = integrity_problem(conn) or backups.schema_problem(conn)
            if problem:
                raise DatabaseError("backup.unusable", name=source.name, problem=problem)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except OSError as error:
        discard(scratch)
        raise DatabaseError("backup.restore_failed", reason=os_error_message(error, scratch)) from error
    except sqlite3.Error as error:
        discard(scratch)
        raise DatabaseError("backup.restore_failed", reason=str(error)) from error
    except BaseException:
        discard(scratch)
        raise
    return scratch, info


def discard(scratch: Path) -> None:
    for path in (
        scratch,
        scratch.with_name(scratch.name + "-wal"),
        scratch.with_name(scratch.name + "-shm"),
        scratch.with_name(scratch.name + "-journal"),
    ):
        with contextlib.suppress(OSError):
            path.unlink()


def restore_into(db: Database, source: Path) -> Path:
    """Replace the open database's content with ``source``; return the safety copy of what it held."""
    scratch, _info = prepare(source, db.data_dir)
    try:
        safety = backups.create_backup(db.conn, db.backup_folder, "pre-restore")
        reader = backups.open_read_only(scratch)
        try:
            backups.copy_database(reader, db.conn)
        finally:
            reader.close()
    finally:
        discard(scratch)
    with db.transaction() as tx:
        tx.log("restore", "database", new=str(source))
    db.forget_user_name()
    backups.prune_backups(db.backup_folder)
    return safety


def restore_file(db_path: Path, backup_folder: Path, source: Path) -> Path | None:
    """Put ``source`` in place of a database file that cannot be opened. The old file (if any)
    is moved aside, never deleted; returns where it went."""
    scratch, _info = prepare(source, db_path.parent)
    moved = None
    try:
        if db_path.exists():
            moved = quarantine(db_path, "truoc-khoi-phuc")
        os.replace(scratch, db_path)
    except OSError as error:
        discard(scratch)
        raise DatabaseError("backup.restore_failed", reason=os_error_message(error, db_path)) from error
    discard(scratch)
    return moved

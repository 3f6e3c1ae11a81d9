"""Opening a data folder's database without ever losing what it holds.

In order: mark this process's session; refuse a database that vanished or was emptied while the
folder shows it existed (backups, the marker file); keep a copy of an unclean shutdown's
write-ahead log before SQLite replays or discards it, and say so when part of it cannot be
replayed; connect; check integrity and that the file is ours (a damaged or foreign file is moved
aside, never overwritten); tell a damaged version number from a newer program's database;
migrate. A folder the program cannot write is opened read-only.

The integrity check reads the whole file (0.15 s for 10,000 rows): it is spared when the last
session closed the database cleanly and the file is as that session left it (locks.closed_cleanly:
its size, modification time and identity), that is when no session ended uncleanly since and no
other program wrote to it. Every other check runs at every open.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .. import datadir
from ..errors import DamagedDatabaseError, DatabaseError, os_error_message
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from . import backups, migrations
from .connection import (
    APPLICATION_ID,
    connect,
    copy_aside,
    integrity_problem,
    is_damage,
    quarantine,
)
from .locks import SessionMark, closed_cleanly, exclusive, other_sessions_alive
from .session import Clock, Database
from .wal import inspect_wal

MARKER_FILE = "cchc-database.json"

define_messages(
    {
        "db.damaged": QT_TRANSLATE_NOOP(
            "Messages",
            "Cơ sở dữ liệu bị hỏng ({problem}). Tệp hỏng đã được giữ nguyên và chuyển sang "
            "«{moved_to}». {advice}",
        ),
        "db.vanished": QT_TRANSLATE_NOOP(
            "Messages",
            "Không thấy cơ sở dữ liệu «{path}» (tệp bị xóa, bị làm trống hoặc thư mục bị chép "
            "thiếu), trong khi thư mục này đã từng có dữ liệu. {advice}",
        ),
        "db.version_damaged": QT_TRANSLATE_NOOP(
            "Messages",
            "Số phiên bản ghi trong tệp cơ sở dữ liệu bị hỏng ({found}; dữ liệu cho biết phiên "
            "bản {recorded}). Tệp đã được giữ nguyên và chuyển sang «{moved_to}». {advice}",
        ),
        "db.advice.backup": QT_TRANSLATE_NOOP(
            "Messages",
            "Bản sao lưu tốt mới nhất: {when} ({contents}); có thể khôi phục từ bản này "
            "(cửa sổ chương trình sẽ hỏi, hoặc lệnh «cchc restore latest»).",
        ),
        "db.advice.no_backup": QT_TRANSLATE_NOOP(
            "Messages",
            "Không có bản sao lưu nào dùng được. Để bắt đầu với dữ liệu trống: «cchc init "
            "--empty» hoặc chọn «Bắt đầu với dữ liệu trống» trong cửa sổ.",
        ),
        "db.wal_kept": QT_TRANSLATE_NOOP(
            "Messages",
            "Lần trước chương trình không được đóng đúng cách; nhật ký ghi (WAL) đã được chép "
            "giữ lại ở «{copy}» trước khi mở.",
        ),
        "db.wal_damaged": QT_TRANSLATE_NOOP(
            "Messages",
            "Nhật ký ghi (WAL) của lần đóng không đúng cách bị hỏng: {lost} giao dịch đã lưu "
            "trong đó không đọc lại được và không có trong dữ liệu đang mở. Bản chép nguyên vẹn "
            "của cơ sở dữ liệu và nhật ký được giữ ở «{copy}»; hãy báo cho người phụ trách kỹ "
            "thuật nếu thấy thiếu dữ liệu.",
        ),
        "db.opened_read_only": QT_TRANSLATE_NOOP(
            "Messages",
            "Thư mục dữ liệu «{path}» chỉ cho phép đọc: chỉ xem và xuất được, không lưu được thay đổi.",
        ),
    }
)


@dataclass
class Opened:
    db: Database
    created: bool  # a new, empty database
    notices: list[Message] = field(default_factory=list)


def _folder_writable(data_dir: Path) -> bool:
    if not data_dir.exists():
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
    if not os.access(data_dir, os.W_OK):
        return False
    db_file = datadir.database_path(data_dir)
    return not db_file.exists() or os.access(db_file, os.W_OK)


def advice(backup_folder: Path) -> tuple[Message, backups.BackupInfo | None]:
    newest = backups.newest_good_backup(backup_folder, migrations.latest_version())
    if newest is None:
        return Message("db.advice.no_backup"), None
    return Message(
        "db.advice.backup", when=newest.created.strftime("%d/%m/%Y %H:%M"), contents=newest.describe()
    ), newest


def _existed_before(data_dir: Path, backup_folder: Path) -> bool:
    if (data_dir / MARKER_FILE).exists():
        return True
    return any(b.ok for b in backups.list_backups(backup_folder))


def write_marker(data_dir: Path, conn: sqlite3.Connection) -> None:
    """A note beside the database that it exists: its later absence is then damage, not a first run."""
    marker = data_dir / MARKER_FILE
    if marker.exists():
        return
    import uuid  # loaded on first use: keeps start-up fast

    try:
        marker.write_text(
            json.dumps(
                {"database": datadir.DATABASE_FILE, "id": str(uuid.uuid4()), "application_id": APPLICATION_ID}
            ),
            encoding="utf-8",
        )
    except OSError:
        pass  # without the marker only the backups tell that data existed


def _damaged(db_path: Path, backup_folder: Path, problem: str) -> DamagedDatabaseError:
    try:
        moved = quarantine(db_path)
    except OSError as error:
        return DamagedDatabaseError(
            "db.cannot_open", path=str(db_path), reason=os_error_message(error, db_path)
        )
    hint, newest = advice(backup_folder)
    return DamagedDatabaseError(
        "db.damaged", moved_to=moved, newest_backup=newest, problem=problem, advice=hint
    )


def _keep_unclean_log(db_path: Path, notices: list[Message]) -> None:
    """Copy a leftover log aside before SQLite replays (or drops) it, and report damage."""
    wal_path = db_path.with_name(db_path.name + "-wal")
    report = inspect_wal(wal_path)
    if report.empty or not db_path.exists():
        return
    try:
        copy = copy_aside(db_path, "truoc-phuc-hoi")
    except OSError:
        copy = None
    if report.damaged:
        notices.append(Message("db.wal_damaged", lost=max(report.lost_commits, 1), copy=str(copy)))
    elif copy is not None:
        notices.append(Message("db.wal_kept", copy=str(copy)))


def open_data_folder(data_dir: Path, *, clock: Clock | None = None, accept_empty: bool = False) -> Opened:
    """Open (or create) the database of ``data_dir``. ``accept_empty``: the user chose to start
    with empty data although the folder shows a database existed."""
    db_path = datadir.database_path(data_dir)
    backup_folder = datadir.backup_dir(data_dir)
    notices: list[Message] = []
    writable = _folder_writable(data_dir)
    if not writable:
        if not db_path.exists():
            raise DatabaseError(
                "db.cannot_open",
                path=str(db_path),
                reason=os_error_message(PermissionError(13, "read-only"), data_dir),
            )
        return _open_read_only(db_path, backup_folder, clock, notices)

    session = SessionMark(data_dir)
    session.acquire()
    try:
        missing = not db_path.exists() or db_path.stat().st_size == 0
        if missing and not accept_empty and _existed_before(data_dir, backup_folder):
            hint, newest = advice(backup_folder)
            raise DamagedDatabaseError("db.vanished", newest_backup=newest, path=str(db_path), advice=hint)
        if missing and accept_empty and db_path.exists() and not other_sessions_alive(data_dir, session):
            # An emptied file the user chose to replace: kept aside all the same. Never while
            # another process has it open: that is a new database being created right now.
            quarantine(db_path, "trong")
        if not missing and not other_sessions_alive(data_dir, session):
            _keep_unclean_log(db_path, notices)
        untouched = closed_cleanly(db_path) and not missing  # the note is used up either way
        # SQLite makes a new file a WAL database in a short write of its own, and a second process
        # doing the same at that moment can be refused at once ("database is locked"), without
        # waiting: the processes creating the database take turns.
        with exclusive(data_dir, "create") if missing else contextlib.nullcontext():
            db = _connect_checked(db_path, backup_folder, clock, session, whole_check=not untouched)
    except BaseException:
        session.release()
        raise
    db.forget_user_name()
    write_marker(data_dir, db.conn)
    return Opened(db, created=missing, notices=notices)


def _connect_checked(
    db_path: Path,
    backup_folder: Path,
    clock: Clock | None,
    session: SessionMark,
    whole_check: bool = True,
) -> Database:
    conn = None
    try:
        conn = connect(db_path)
        problem = integrity_problem(conn) if whole_check else ""
        if not problem and migrations.has_tables(conn):
            foreign = backups.schema_problem(conn)
            problem = str(foreign) if foreign else ""
    except DatabaseError as error:
        cause = error.__cause__
        if cause is None or not is_damage(cause):
            raise
        problem = str(cause)
    except (sqlite3.Error, UnicodeDecodeError) as error:
        if conn is not None:
            conn.close()
        if not is_damage(error):
            raise DatabaseError("db.cannot_open", path=str(db_path), reason=str(error)) from error
        problem = str(error)
    if problem:
        if conn is not None:
            conn.close()
        raise _damaged(db_path, backup_folder, problem)
    assert conn is not None
    try:
        _check_version(conn, db_path, backup_folder)
        migrations.migrate(conn, db_path, backup_folder)
    except BaseException:
        conn.close()
        raise
    return Database(conn, db_path, backup_folder, clock=clock, session=session)


def _check_version(conn: sqlite3.Connection, db_path: Path, backup_folder: Path) -> None:
    """A version above ours is a newer program's database, unless the settings table (written in
    the same transaction as every version change) says otherwise: then the header is damaged."""
    latest = migrations.latest_version()
    found = migrations.schema_version(conn)
    if found <= latest:
        return
    recorded = migrations.recorded_schema_version(conn)
    legacy_shape = (
        recorded is None
        and conn.execute("PRAGMA application_id").fetchone()[0] == 0
        and backups.schema_problem(conn) is None
    )
    if (recorded is not None and recorded <= latest) or legacy_shape:
        conn.close()
        moved = quarantine(db_path)
        hint, newest = advice(backup_folder)
        raise DamagedDatabaseError(
            "db.version_damaged",
            moved_to=moved,
            newest_backup=newest,
            found=found,
            recorded=recorded if recorded is not None else "≤ 2",
            advice=hint,
        )
    migrations.check_not_newer(conn, db_path, latest)


def _open_read_only(
    db_path: Path, backup_folder: Path, clock: Clock | None, notices: list[Message]
) -> Opened:
    conn = connect(db_path, read_only=True)
    try:
        problem = integrity_problem(conn)
        if problem:
            raise DatabaseError("db.not_ours", path=str(db_path), reason=problem)
        latest = migrations.latest_version()
        found = migrations.schema_version(conn)
        migrations.check_not_newer(conn, db_path, latest)
        if found < latest:
            raise DatabaseError("db.needs_upgrade_read_only", path=str(db_path), found=found, latest=latest)
    except BaseException:
        conn.close()
        raise
    notices.append(Message("db.opened_read_only", path=str(db_path.parent)))
    return Opened(Database(conn, db_path, backup_folder, read_only=True, clock=clock), False, notices)

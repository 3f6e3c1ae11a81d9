"""Backups and restore: make one (and rotate), list them, restore one (the current state is
backed up first), also when the database itself cannot be opened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import datadir
from ..errors import NotFoundError, OutputError, os_error_message
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from ..storage import backups as backup_store
from ..storage import migrations
from ..storage import restore as restore_store
from ..storage.backups import BackupInfo
from ..storage.evidence_files import EVIDENCE_SUBDIR, evidence_dir, mirror

__all__ = ["BackupInfo", "BackupService", "RestoreResult", "choose_source", "make_backup", "restore_unopened"]

if TYPE_CHECKING:
    from .workspace import Workspace

define_messages(
    {
        "backup.none": QT_TRANSLATE_NOOP("Messages", "Không có bản sao lưu nào dùng được trong «{folder}»."),
        "backup.file_not_found": QT_TRANSLATE_NOOP("Messages", "Không tìm thấy tệp sao lưu «{path}»."),
    }
)

LATEST = ("latest", "moi-nhat", "mới-nhất")


@dataclass(frozen=True)
class RestoreResult:
    source: BackupInfo
    safety: Path | None  # the copy of the state before (None: the file could not be opened)
    moved_aside: Path | None  # where an unopenable database file went


def backup_folder_of(data_dir: Path) -> Path:
    return datadir.backup_dir(data_dir)


def choose_source(folder: Path, reference: str | Path) -> BackupInfo:
    """A backup file, or "latest": the newest usable one that is not a pre-restore safety copy."""
    latest_schema = migrations.latest_version()
    if str(reference) in LATEST:
        newest = backup_store.newest_good_backup(folder, latest_schema)
        if newest is None:
            raise NotFoundError("backup.none", folder=str(folder))
        return newest
    path = Path(reference)
    if not path.is_file():
        raise NotFoundError("backup.file_not_found", path=str(path))
    return backup_store.checked_source(path, latest_schema)


def make_backup(db_path: Path, folder: Path, kind: str, target: Path | None = None) -> BackupInfo:
    """Back up then rotate: the one place both happen (the window's timer, its button, the CLI).
    The evidence files go along into ``evidence/`` beside the backups (only those the mirror
    lacks: they are named by their hash and never change). Runs in any thread."""
    made = backup_store.back_up_file(db_path, target or folder, kind)
    mirror_evidence(evidence_dir(db_path.parent), (target or folder) / EVIDENCE_SUBDIR)
    backup_store.prune_backups(folder)
    return backup_store.inspect_backup(made)


def mirror_evidence(source: Path, target: Path) -> int:
    try:
        return mirror(source, target)
    except OSError as error:
        raise OutputError("backup.write_failed", reason=os_error_message(error, target)) from error


def _bring_back_evidence(source: BackupInfo, data_dir: Path) -> None:
    """The evidence the restored database names, from the mirror beside the backup."""
    try:
        mirror(source.path.parent / EVIDENCE_SUBDIR, evidence_dir(data_dir))
    except OSError:
        pass  # evidence check (cchc evidence check) then names what is missing


def restore_unopened(data_dir: Path, reference: str | Path) -> RestoreResult:
    """Restore where the database cannot be opened (damaged, damaged version number)."""
    folder = backup_folder_of(data_dir)
    source = choose_source(folder, reference)
    moved = restore_store.restore_file(datadir.database_path(data_dir), folder, source.path)
    _bring_back_evidence(source, data_dir)
    return RestoreResult(source, None, moved)


class BackupService:
    def __init__(self, ws: Workspace):
        self.ws = ws
        self.folder = ws.db.backup_folder

    def all(self) -> list[BackupInfo]:
        return backup_store.list_backups(self.folder, migrations.latest_version())

    def create(self, kind: str = "manual", to: Path | None = None) -> BackupInfo:
        info = make_backup(self.ws.db.path, self.folder, kind, to)
        self.mark_backed_up()
        return info

    def changed_since_backup(self) -> bool:
        return self.ws.changed_since_backup()

    def mark_backed_up(self) -> None:
        self.ws.changes_at_backup = self.ws.db.changes_committed

    def restore(self, reference: str | Path) -> RestoreResult:
        source = choose_source(self.folder, reference)
        safety = restore_store.restore_into(self.ws.db, source.path)
        _bring_back_evidence(source, self.ws.data_dir)
        self.mark_backed_up()
        return RestoreResult(source, safety, None)

"""The evidence folder: every attached file copied into ``<data>/evidence/ab/abcdef…`` named by its
SHA-256, never modified afterwards. The same file attached twice is stored once; a check
recomputes every hash. Backups carry a mirror of the folder (the names are the hashes, so a
mirror is brought up to date by copying what it lacks).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InvalidInputError, OutputError, os_error_message
from ..i18n import QT_TRANSLATE_NOOP, define_messages

EVIDENCE_SUBDIR = "evidence"
MAX_EVIDENCE_BYTES = 500 * 1024 * 1024  # a scanned decision is a few MB; a video is not evidence
_BLOCK = 1 << 20

define_messages(
    {
        "evidence.not_a_file": QT_TRANSLATE_NOOP("Messages", "«{path}» không phải là một tệp."),
        "evidence.too_large": QT_TRANSLATE_NOOP(
            "Messages", "Tệp «{name}» quá lớn để làm tài liệu kiểm chứng ({size} MB; tối đa {limit} MB)."
        ),
        "evidence.unreadable": QT_TRANSLATE_NOOP("Messages", "Không đọc được tệp «{name}»: {reason}"),
        "evidence.unwritable": QT_TRANSLATE_NOOP("Messages", "Không lưu được tài liệu kiểm chứng: {reason}"),
    }
)


def evidence_dir(data_dir: Path) -> Path:
    return data_dir / EVIDENCE_SUBDIR


def stored_path(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256


def sha256_file(path: Path, progress: Callable[[int, int], None] | None = None) -> str:
    digest, done, total = hashlib.sha256(), 0, path.stat().st_size
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(_BLOCK), b""):
            digest.update(block)
            done += len(block)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()


def store_file(
    folder: Path, source: Path, progress: Callable[[int, int], None] | None = None
) -> tuple[str, int]:
    """Copy ``source`` into the folder under its hash (once); return (sha256, size). Memory stays
    flat: the file is hashed while it is copied, block by block."""
    try:
        if not source.is_file():
            raise InvalidInputError("evidence.not_a_file", path=str(source))
        size = source.stat().st_size
    except OSError as error:
        raise InvalidInputError(
            "evidence.unreadable", name=source.name, reason=os_error_message(error, source)
        ) from error
    if size > MAX_EVIDENCE_BYTES:
        raise InvalidInputError(
            "evidence.too_large",
            name=source.name,
            size=size // 1_048_576,
            limit=MAX_EVIDENCE_BYTES // 1_048_576,
        )
    temp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=".dang-chep-", dir=folder)
        temp = Path(temp_name)
        digest, done = hashlib.sha256(), 0
        with os.fdopen(fd, "wb") as out, open(source, "rb") as handle:
            for block in iter(lambda: handle.read(_BLOCK), b""):
                digest.update(block)
                out.write(block)
                done += len(block)
                if progress is not None:
                    progress(done, size)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        target = stored_path(folder, sha)
        if target.exists():
            return sha, size  # the same content is already stored: once is enough
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(temp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # never modified afterwards
        os.replace(temp, target)
        temp = None
        return sha, size
    except OSError as error:
        if error.filename and Path(error.filename) == source:
            raise InvalidInputError(
                "evidence.unreadable", name=source.name, reason=os_error_message(error, source)
            ) from error
        raise OutputError("evidence.unwritable", reason=os_error_message(error, folder)) from error
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()


@dataclass
class EvidenceCheck:
    checked: int = 0
    missing: list[str] = field(default_factory=list)  # hashes recorded but not on disk
    altered: list[str] = field(default_factory=list)  # files whose content no longer matches
    unreferenced: int = 0  # files no record names (harmless)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.altered


def check_files(
    folder: Path, expected: Iterable[str], progress: Callable[[int, int], None] | None = None
) -> EvidenceCheck:
    """Every recorded file against its hash."""
    wanted = sorted(set(expected))
    result = EvidenceCheck()
    for index, sha in enumerate(wanted):
        path = stored_path(folder, sha)
        if not path.is_file():
            result.missing.append(sha)
        elif sha256_file(path) != sha:
            result.altered.append(sha)
        result.checked += 1
        if progress is not None:
            progress(index + 1, len(wanted))
    on_disk = {p.name for p in folder.glob("??/*")} if folder.is_dir() else set()
    result.unreferenced = len(on_disk - set(wanted))
    return result


def stored_hashes(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("??/*") if len(p.name) == 64) if folder.is_dir() else []


def mirror(source: Path, target: Path, hashes: Iterable[str] | None = None) -> int:
    """Copy into ``target`` the stored files it lacks (backups, restores); returns how many."""
    copied = 0
    for sha in set(stored_hashes(source) if hashes is None else hashes):
        origin, copy = stored_path(source, sha), stored_path(target, sha)
        if copy.exists() or not origin.is_file():
            continue
        copy.parent.mkdir(parents=True, exist_ok=True)
        partial = copy.with_name(copy.name + ".partial")
        shutil.copyfile(origin, partial)
        os.replace(partial, copy)
        copied += 1
    return copied

"""Reading a write-ahead log (``cchc.sqlite3-wal``) the way SQLite will, before SQLite does.

SQLite replays the committed transactions of a leftover WAL when the database is next opened,
and silently ignores a WAL whose header checksum fails (then deletes it). This module checks the
header and every frame's checksum (https://sqlite.org/fileformat2.html#walformat) so that an
open can say "N committed transactions in the log cannot be replayed" and keep a copy, instead
of losing them without a word.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
_MAGIC_LE, _MAGIC_BE = 0x377F0682, 0x377F0683
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalReport:
    size: int  # bytes on disk
    header_ok: bool
    frames: int  # whole frames the file holds
    replayable_frames: int  # frames SQLite will apply (up to the last valid commit)
    lost_commits: int  # commit frames after a broken one, or behind a broken header

    @property
    def empty(self) -> bool:
        return self.size == 0

    @property
    def damaged(self) -> bool:
        """Committed work in the log that SQLite will not replay."""
        return self.lost_commits > 0 or (not self.header_ok and self.size > 0 and self.frames > 0)


def _checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    count = len(data) // 4
    words = struct.unpack(f"{'>' if big_endian else '<'}{count}I", data[: count * 4])
    for i in range(0, count - 1, 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def inspect_wal(path: Path) -> WalReport:
    """What SQLite would make of the WAL at ``path`` (a missing file is an empty one)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return WalReport(0, True, 0, 0, 0)
    size = len(data)
    if size < HEADER_SIZE:
        return WalReport(size, size == 0, 0, 0, 0)
    magic, _version, page_size, _seq, salt1, salt2, ck1, ck2 = struct.unpack(">8I", data[:HEADER_SIZE])
    big_endian = magic == _MAGIC_BE
    valid_page_size = page_size >= 512 and page_size <= 65536 and page_size & (page_size - 1) == 0
    frame_size = FRAME_HEADER_SIZE + (page_size if valid_page_size else 4096)
    frames = (size - HEADER_SIZE) // frame_size
    header_ok = (
        magic in (_MAGIC_LE, _MAGIC_BE) and valid_page_size and _checksum(data[:24], big_endian) == (ck1, ck2)
    )
    if not header_ok:
        # SQLite ignores everything; count the frames that look like commits as lost.
        commits = sum(
            1
            for i in range(frames)
            if struct.unpack(">I", data[HEADER_SIZE + i * frame_size + 4 : HEADER_SIZE + i * frame_size + 8])[
                0
            ]
            != 0
        )
        return WalReport(size, False, frames, 0, commits if frames else 0)

    s0, s1 = ck1, ck2
    replayable = 0
    broken_at = None
    for i in range(frames):
        offset = HEADER_SIZE + i * frame_size
        header = data[offset : offset + FRAME_HEADER_SIZE]
        _page, commit_size, f_salt1, f_salt2, f_ck1, f_ck2 = struct.unpack(">6I", header)
        if f_salt1 != salt1 and f_salt2 != salt2:
            break  # a frame of an older generation of the log: never part of this one
        if (f_salt1, f_salt2) != (salt1, salt2):
            broken_at = i  # one salt of this generation, one not: a damaged frame header
            break
        s0, s1 = _checksum(header[:8], big_endian, s0, s1)
        s0, s1 = _checksum(data[offset + FRAME_HEADER_SIZE : offset + frame_size], big_endian, s0, s1)
        if (s0, s1) != (f_ck1, f_ck2):
            broken_at = i
            break
        if commit_size:
            replayable = i + 1
    lost = 0
    if broken_at is not None:
        # Frames of this generation after the break that mark a commit: work SQLite will drop.
        for i in range(broken_at, frames):
            offset = HEADER_SIZE + i * frame_size
            _page, commit_size, f_salt1, f_salt2 = struct.unpack(">4I", data[offset : offset + 16])
            if (f_salt1 == salt1 or f_salt2 == salt2) and commit_size:
                lost += 1
    return WalReport(size, True, frames, replayable, lost)

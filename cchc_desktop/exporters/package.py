"""Upload packages (gói nộp): one .zip with the documents, the evidence files, the interchange
JSON, and ``manifest.json`` listing every file with its size and SHA-256; and the check that a
package is complete and untouched.

Memory stays flat whatever the evidence weighs: each file is streamed into the archive block by
block (hashed on the way), never read whole. The archive is written to a temporary file beside
the target and renamed only when complete. Names inside the archive keep their Vietnamese
letters (the zip's UTF-8 flag is set for them) and are safe on Windows.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import CancelledError, InvalidInputError, OutputError
from ..fileio import atomic_output
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..text import nfc

__all__ = [
    "MANIFEST_NAME",
    "PACKAGE_FORMAT",
    "Member",
    "PackageCheck",
    "PackageWritten",
    "UniqueNames",
    "safe_name",
    "verify_package",
    "write_package",
]

PACKAGE_FORMAT = "cchc-package"
PACKAGE_VERSION = 1
MANIFEST_NAME = "manifest.json"
BLOCK = 1 << 20
MAX_MANIFEST_BYTES = 32 * 1024 * 1024  # thousands of files take a few hundred KB
# Already compressed: stored as they are (deflating a scanned PDF again costs time, saves nothing).
STORED_SUFFIXES = frozenset(
    {".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".tif", ".tiff", ".zip", ".rar", ".7z", ".gz"}
    | {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".mp3", ".mp4", ".m4a", ".mov", ".avi"}
)

define_messages(
    {
        "package.not_zip": QT_TRANSLATE_NOOP(
            "Messages", "«{name}» không phải là gói nộp (không đọc được dạng nén .zip)."
        ),
        "package.unreadable": QT_TRANSLATE_NOOP("Messages", "Không đọc được gói nộp «{name}»: {reason}"),
        "package.no_manifest": QT_TRANSLATE_NOOP(
            "Messages", "Gói «{name}» không có tệp {manifest}: không phải gói nộp của CCHC Desktop."
        ),
        "package.bad_manifest": QT_TRANSLATE_NOOP(
            "Messages", "Tệp {manifest} trong gói «{name}» bị hỏng hoặc đã bị sửa ({reason})."
        ),
        "package.newer": QT_TRANSLATE_NOOP(
            "Messages",
            "Gói «{name}» được tạo bởi phiên bản mới hơn (định dạng {found}); hãy cập nhật chương trình.",
        ),
        "package.source_missing": QT_TRANSLATE_NOOP(
            "Messages", "Không đọc được tệp «{name}» để đưa vào gói: {reason}"
        ),
        "package.source_altered": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp kiểm chứng «{name}» trong kho dữ liệu không còn nguyên vẹn (mã kiểm tra khác với lúc "
            "lưu). Hãy đính kèm lại tệp gốc rồi tạo gói.",
        ),
        "package.ok": QT_TRANSLATE_NOOP(
            "Messages", "Gói nộp đầy đủ và nguyên vẹn: {count} tệp khớp với danh mục (manifest.json)."
        ),
        "package.missing": QT_TRANSLATE_NOOP("Messages", "Thiếu tệp: {path}"),
        "package.changed": QT_TRANSLATE_NOOP("Messages", "Tệp đã bị thay đổi: {path}"),
        "package.extra": QT_TRANSLATE_NOOP("Messages", "Tệp lạ, không có trong danh mục: {path}"),
        "package.summary_bad": QT_TRANSLATE_NOOP(
            "Messages",
            "Gói nộp KHÔNG còn nguyên vẹn: {missing} tệp thiếu, {changed} tệp bị thay đổi, {extra} tệp lạ "
            "(đã kiểm tra {count} tệp trong danh mục).",
        ),
    }
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# --- names --------------------------------------------------------------------------------------

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(1, 10)] + [f"lpt{i}" for i in range(1, 10)]
)


def safe_name(text: str, max_length: int = 80, fallback: str = "tep") -> str:
    """One file or folder name that Windows, macOS and Linux all accept: NFC, no characters
    Windows forbids (a "/" in "125/QĐ-UBND" becomes "-"), no trailing dot or space, no device
    name (CON, NUL, COM1…), at most ``max_length`` characters with the extension kept."""
    text = nfc(text).replace("/", "-").replace("\\", "-")
    text = _SPACES.sub(" ", _FORBIDDEN.sub("_", text)).strip(" .")
    stem, dot, suffix = text.rpartition(".")
    if not dot or not stem or len(suffix) > 10 or " " in suffix:
        stem, suffix = text, ""
    suffix = f".{suffix}" if suffix else ""
    if max_length - len(suffix) < 2:  # no room left for a name: the extension goes
        suffix = ""
    room = max_length - len(suffix)
    stem = stem[:room].rstrip(" .") or fallback[:room]
    if stem.split(".")[0].casefold() in _RESERVED:
        stem = f"_{stem}"[:room]
    return unicodedata.normalize("NFC", stem + suffix)


class UniqueNames:
    """Paths inside one archive, each given once: a second "Quyết định.pdf" in the same folder
    becomes "Quyết định (2).pdf". Compared without case, as Windows does."""

    def __init__(self, taken: Iterable[str] = ()):
        self._taken = {p.casefold() for p in taken}

    def claim(self, folder: str, name: str) -> str:
        stem, dot, suffix = name.rpartition(".")
        if not dot or not stem:
            stem, suffix = name, ""
        suffix = f".{suffix}" if suffix else ""
        candidate, number = name, 1
        while True:
            path = f"{folder}/{candidate}" if folder else candidate
            if path.casefold() not in self._taken:
                self._taken.add(path.casefold())
                return path
            number += 1
            candidate = f"{stem} ({number}){suffix}"


# --- writing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    """One file of the package: from ``source`` on disk (streamed) or ``data`` in memory (the
    documents and JSON made for it). ``expected_sha256``: the evidence store's name of the file,
    checked while it is copied. ``info`` goes into the manifest with the file."""

    name: str
    kind: str  # "document", "evidence", "data"
    source: Path | None = None
    data: bytes | None = None
    expected_sha256: str = ""
    info: dict[str, Any] = field(default_factory=dict)

    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.source is not None
        return self.source.stat().st_size


@dataclass(frozen=True)
class PackageWritten:
    path: Path
    size: int
    sha256: str
    files: int
    manifest: dict[str, Any]


def _compression(name: str) -> int:
    return zipfile.ZIP_STORED if Path(name).suffix.lower() in STORED_SUFFIXES else zipfile.ZIP_DEFLATED


def _blocks(member: Member) -> Iterator[bytes]:
    if member.data is not None:
        view = memoryview(member.data)
        for start in range(0, len(view), BLOCK):
            yield bytes(view[start : start + BLOCK])
        return
    assert member.source is not None
    try:
        handle = open(member.source, "rb")  # noqa: SIM115 - closed below, its error told apart
    except OSError as error:
        raise InvalidInputError(
            "package.source_missing", name=member.name, reason=error.strerror or str(error)
        ) from error
    with handle:
        yield from iter(lambda: handle.read(BLOCK), b"")


class _Writer:
    def __init__(
        self, archive: zipfile.ZipFile, total: int, progress: Progress | None, cancelled: Cancelled | None
    ):
        self.archive, self.total, self.done = archive, total, 0
        self._progress, self._cancelled = progress, cancelled

    def tick(self, count: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise CancelledError("cancelled")
        self.done += count
        if self._progress is not None:  # in KiB: a progress bar counts in 32-bit integers
            self._progress(self.done // 1024, max(self.total // 1024, 1))

    def add(self, member: Member, size: int, when: tuple[int, int, int, int, int, int]) -> dict[str, Any]:
        info = zipfile.ZipInfo(member.name, date_time=when)
        info.compress_type = _compression(member.name)
        info.external_attr = 0o644 << 16
        digest, written = hashlib.sha256(), 0
        with self.archive.open(info, "w", force_zip64=size >= zipfile.ZIP64_LIMIT // 2) as out:
            for block in _blocks(member):
                digest.update(block)
                out.write(block)
                written += len(block)
                self.tick(len(block))
        sha = digest.hexdigest()
        if member.expected_sha256 and sha != member.expected_sha256:
            raise InvalidInputError("package.source_altered", name=member.name)
        return {"path": member.name, "kind": member.kind, "size": written, "sha256": sha, **member.info}


def _zip_time(header: dict[str, Any]) -> tuple[int, int, int, int, int, int]:
    """Every member carries the package's time of creation (local time, as zip keeps it)."""
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(str(header.get("created_at")))
    except ValueError:
        moment = dt.datetime.now()
    moment = max(moment, dt.datetime(1980, 1, 1))  # the zip format starts in 1980
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def write_package(
    path: Path | str,
    members: list[Member],
    header: dict[str, Any],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PackageWritten:
    """Write ``members`` and the manifest (``header`` plus the list of files) into ``path``,
    whole or not at all. Raises CancelledError (nothing written) when ``cancelled()``."""
    target = Path(path)
    sizes = []
    for member in members:
        try:
            sizes.append(member.size())
        except OSError as error:
            raise InvalidInputError(
                "package.source_missing", name=member.name, reason=error.strerror or str(error)
            ) from error
    manifest: dict[str, Any] = {"format": PACKAGE_FORMAT, "version": PACKAGE_VERSION, **header, "files": []}
    when = _zip_time(header)
    with atomic_output(target) as handle:
        with zipfile.ZipFile(handle, "w", allowZip64=True) as archive:
            writer = _Writer(archive, sum(sizes), progress, cancelled)
            for member, size in zip(members, sizes):
                manifest["files"].append(writer.add(member, size, when))
            manifest["counts"] = _counts(manifest["files"])
            text = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            info = zipfile.ZipInfo(MANIFEST_NAME, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text)
        writer.tick(0)  # a cancel while the directory was written still writes nothing
    size, sha = _file_digest(target)
    return PackageWritten(target, size, sha, len(members), manifest)


def _counts(files: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for entry in files:
        counts[entry["kind"]] = counts.get(entry["kind"], 0) + 1
    return counts


def _file_digest(path: Path) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(BLOCK), b""):
                digest.update(block)
                size += len(block)
    except OSError as error:
        raise OutputError(
            "package.unreadable", name=path.name, reason=error.strerror or str(error)
        ) from error
    return size, digest.hexdigest()


def file_sha256(path: Path) -> str:
    return _file_digest(path)[1]


# --- checking -----------------------------------------------------------------------------------


@dataclass
class PackageCheck:
    """What ``verify_package`` found. ``problem``: the package could not be read as one at all."""

    path: Path
    manifest: dict[str, Any] | None = None
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    problem: Message | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None and not self.missing and not self.changed and not self.extra

    def summary(self) -> Message:
        if self.problem is not None:
            return self.problem
        if self.ok:
            return Message("package.ok", count=self.checked)
        return Message(
            "package.summary_bad",
            missing=len(self.missing),
            changed=len(self.changed),
            extra=len(self.extra),
            count=self.checked,
        )

    def details(self) -> list[Message]:
        """One line per file that is missing, changed or extra."""
        return (
            [Message("package.missing", path=p) for p in self.missing]
            + [Message("package.changed", path=p) for p in self.changed]
            + [Message("package.extra", path=p) for p in self.extra]
        )


def _read_manifest(archive: zipfile.ZipFile, name: str) -> dict[str, Any] | Message:
    try:
        info = archive.getinfo(MANIFEST_NAME)
    except KeyError:
        return Message("package.no_manifest", name=name, manifest=MANIFEST_NAME)
    try:
        if info.file_size > MAX_MANIFEST_BYTES:
            raise ValueError("too large")
        with archive.open(info) as handle:
            raw = handle.read(MAX_MANIFEST_BYTES + 1)
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        return Message("package.bad_manifest", name=name, manifest=MANIFEST_NAME, reason=str(error)[:200])
    reason = _manifest_problem(data)
    if reason is not None:
        if reason.startswith("newer:"):
            return Message("package.newer", name=name, found=reason[6:])
        return Message("package.bad_manifest", name=name, manifest=MANIFEST_NAME, reason=reason)
    return data


def _manifest_problem(data: Any) -> str | None:
    if not isinstance(data, dict) or data.get("format") != PACKAGE_FORMAT:
        return "format"
    version = data.get("version")
    if not isinstance(version, int):
        return "version"
    if version > PACKAGE_VERSION:
        return f"newer:{version}"
    files = data.get("files")
    if not isinstance(files, list):
        return "files"
    for entry in files:
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("path"), str)
            and isinstance(entry.get("size"), int)
            and isinstance(entry.get("sha256"), str)
        ):
            return "files"
    return None


def _member_digest(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, tick: Callable[[int], None]
) -> str | None:
    """The SHA-256 of one member's content, or None when it cannot be read back whole (its
    data or checksum damaged)."""
    digest = hashlib.sha256()
    try:
        with archive.open(info) as handle:
            for block in iter(lambda: handle.read(BLOCK), b""):
                digest.update(block)
                tick(len(block))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError):
        return None
    return digest.hexdigest()


def verify_package(
    path: Path | str, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> PackageCheck:
    """Every file the manifest lists, present with its size and SHA-256, and nothing else."""
    source = Path(path)
    check = PackageCheck(source)
    try:
        archive = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        check.problem = Message("package.not_zip", name=source.name)
        return check
    except OSError as error:
        raise InvalidInputError(
            "package.unreadable", name=source.name, reason=error.strerror or str(error)
        ) from error
    with archive:
        found = _read_manifest(archive, source.name)
        if isinstance(found, Message):
            check.problem = found
            return check
        check.manifest = found
        listed = {entry["path"]: entry for entry in found["files"]}
        infos: dict[str, zipfile.ZipInfo] = {}
        for info in archive.infolist():
            if info.is_dir():
                continue
            if info.filename in infos:
                check.extra.append(info.filename)  # a second member under the same name
                continue
            infos[info.filename] = info
        total = sum(e["size"] for e in listed.values() if e["path"] in infos)
        done = 0

        def tick(count: int) -> None:
            nonlocal done
            if cancelled is not None and cancelled():
                raise CancelledError("cancelled")
            done += count
            if progress is not None:
                progress(done // 1024, max(total // 1024, 1))

        for name, entry in listed.items():
            member = infos.get(name)
            if member is None:
                check.missing.append(name)
                continue
            check.checked += 1
            if member.file_size != entry["size"] or _member_digest(archive, member, tick) != entry["sha256"]:
                check.changed.append(name)
        check.extra += sorted(n for n in infos if n not in listed and n != MANIFEST_NAME)
    return check


def json_bytes(value: Any) -> bytes:
    """JSON as the package carries it: UTF-8, readable, Vietnamese letters as they are."""
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")

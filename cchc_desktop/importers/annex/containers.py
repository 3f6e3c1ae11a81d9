"""Checks on an Office file before any library parses it: its kind by magic bytes (never by
extension), and for the zip container the entry count, the unpacked size, the compression ratio,
member names, and the number of cells (and table rows) its XML holds.

openpyxl makes a Python object for every ``<c>`` element, empty or not, and our Word reader a
list entry for every ``<w:tc>``: a 6 MB workbook of 12 million empty cells took 75 s and 4.7 GB
before any row limit applied (1.5 million: 27 s, 610 MB; as a Word table: 18 s, 430 MB). So
cells and rows are counted first, streaming each part out of the zip in 1 MiB chunks (flat
memory), and a file beyond :data:`MAX_CELLS` is refused in well under a second.

``check_office_file(data, name, kind)`` is public so other importers (criteria workbooks) reuse it.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from ...errors import InvalidInputError
from ...i18n import QT_TRANSLATE_NOOP, define_messages, number

# Bounds. Module constants so tests (and a future setting) can change them.
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
MAX_ZIP_ENTRIES = 10_000
MAX_EXPANSION_RATIO = 200
MAX_RATIO_CHECK_FROM = 5 * 1024 * 1024  # small parts may compress absurdly well; they cost nothing
# Cell elements (filled or empty) plus table-row elements over the whole file: 20,000 rows × 14
# columns. openpyxl needs ~6 s and ~110 MB for 300,000 empty cells on the reference machine
# (2 cores); a real annex of 500 rows × 9 columns holds under 5,000.
MAX_CELLS = 300_000

KINDS = ("xlsx", "docx")
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")

_CHUNK = 1 << 20
# Opening tags of cells and table rows, any namespace prefix ("<c ", "<c/>", "<x:c>", "<w:tc>");
# closing tags, comments and declarations never match, nor do "<col " or "<cfRule ".
_COUNTED = {
    "xlsx": re.compile(rb"<(?:[A-Za-z_][\w.-]{0,31}:)?(?:c|row)[\s/>]"),
    "docx": re.compile(rb"<(?:[A-Za-z_][\w.-]{0,31}:)?(?:tc|tr)[\s/>]"),
}
_LONGEST_MATCH = 40

define_messages(
    {
        "annex.encrypted_or_old": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp «{name}» được đặt mật khẩu, hoặc là định dạng Excel/Word cũ (.xls/.doc). "
            "Hãy mở tệp bằng Excel hoặc Word, bỏ mật khẩu nếu có, "
            "rồi lưu lại dạng .xlsx hoặc .docx.",
        ),
        "annex.not_office": QT_TRANSLATE_NOOP(
            "Messages", "Tệp «{name}» không phải Excel (.xlsx) hoặc Word (.docx)."
        ),
        "annex.corrupt": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp «{name}» bị hỏng hoặc chưa được tải về/chép trọn vẹn, không đọc được. "
            "Hãy mở lại bằng Excel hoặc Word, lưu thành tệp mới rồi thử lại.",
        ),
        "annex.unpacked_too_large": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp «{name}» khi giải nén quá lớn (trên {limit_mb} MB hoặc trên {entries} thành phần), "
            "không nhập được.",
        ),
        "annex.suspicious_ratio": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp «{name}» có thành phần nén bất thường (tỉ lệ giải nén trên {ratio}:1), "
            "có thể là tệp độc hại; không nhập.",
        ),
        "annex.unsafe_path": QT_TRANSLATE_NOOP(
            "Messages", "Tệp «{name}» chứa đường dẫn không hợp lệ (tuyệt đối hoặc có '..'); không nhập."
        ),
        "annex.xlsb": QT_TRANSLATE_NOOP(
            "Messages", "Tệp «{name}» là Excel dạng nhị phân (.xlsb). Hãy lưu lại dạng .xlsx rồi nhập lại."
        ),
        "annex.opendocument": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp «{name}» là tệp OpenDocument (LibreOffice .ods/.odt). "
            "Hãy lưu lại dạng .xlsx hoặc .docx rồi nhập lại.",
        ),
        "annex.wrong_kind": QT_TRANSLATE_NOOP(
            "Messages", "Tệp «{name}» là tệp {found}, không phải tệp {expected} như cần ở đây."
        ),
        "annex.too_many_cells": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp «{name}» có hơn {limit} ô (kể cả ô trống đã định dạng), quá lớn cho một bảng "
            "phụ lục. Hãy chép riêng bảng phụ lục sang một tệp mới rồi nhập lại.",
        ),
    }
)

# What reading a damaged or crafted zip entry may raise (RuntimeError: an encrypted entry).
ZIP_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    ValueError,
    EOFError,
    NotImplementedError,
    RuntimeError,
)

_KIND_LABELS = {"xlsx": "Excel (.xlsx)", "docx": "Word (.docx)"}


def corrupt_error(name: str) -> InvalidInputError:
    return InvalidInputError("annex.corrupt", name=name)


def check_office_file(data: bytes, name: str, kind: str | None = None) -> str:
    """The kind of Office file ``data`` is ("xlsx" or "docx"), once it has passed every bound;
    InvalidInputError (code "annex.*") otherwise. ``kind``, when given, is the kind required."""
    if data.startswith(OLE2_MAGIC):
        # Both the old binary formats and every password-protected Office file use OLE2.
        raise InvalidInputError("annex.encrypted_or_old", name=name)
    if not data.startswith(ZIP_MAGIC):
        raise InvalidInputError("annex.not_office", name=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            found = _check_entries(entries, name)
            if kind is not None and found != kind:
                raise InvalidInputError(
                    "annex.wrong_kind", name=name, found=_KIND_LABELS[found], expected=_KIND_LABELS[kind]
                )
            _check_cell_count(archive, found, name)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
    ):  # NotImplementedError: a zip asking for a newer zip version
        raise corrupt_error(name) from None
    return found


def _check_entries(entries: list[zipfile.ZipInfo], name: str) -> str:
    # A small file that expands to gigabytes, or holds countless entries, is refused before
    # openpyxl or python-docx inflates anything.
    if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNCOMPRESSED_BYTES:
        raise InvalidInputError(
            "annex.unpacked_too_large",
            name=name,
            limit_mb=number(MAX_UNCOMPRESSED_BYTES // 1_048_576),
            entries=number(MAX_ZIP_ENTRIES),
        )
    # Real Office parts compress at most ~100:1 (long runs of the same XML); a much higher ratio
    # on a large entry is how zip bombs are built. zipfile never inflates past the declared size.
    if any(
        e.file_size > MAX_RATIO_CHECK_FROM and e.file_size > MAX_EXPANSION_RATIO * max(e.compress_size, 1)
        for e in entries
    ):
        raise InvalidInputError("annex.suspicious_ratio", name=name, ratio=MAX_EXPANSION_RATIO)
    # Nothing here is ever unpacked to disk, but a name that climbs out of the archive is a sign of
    # a crafted file: refuse it rather than hand it to a library.
    if any(_unsafe_member_name(e.filename) for e in entries):
        raise InvalidInputError("annex.unsafe_path", name=name)
    names = {e.filename for e in entries}
    if "xl/workbook.bin" in names:
        raise InvalidInputError("annex.xlsb", name=name)
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names and "mimetype" in names:
        raise InvalidInputError("annex.opendocument", name=name)
    raise InvalidInputError("annex.not_office", name=name)


def _unsafe_member_name(member: str) -> bool:
    normalized = member.replace("\\", "/")
    return (
        normalized.startswith("/")
        or (len(normalized) > 1 and normalized[1] == ":")
        or ".." in normalized.split("/")
    )


def _check_cell_count(archive: zipfile.ZipFile, kind: str, name: str) -> None:
    # Every entry is scanned, not only "xl/worksheets/*.xml": the parts a library reads are named
    # by relationships, which a crafted file can point anywhere.
    budget = MAX_CELLS
    for info in archive.infolist():
        budget -= count_elements(archive, info, _COUNTED[kind], budget + 1)
        if budget < 0:
            raise InvalidInputError("annex.too_many_cells", name=name, limit=number(MAX_CELLS))


def count_elements(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, pattern: re.Pattern[bytes], stop_at: int
) -> int:
    """How many matches of ``pattern`` the entry holds, read in 1 MiB chunks (memory stays flat),
    stopping once ``stop_at`` is reached. A damaged entry counts what could be read: the library
    that parses it next reports the damage."""
    found = 0
    tail = b""
    try:
        with archive.open(info) as stream:
            while found < stop_at:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                # The tail joins a tag cut between two chunks; tags wholly inside it were counted
                # with the previous chunk. A match holds one "<", so matches never overlap.
                window = tail + chunk
                found += len(pattern.findall(window)) - len(pattern.findall(tail))
                tail = window[-_LONGEST_MATCH:]
    except ZIP_READ_ERRORS:
        pass
    return found

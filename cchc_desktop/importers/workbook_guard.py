"""Opening an Excel workbook a user brings (a criteria set, a filled scoring form) without letting a
hostile file through, and reading its sheets as plain rows.

The file is checked before openpyxl sees it by the annex importer's guard
(``importers.annex.containers.check_office_file``: kind by magic bytes, zip entries, unpacked
size, compression ratio, member names, and its bound on the number of cells in the whole file),
its refusals said here in the words of the workbook being read; shared strings are counted too
(openpyxl parses them whole on opening). Sheets are then streamed (read_only) with row and
column bounds. Headers are found by name, accents, case, spacing and a bracketed note aside.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import InvalidInputError
from ..fileio import read_bytes_bounded
from ..i18n import QT_TRANSLATE_NOOP, define_messages, number
from ..scoring.rules import parse_points
from ..text import clean, fold
from .annex.containers import MAX_CELLS, ZIP_READ_ERRORS, check_office_file, count_elements
from .annex.sources import xlsx_cell_text

__all__ = [
    "HEADER_SEARCH_ROWS",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "MessageLines",
    "SheetRows",
    "cell_decimal",
    "find_header",
    "find_sheet",
    "header_key",
    "open_workbook",
    "read_sheet",
    "tidy",
]

MAX_FILE_BYTES = 10 * 1024 * 1024
# openpyxl parses the shared strings whole when it opens a workbook; a real set has a few hundred.
MAX_SHARED_STRINGS = 200_000
MAX_ROWS = 3_000
MAX_COLUMNS = 40
HEADER_SEARCH_ROWS = 30

define_messages(
    {
        "criteria.file_not_xlsx": QT_TRANSLATE_NOOP(
            "Messages", "Tệp «{name}» không phải bảng tính Excel (.xlsx); hãy lưu lại dạng .xlsx rồi thử lại."
        ),
        "criteria.file_protected": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp «{name}» được đặt mật khẩu hoặc là Excel cũ (.xls); hãy lưu lại dạng .xlsx, không mật khẩu.",
        ),
        "criteria.file_corrupt": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp «{name}» bị hỏng hoặc chưa tải về trọn vẹn; hãy mở bằng Excel, lưu thành tệp mới "
            "rồi thử lại.",
        ),
        "criteria.file_suspicious": QT_TRANSLATE_NOOP(
            "Messages", "Tệp «{name}» khi giải nén quá lớn hoặc có cấu trúc bất thường; không đọc."
        ),
        "criteria.sheet_too_big": QT_TRANSLATE_NOOP(
            "Messages",
            "Trang «{sheet}» có hơn {limit} ô (kể cả ô trống đã định dạng), quá lớn hoặc bất thường; "
            "hãy chép riêng bảng cần nhập sang một tệp mới rồi thử lại.",
        ),
    }
)


class MessageLines(list):
    """A list of i18n.Message that renders as one line each (a message parameter)."""

    def __str__(self) -> str:
        return "\n".join(f"– {m}" for m in self)


# --- opening a workbook safely -------------------------------------------------------------------

# The guard's refusals, said for a workbook that must be .xlsx.
_REFUSALS = {
    "annex.encrypted_or_old": "criteria.file_protected",
    "annex.not_office": "criteria.file_not_xlsx",
    "annex.xlsb": "criteria.file_not_xlsx",
    "annex.opendocument": "criteria.file_not_xlsx",
    "annex.wrong_kind": "criteria.file_not_xlsx",
    "annex.corrupt": "criteria.file_corrupt",
    "annex.unpacked_too_large": "criteria.file_suspicious",
    "annex.suspicious_ratio": "criteria.file_suspicious",
    "annex.unsafe_path": "criteria.file_suspicious",
}
_SHARED_STRING = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,31}:)?si[\s/>]")
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,31}:)?(?:c|row)[\s/>]")


def open_workbook(path: Path | str, what: str = "bảng tính", max_bytes: int | None = None) -> Any:
    """An openpyxl workbook in streaming mode (read_only, cached values) once the file passed the
    guard. Close it when done."""
    source = Path(path)
    data = read_bytes_bounded(source, MAX_FILE_BYTES if max_bytes is None else max_bytes, what)
    name = source.name
    try:
        check_office_file(data, name, "xlsx")
    except InvalidInputError as error:
        if error.code == "annex.too_many_cells":
            raise InvalidInputError(
                "criteria.sheet_too_big", sheet=_biggest_sheet(data), limit=number(MAX_CELLS)
            ) from None
        raise InvalidInputError(_REFUSALS.get(error.code, "criteria.file_corrupt"), name=name) from None
    if _count(data, "xl/sharedStrings.xml", _SHARED_STRING, MAX_SHARED_STRINGS + 1) > MAX_SHARED_STRINGS:
        raise InvalidInputError("criteria.file_suspicious", name=name)
    import openpyxl  # here: the window's start-up does not pay for it

    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception:
        raise InvalidInputError("criteria.file_corrupt", name=name) from None


def _count(data: bytes, part: str, pattern: re.Pattern[bytes], stop_at: int) -> int:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return count_elements(archive, archive.getinfo(part), pattern, stop_at)
    except KeyError:
        return 0
    except ZIP_READ_ERRORS:
        return 0  # openpyxl will say the file is damaged


def _biggest_sheet(data: bytes) -> str:
    """The name of the sheet holding the most cells (the one to copy out), by the workbook's own
    list of sheets and their parts; the part's name when that list cannot be read."""
    from defusedxml import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = [i for i in archive.infolist() if i.filename.startswith("xl/worksheets/")]
            biggest = max(parts, key=lambda i: count_elements(archive, i, _CELL, MAX_CELLS + 1)).filename
            relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            targets = {r.get("Id"): r.get("Target", "").lstrip("/").removeprefix("xl/") for r in relations}
            book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            for sheet in book.iter():
                if sheet.tag.endswith("}sheet") or sheet.tag == "sheet":
                    key = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
                    if key is not None and "xl/" + targets.get(key, "") == biggest:
                        return sheet.get("name", biggest)
            return Path(biggest).stem
    except Exception:  # a damaged list of sheets: the file is refused all the same
        return "?"


@dataclass
class SheetRows:
    """A sheet's values (rows of cells, 1-based row numbers kept) and number formats."""

    title: str
    values: list[list[Any]]
    formats: list[list[str]]

    def text(self, row: int, column: int | None) -> str:
        """Cell text as the user sees it (0-based indexes; "" outside the sheet)."""
        if column is None or row >= len(self.values) or column >= len(self.values[row]):
            return ""
        return clean(xlsx_cell_text(self.values[row][column], self.formats[row][column]))

    def value(self, row: int, column: int | None) -> Any:
        if column is None or row >= len(self.values) or column >= len(self.values[row]):
            return None
        return self.values[row][column]

    def number_format(self, row: int, column: int | None) -> str:
        if column is None or row >= len(self.formats) or column >= len(self.formats[row]):
            return "General"
        return self.formats[row][column]


def read_sheet(sheet: Any, max_rows: int = MAX_ROWS) -> SheetRows:
    """At most ``max_rows`` + 1 rows of ``MAX_COLUMNS`` cells (one more row shows the limit
    was passed); trailing empty rows dropped."""
    values: list[list[Any]] = []
    formats: list[list[str]] = []
    try:
        for row in sheet.iter_rows(min_row=1, max_row=max_rows + 1, max_col=MAX_COLUMNS):
            values.append([cell.value for cell in row])
            formats.append([_number_format(cell) for cell in row])
    except Exception:
        raise InvalidInputError("criteria.file_corrupt", name=sheet.title) from None
    while values and all(v is None or str(v).strip() == "" for v in values[-1]):
        values.pop()
        formats.pop()
    return SheetRows(sheet.title, values, formats)


def _number_format(cell: Any) -> str:
    try:
        return str(cell.number_format or "General")
    except Exception:
        return "General"


def cell_decimal(value: Any, thousands: bool = False) -> Decimal | None:
    """A cell as an exact decimal: None when empty; ValueError when not a number. Binary
    floating-point noise of Excel (0.30000000000000004) is rounded off at 9 places."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        exact = Decimal(repr(value))
        rounded = exact.quantize(Decimal("1e-9")) if exact.as_tuple().exponent < -9 else exact  # type: ignore[operator]
        return tidy(rounded)
    if isinstance(value, Decimal):
        return value
    parsed = parse_points(clean(str(value)), thousands=thousands)
    if parsed is None:
        raise ValueError(value)
    return parsed


def tidy(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


# --- headers -------------------------------------------------------------------------------------


def header_key(text: str) -> str:
    """ "Điểm tối đa (điểm)" → "diem toi da": folded, bracketed notes and punctuation dropped."""
    text = re.sub(r"\([^)]*\)", " ", fold(clean(text)))
    return re.sub(r"[^0-9a-z]+", " ", text).strip()


def find_sheet(workbook: Any, names: Iterable[str]) -> Any | None:
    wanted = {header_key(n) for n in names}
    return next((ws for ws in workbook.worksheets if header_key(ws.title) in wanted), None)


def find_header(
    rows: SheetRows, aliases: dict[str, tuple[str, ...]], required: Iterable[str]
) -> tuple[int, dict[str, int]] | None:
    """(row index, {column key: column index}) of the first row holding every required column."""
    wanted = {key: {header_key(a) for a in names} for key, names in aliases.items()}
    for r in range(min(HEADER_SEARCH_ROWS, len(rows.values))):
        found: dict[str, int] = {}
        for c in range(len(rows.values[r])):
            key = header_key(rows.text(r, c))
            for name, keys in wanted.items():
                if key in keys and name not in found:
                    found[name] = c
        if all(k in found for k in required):
            return r, found
    return None

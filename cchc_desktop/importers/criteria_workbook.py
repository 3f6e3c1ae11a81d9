"""Reading a criteria set (bộ tiêu chí) from its Excel workbook; all or nothing.

Sheet "Tiêu chí": columns ``Mã``, ``Tiêu chí``, ``Điểm tối đa``, ``Cách chấm``, ``Tài liệu kiểm
chứng``, ``Không áp dụng được``, ``Tỉnh chấm``, optional ``Số liệu từ sổ nhiệm vụ``, found by name
(accents, case, spacing and a bracketed note aside) wherever the header row is. Rows above the
header may hold the set's name, year, issuer and step ("Năm: 2026"). Sheet "Xếp loại": ``Xếp loại``,
``Từ (%)``. See docs/criteria-format.md.

Codes: Roman areas ("I", "II") with criteria numbered under them ("1", "1.1"; restarting per area
or running on), stored qualified ("II.1", "II.1.1") so that every code is unique; or areas "1",
"2" with criteria "1.1", "1.1.1". A row without a code but with text (and no points, no rule)
continues the text of the row above: long criteria are often split over rows. A "Tổng cộng" row
is checked against the sum.

Every problem of the file is collected, with its row; one ``InvalidInputError("criteria.invalid")``
carries them all (``params["problems"]``, a list of i18n.Message) and nothing is returned.

The file is checked before openpyxl sees it (size, zip container, entry count, expansion) and
read in openpyxl's streaming mode with row and column bounds. The helpers for that are public
here because the assessment form reader uses them too.
"""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.criteria import (
    DEFAULT_STEP,
    SCORE,
    CriteriaSet,
    Criterion,
    GradeTier,
    register_source_key,
    register_source_text,
)
from ..domain.plan import MAX_YEAR, MIN_YEAR
from ..errors import InvalidInputError
from ..fileio import read_bytes_bounded
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..scoring.rules import (
    ChoiceRule,
    CountRule,
    FreeRule,
    RateRule,
    YesNoRule,
    parse_points,
    parse_rule,
    points_text,
)
from ..text import clean, fold, from_roman
from .annex.sources import xlsx_cell_text

__all__ = [
    "MAX_FILE_BYTES",
    "MessageLines",
    "SheetRows",
    "cell_decimal",
    "find_header",
    "find_sheet",
    "open_workbook",
    "read_criteria_workbook",
    "read_sheet",
]

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024
MAX_PART_BYTES = 25 * 1024 * 1024  # one sheet's XML; a real criteria sheet is ~100 KB
MAX_STYLES_BYTES = 4 * 1024 * 1024
MAX_ZIP_ENTRIES = 2_000
# openpyxl builds a dict for every <c> of a row it streams, empty or not, and parses shared strings
# whole at opening: 5 million empty cells in one row (a 29 KB file) took 40 s and 1.6 GB. A real
# criteria sheet has a few thousand cells.
MAX_SHEET_CELLS = 200_000
MAX_SHARED_STRINGS = 200_000
MAX_ROWS = 3_000
MAX_COLUMNS = 40
MAX_DEPTH = 6
MAX_TEXT = 4_000
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
        "criteria.no_sheet": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp «{name}» không có trang tính «{sheet}» (hoặc trang nào có dòng tiêu đề {columns}).",
        ),
        "criteria.no_header": QT_TRANSLATE_NOOP(
            "Messages", "Trang «{sheet}» không có dòng tiêu đề với các cột {columns} (trong {rows} dòng đầu)."
        ),
        "criteria.too_many_rows": QT_TRANSLATE_NOOP(
            "Messages", "Trang «{sheet}» có hơn {limit} dòng, quá lớn cho một bộ tiêu chí."
        ),
        "criteria.invalid": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp «{name}» có {count} lỗi, chưa nhập gì. Sửa các dòng sau rồi nhập lại:\n{problems}",
        ),
        "criteria.bad_code": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: mã «{code}» không đúng dạng (I, II... hoặc 1, 1.1, 1.1.1)."
        ),
        "criteria.code_missing": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: có điểm hoặc cách chấm nhưng thiếu mã tiêu chí."
        ),
        "criteria.duplicate_code": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: mã {code} trùng với dòng {first_row}."
        ),
        "criteria.before_first_area": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: tiêu chí {code} đứng trước lĩnh vực đầu tiên (I, II...)."
        ),
        "criteria.parent_missing": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: tiêu chí {code} không có tiêu chí cha {parent} ở phía trên."
        ),
        "criteria.out_of_order": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: tiêu chí {code} nằm sai chỗ: phải đứng ngay trong nhóm {parent}."
        ),
        "criteria.too_deep": QT_TRANSLATE_NOOP("Messages", "Dòng {row}: mã {code} lồng quá {limit} cấp."),
        "criteria.text_missing": QT_TRANSLATE_NOOP("Messages", "Dòng {row}: tiêu chí {code} thiếu nội dung."),
        "criteria.text_too_long": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: nội dung tiêu chí {code} dài quá {limit} ký tự."
        ),
        "criteria.max_missing": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: tiêu chí {code} thiếu điểm tối đa."
        ),
        "criteria.max_unreadable": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: điểm tối đa «{value}» của tiêu chí {code} không phải là số."
        ),
        "criteria.max_not_positive": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: điểm tối đa của tiêu chí {code} phải lớn hơn 0 (đang ghi {value})."
        ),
        "criteria.max_not_sum": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {row}: điểm tối đa của {code} là {found} nhưng tổng các tiêu chí con là {expected}.",
        ),
        "criteria.total_mismatch": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {row}: dòng tổng ghi {found} điểm nhưng tổng điểm tối đa các lĩnh vực là {expected}.",
        ),
        "criteria.bad_rule": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: cách chấm của tiêu chí {code}: {reason}."
        ),
        "criteria.rule_on_parent": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {row}: {code} có tiêu chí con nên không có cách chấm riêng (chỉ được ghi "
            "«điểm thưởng» hoặc «điểm trừ» cho cả khối).",
        ),
        "criteria.effect_conflict": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: tiêu chí {code} nằm trong khối {block} nhưng cách chấm lại là {own}."
        ),
        "criteria.flag_unreadable": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: cột «{column}» chỉ ghi «có» hoặc để trống (đang ghi «{value}»)."
        ),
        "criteria.province_and_na": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {row}: tiêu chí {code} do tỉnh chấm nên không thể đồng thời «không áp dụng được».",
        ),
        "criteria.source_unknown": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {row}: không hiểu nguồn số liệu «{value}» (ghi «kế hoạch ban hành đúng hạn», "
            "«tỷ lệ nhiệm vụ hoàn thành» hoặc «số nhiệm vụ có nhãn: kiểm tra»).",
        ),
        "criteria.source_on_parent": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: nguồn số liệu chỉ ghi cho tiêu chí không có tiêu chí con ({code})."
        ),
        "criteria.source_rule_mismatch": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {row}: nguồn số liệu «{source}» không hợp với cách chấm của tiêu chí {code} "
            "(cần {expected}).",
        ),
        "criteria.no_criteria": QT_TRANSLATE_NOOP("Messages", "Trang «{sheet}» không có tiêu chí nào."),
        "criteria.meta_unreadable": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: «{key}» ghi «{value}» không đọc được."
        ),
        "criteria.year_missing": QT_TRANSLATE_NOOP(
            "Messages", "Không rõ bộ tiêu chí dùng cho năm nào: ghi «Năm: 2026» phía trên dòng tiêu đề."
        ),
        "criteria.tiers_missing": QT_TRANSLATE_NOOP(
            "Messages",
            "Thiếu trang «Xếp loại» (các cột «Xếp loại», «Từ (%)») hoặc trang đó không có mức nào.",
        ),
        "criteria.tier_unreadable": QT_TRANSLATE_NOOP(
            "Messages", "Xếp loại, dòng {row}: mức «{label}» có ngưỡng «{value}» không phải là số phần trăm."
        ),
        "criteria.tier_label_missing": QT_TRANSLATE_NOOP(
            "Messages", "Xếp loại, dòng {row}: thiếu tên xếp loại."
        ),
        "criteria.tier_out_of_range": QT_TRANSLATE_NOOP(
            "Messages", "Xếp loại, dòng {row}: ngưỡng {value}% của «{label}» phải từ 0 đến 100."
        ),
        "criteria.tier_duplicate": QT_TRANSLATE_NOOP(
            "Messages", "Xếp loại, dòng {row}: «{label}» trùng tên hoặc trùng ngưỡng với một mức phía trên."
        ),
        "criteria.tiers_not_ordered": QT_TRANSLATE_NOOP(
            "Messages", "Xếp loại, dòng {row}: các ngưỡng phải xếp theo thứ tự (từ cao xuống thấp)."
        ),
        "criteria.tiers_no_zero": QT_TRANSLATE_NOOP(
            "Messages", "Xếp loại: mức thấp nhất phải bắt đầu từ 0% (đang là {value}%)."
        ),
        "criteria.block_bonus": QT_TRANSLATE_NOOP("Messages", "điểm thưởng"),
        "criteria.block_penalty": QT_TRANSLATE_NOOP("Messages", "điểm trừ"),
        "criteria.block_score": QT_TRANSLATE_NOOP("Messages", "điểm thường"),
        "criteria.expect_choice": QT_TRANSLATE_NOOP("Messages", "cách chấm có/không hoặc theo lựa chọn"),
        "criteria.expect_rate": QT_TRANSLATE_NOOP("Messages", "cách chấm theo tỷ lệ"),
        "criteria.expect_count": QT_TRANSLATE_NOOP("Messages", "cách chấm theo số lần hoặc có/không"),
    }
)


class MessageLines(list):
    """A list of i18n.Message that renders as one line each (a message parameter)."""

    def __str__(self) -> str:
        return "\n".join(f"– {m}" for m in self)


# --- opening a workbook safely -------------------------------------------------------------------


def open_workbook(path: Path | str, what: str = "bảng tính") -> Any:
    """An openpyxl workbook in streaming mode (read_only, cached values) after checking the file:
    size, an xlsx zip container, entry count and expansion. Close it when done."""
    source = Path(path)
    data = read_bytes_bounded(source, MAX_FILE_BYTES, what)
    name = source.name
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise InvalidInputError("criteria.file_protected", name=name)
    if not data.startswith(b"PK\x03\x04"):
        raise InvalidInputError("criteria.file_not_xlsx", name=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise InvalidInputError("criteria.file_corrupt", name=name) from None
    names = {e.filename for e in entries}
    if "xl/workbook.xml" not in names:
        raise InvalidInputError("criteria.file_not_xlsx", name=name)
    # A few KB that inflate to gigabytes, or a sheet of millions of empty cells, is refused before
    # openpyxl inflates anything (zipfile never inflates past the declared size).
    if (
        len(entries) > MAX_ZIP_ENTRIES
        or sum(e.file_size for e in entries) > MAX_UNCOMPRESSED_BYTES
        or any(e.file_size > MAX_PART_BYTES for e in entries)
        or any(e.filename == "xl/styles.xml" and e.file_size > MAX_STYLES_BYTES for e in entries)
        or _count_in_part(data, "xl/sharedStrings.xml", (b"<si>", b"<si ", b":si>", b":si "))
        > MAX_SHARED_STRINGS
    ):
        raise InvalidInputError("criteria.file_suspicious", name=name)
    import openpyxl  # here: the window's start-up does not pay for it

    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception:
        raise InvalidInputError("criteria.file_corrupt", name=name) from None


_CELL_TAGS = (b"<c ", b"<c>", b"<c/", b":c ", b":c>", b":c/")


def _count_in_part(data: bytes, part: str, tags: tuple[bytes, ...]) -> int:
    """How many times ``tags`` occur in one part of the zip: a byte count, no XML parsing."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = archive.read(part)
    except KeyError:
        return 0
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return 0  # openpyxl will say the file is damaged
    return sum(content.count(tag) for tag in tags)


def _check_sheet_size(sheet: Any) -> None:
    """Refuses a sheet of too many cells before openpyxl streams it (only sheets actually read
    are counted: a province's file may hold big sheets of other data)."""
    try:  # openpyxl's streaming sheet keeps its part name and the open zip (no public API for it)
        part, archive = sheet._worksheet_path, sheet.parent._archive
        content = archive.read(part)
    except (AttributeError, KeyError, OSError, zipfile.BadZipFile, ValueError, EOFError):
        return
    if sum(content.count(tag) for tag in _CELL_TAGS) > MAX_SHEET_CELLS:
        raise InvalidInputError("criteria.sheet_too_big", sheet=sheet.title, limit=MAX_SHEET_CELLS)


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
    _check_sheet_size(sheet)
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
        return _tidy(rounded)
    if isinstance(value, Decimal):
        return value
    parsed = parse_points(clean(str(value)), thousands=thousands)
    if parsed is None:
        raise ValueError(value)
    return parsed


def _tidy(value: Decimal) -> Decimal:
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


CRITERIA_SHEET = "Tiêu chí"
TIERS_SHEET = "Xếp loại"
CRITERIA_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("Mã", "Mã số", "Mã tiêu chí", "TT", "STT", "Số TT"),
    "text": ("Tiêu chí", "Nội dung", "Tên tiêu chí", "Lĩnh vực, tiêu chí", "Nội dung tiêu chí"),
    "max": ("Điểm tối đa", "Điểm chuẩn", "Tối đa", "Điểm tối đa được chấm"),
    "rule": ("Cách chấm", "Cách chấm điểm", "Hướng dẫn chấm", "Phương pháp chấm"),
    "evidence": ("Tài liệu kiểm chứng", "Tài liệu kiểm chứng cần có", "Hồ sơ kiểm chứng"),
    "na": ("Không áp dụng được", "Không áp dụng", "Được không áp dụng"),
    "province": ("Tỉnh chấm", "Do tỉnh chấm", "Tỉnh đánh giá"),
    "source": ("Số liệu từ sổ nhiệm vụ", "Nguồn số liệu", "Lấy số liệu từ sổ nhiệm vụ"),
}
TIER_COLUMNS: dict[str, tuple[str, ...]] = {
    "label": ("Xếp loại", "Mức xếp loại", "Loại"),
    "from": ("Từ (%)", "Từ", "Từ %", "Ngưỡng", "Ngưỡng (%)", "Tỷ lệ từ"),
}
META_KEYS: dict[str, tuple[str, ...]] = {
    "name": ("Tên bộ tiêu chí", "Bộ tiêu chí"),
    "year": ("Năm", "Năm áp dụng", "Năm đánh giá"),
    "issuer": ("Cơ quan ban hành", "Đơn vị ban hành", "Ban hành"),
    "step": ("Bước điểm", "Bước chấm điểm"),
    "sample": ("Bộ mẫu", "Bộ mẫu (không chính thức)"),
}


# --- flags and register sources ---------------------------------------------------------------

_YES = {"co", "x", "yes", "true", "1", "dung"}
_NO = {"", "khong", "no", "false", "0"}


def _flag(text: str) -> bool | None:
    key = header_key(text)
    return True if key in _YES else False if key in _NO else None


_SOURCE_RULES: dict[str, tuple[tuple[type, ...], str]] = {
    "plan_on_time": ((YesNoRule, ChoiceRule), "criteria.expect_choice"),
    "rows_done_rate": ((RateRule,), "criteria.expect_rate"),
    "tag": ((CountRule, YesNoRule), "criteria.expect_count"),
}


# --- criteria rows → tree ------------------------------------------------------------------------

_ROMAN = re.compile(r"^[IVXL]+$")
_NUMERIC = re.compile(r"^\d{1,3}(?:\.\d{1,3})*$")
_QUALIFIED = re.compile(r"^(?P<area>[IVXL]+)\.(?P<rest>\d{1,3}(?:\.\d{1,3})*)$")
_ANY_MAXIMUM = Decimal(1_000_000)
_TOTAL_ROW = re.compile(r"^tong(?:\s+(?:cong|diem|so))?\b")


@dataclass
class _Row:
    row: int  # Excel row number, for messages
    code: str
    parent: str | None
    text: str
    max_text: str
    max_value: Any
    rule_text: str
    evidence: str
    na: bool
    province: bool
    source: str
    children: list[_Row] = field(default_factory=list)
    maximum: Decimal | None = None


class _CriteriaReader:
    """Turns the rows of the "Tiêu chí" sheet into a tree, collecting every problem."""

    def __init__(self, rows: SheetRows, header: int, columns: dict[str, int], step: Decimal):
        self.rows, self.header, self.columns, self.step = rows, header, columns, step
        self.problems: list[Message] = []
        self.roman = any(
            _ROMAN.match(self._code_text(r)) and from_roman(self._code_text(r))
            for r in range(header + 1, len(rows.values))
        )
        self.total_row: tuple[int, str] | None = None

    def problem(self, message_code: str, /, **params: Any) -> None:
        self.problems.append(Message(message_code, **params))

    def cell(self, r: int, key: str) -> str:
        return self.rows.text(r, self.columns.get(key))

    def _code_text(self, r: int) -> str:
        value = self.rows.value(r, self.columns["code"])
        text = repr(value) if isinstance(value, float) else self.rows.text(r, self.columns["code"])
        return re.sub(r"\s+", "", text).rstrip(".").upper()

    def read(self) -> list[_Row]:
        areas: list[_Row] = []
        by_code: dict[str, _Row] = {}
        path: list[_Row] = []
        previous: _Row | None = None
        for r in range(self.header + 1, len(self.rows.values)):
            number = r + 1
            if _is_column_numbering(self.rows.values[r]):
                continue
            code_text, text = self._code_text(r), self.cell(r, "text")
            max_text, rule_text = self.cell(r, "max"), self.cell(r, "rule")
            if not code_text:
                previous = self._uncoded(r, previous, text, max_text, rule_text)
                continue
            placed = self._place(number, code_text, path, by_code)
            if placed is None:
                continue
            code, parent_code = placed
            item = _Row(
                number,
                code,
                parent_code,
                text,
                max_text,
                self.rows.value(r, self.columns["max"]),
                rule_text,
                self.cell(r, "evidence"),
                *self._flags(r, number),
                self._source(r, number),
            )
            if not text:
                self.problem("criteria.text_missing", row=number, code=code)
            elif len(text) > MAX_TEXT:
                self.problem("criteria.text_too_long", row=number, code=code, limit=MAX_TEXT)
            by_code[code] = item
            if parent_code is None:
                areas.append(item)
                path = [item]
            else:
                parent = by_code[parent_code]
                parent.children.append(item)
                path = path[: path.index(parent) + 1] + [item]
            previous = item
        if not by_code:
            self.problem("criteria.no_criteria", sheet=self.rows.title)
        return areas

    def _uncoded(
        self, r: int, previous: _Row | None, text: str, max_text: str, rule_text: str
    ) -> _Row | None:
        if not max_text and not rule_text:
            if text and previous is not None and not _TOTAL_ROW.match(header_key(text)):
                previous.text = f"{previous.text}\n{text}"  # the criterion's text goes on
                evidence = self.cell(r, "evidence")
                if evidence:
                    previous.evidence = f"{previous.evidence}\n{evidence}".strip()
            return previous
        if _TOTAL_ROW.match(header_key(text)) and not rule_text:
            self.total_row = (r + 1, max_text)
            return previous
        self.problem("criteria.code_missing", row=r + 1)
        return previous

    def _place(
        self, number: int, code_text: str, path: list[_Row], by_code: dict[str, _Row]
    ) -> tuple[str, str | None] | None:
        """(unique code, parent code) of a row, or None after recording why it cannot be placed."""
        qualified = _QUALIFIED.match(code_text)
        if self.roman and _ROMAN.match(code_text) and from_roman(code_text):
            code, parent = code_text, None
        elif self.roman and (qualified or _NUMERIC.match(code_text)):
            if qualified:
                area, rest = qualified.group("area"), qualified.group("rest")
            else:
                area, rest = (path[0].code if path else ""), code_text
            if not area:
                self.problem("criteria.before_first_area", row=number, code=code_text)
                return None
            code = f"{area}.{rest}"
            parent = code.rsplit(".", 1)[0]
        elif not self.roman and _NUMERIC.match(code_text):
            code = code_text
            parent = code.rsplit(".", 1)[0] if "." in code else None
        else:
            self.problem("criteria.bad_code", row=number, code=code_text)
            return None
        if code in by_code:
            self.problem("criteria.duplicate_code", row=number, code=code, first_row=by_code[code].row)
            return None
        if code.count(".") + 1 > MAX_DEPTH:
            self.problem("criteria.too_deep", row=number, code=code, limit=MAX_DEPTH)
            return None
        if parent is not None:
            if parent not in by_code:
                self.problem("criteria.parent_missing", row=number, code=code, parent=parent)
                return None
            if by_code[parent] not in path:
                self.problem("criteria.out_of_order", row=number, code=code, parent=parent)
                return None
        return code, parent

    def _flags(self, r: int, number: int) -> tuple[bool, bool]:
        flags = []
        for key, title in (("na", "Không áp dụng được"), ("province", "Tỉnh chấm")):
            text = self.cell(r, key)
            value = _flag(text)
            if value is None:
                self.problem("criteria.flag_unreadable", row=number, column=title, value=text)
                value = False
            flags.append(value)
        return flags[0], flags[1]

    def _source(self, r: int, number: int) -> str:
        text = self.cell(r, "source")
        key = register_source_key(text)
        if key is None:
            self.problem("criteria.source_unknown", row=number, value=text)
            return ""
        return key

    # --- maxima, rules, flags over the tree ---

    def build(self, areas: list[_Row]) -> list[Criterion]:
        built = [self._node(area, SCORE, False, False) for area in areas]
        if self.total_row is not None and not self.problems:
            self._check_total(built)
        return built

    def _maximum(self, item: _Row) -> Decimal | None:
        if not item.max_text:
            return None
        try:
            value = cell_decimal(item.max_value)
        except ValueError:
            self.problem("criteria.max_unreadable", row=item.row, code=item.code, value=item.max_text)
            return None
        if value is not None and value <= 0:
            self.problem("criteria.max_not_positive", row=item.row, code=item.code, value=points_text(value))
            return None
        return value

    def _node(self, item: _Row, inherited: str, na: bool, province: bool) -> Criterion:
        given = self._maximum(item)
        rule = self._parent_rule(item) if item.children else self._leaf_rule(item, given)
        own = rule.effect if rule is not None else SCORE
        effect = own if own != SCORE else inherited
        if own != SCORE and inherited != SCORE and own != inherited:
            self.problem(
                "criteria.effect_conflict",
                row=item.row,
                code=item.code,
                block=Message(f"criteria.block_{inherited}"),
                own=Message(f"criteria.block_{own}"),
            )
        na, province = na or item.na, province or item.province
        if na and province and effect == SCORE:
            self.problem("criteria.province_and_na", row=item.row, code=item.code)
        children = [self._node(child, effect, na, province) for child in item.children]
        maximum = given
        if children:
            total = sum((c.max_points for c in children), Decimal(0))
            if not item.max_text:
                maximum = total  # a parent's empty maximum is its children's sum
            elif given is not None and effect == SCORE and given != total:
                self.problem(
                    "criteria.max_not_sum",
                    row=item.row,
                    code=item.code,
                    expected=points_text(total),
                    found=points_text(given),
                )
            if item.source:
                self.problem("criteria.source_on_parent", row=item.row, code=item.code)
        elif not item.max_text:
            self.problem("criteria.max_missing", row=item.row, code=item.code)
        if rule is not None and own == SCORE and effect != SCORE:
            rule = dataclasses.replace(rule, effect=effect)  # a block's items add or subtract with it
        if rule is not None and not children and item.source:
            self._check_source(item, rule)
        return Criterion(
            code=item.code,
            text=item.text,
            max_points=maximum or Decimal(0),
            rule=rule or FreeRule(self.step, effect),
            evidence_hint=item.evidence,
            allow_na=na,
            province_scored=province,
            register_source=item.source,
            children=children,
        )

    def _leaf_rule(self, item: _Row, maximum: Decimal | None) -> Any:
        # Without a readable maximum only the syntax can be checked: a maximum nothing exceeds.
        try:
            return parse_rule(item.rule_text, maximum if maximum is not None else _ANY_MAXIMUM, self.step)
        except InvalidInputError as error:
            self.problem(
                "criteria.bad_rule", row=item.row, code=item.code, reason=Message(error.code, **error.params)
            )
            return None

    def _parent_rule(self, item: _Row) -> Any:
        """A parent scores nothing itself: its cell may only say that the block is a bonus or a
        penalty ("điểm thưởng" / "điểm trừ")."""
        try:
            rule = parse_rule(item.rule_text, _ANY_MAXIMUM, self.step)
        except InvalidInputError:
            rule = None
        if not isinstance(rule, FreeRule):
            self.problem("criteria.rule_on_parent", row=item.row, code=item.code)
            return None
        return FreeRule(self.step, rule.effect)

    def _check_source(self, item: _Row, rule: Any) -> None:
        kinds, expected = _SOURCE_RULES["tag" if item.source.startswith("tag:") else item.source]
        if not isinstance(rule, kinds):
            self.problem(
                "criteria.source_rule_mismatch",
                row=item.row,
                code=item.code,
                source=register_source_text(item.source),
                expected=Message(expected),
            )

    def _check_total(self, areas: list[Criterion]) -> None:
        assert self.total_row is not None
        row, text = self.total_row
        expected = sum((a.max_points for a in areas if a.rule.effect == SCORE), Decimal(0))
        found = parse_points(text)
        if found is not None and found != expected:
            self.problem(
                "criteria.total_mismatch", row=row, expected=points_text(expected), found=points_text(found)
            )


def _is_column_numbering(values: list[Any]) -> bool:
    """A row like "(1) (2) (3)" or "1 2 3" under the header numbers the columns."""
    texts = [str(v).strip() for v in values if v is not None and str(v).strip()]
    numbers = [re.sub(r"^\((\d+)\)$", r"\1", t) for t in texts]
    return (
        len(numbers) >= 3
        and all(n.isdigit() for n in numbers)
        and [int(n) for n in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers)))
    )


# --- meta rows and tiers -----------------------------------------------------------------------


def _meta(rows: SheetRows, header: int) -> tuple[dict[str, tuple[int, str]], list[str]]:
    """Key–value rows above the header ("Năm: 2026" or "Năm | 2026") and the plain title lines."""
    found: dict[str, tuple[int, str]] = {}
    titles: list[str] = []
    keys = {header_key(alias): name for name, aliases in META_KEYS.items() for alias in aliases}
    for r in range(header):
        cells = [rows.text(r, c) for c in range(len(rows.values[r]))]
        filled = [t for t in cells if t]
        if not filled:
            continue
        first = filled[0]
        head, colon, tail = first.partition(":")
        name = keys.get(header_key(head if colon else first))
        if name is not None:
            found[name] = (
                r + 1,
                tail.strip() if colon and tail.strip() else (filled[1] if len(filled) > 1 else ""),
            )
        else:
            titles.append(first)
    return found, titles


def _set_title(titles: list[str]) -> str:
    """The title line that names the set ("Bộ tiêu chí...", "Chỉ số..."), else the first one."""
    return next((t for t in titles if re.search(r"tieu chi|chi so", fold(t))), titles[0] if titles else "")


def _tiers(workbook: Any, problems: list[Message]) -> list[GradeTier]:
    sheet = find_sheet(workbook, [TIERS_SHEET, "Xep loai"])
    rows = read_sheet(sheet, 200) if sheet is not None else None
    located = find_header(rows, TIER_COLUMNS, ("label", "from")) if rows is not None else None
    if rows is None or located is None:
        problems.append(Message("criteria.tiers_missing"))
        return []
    header, columns = located
    tiers: list[tuple[int, GradeTier]] = []
    for r in range(header + 1, len(rows.values)):
        label, text = rows.text(r, columns["label"]), rows.text(r, columns["from"])
        if not label and not text:
            continue
        if not label:
            problems.append(Message("criteria.tier_label_missing", row=r + 1))
            continue
        value = _tier_percent(rows, r, columns["from"])
        if value is None:
            problems.append(Message("criteria.tier_unreadable", row=r + 1, label=label, value=text))
            continue
        if not Decimal(0) <= value <= Decimal(100):
            problems.append(
                Message("criteria.tier_out_of_range", row=r + 1, label=label, value=points_text(value))
            )
            continue
        if any(fold(t.label) == fold(label) or t.from_percent == value for _, t in tiers):
            problems.append(Message("criteria.tier_duplicate", row=r + 1, label=label))
            continue
        tiers.append((r + 1, GradeTier(label, value)))
    if not tiers:
        problems.append(Message("criteria.tiers_missing"))
        return []
    values = [t.from_percent for _, t in tiers]
    broken = _first_out_of_order(values)
    if broken is not None:
        problems.append(Message("criteria.tiers_not_ordered", row=tiers[broken][0]))
    if min(values) != 0:
        problems.append(Message("criteria.tiers_no_zero", value=points_text(min(values))))
    return sorted((t for _, t in tiers), key=lambda t: t.from_percent, reverse=True)


def _first_out_of_order(values: list[Decimal]) -> int | None:
    """The index where a strictly rising or falling run of thresholds breaks (None: ordered)."""
    if len(values) < 2:
        return None
    falling = values[1] < values[0]
    for i in range(1, len(values)):
        if (values[i] < values[i - 1]) != falling:
            return i
    return None


def _tier_percent(rows: SheetRows, r: int, column: int) -> Decimal | None:
    value = rows.value(r, column)
    is_percent_format = "%" in rows.number_format(r, column)
    if isinstance(value, str):
        value = value.strip().rstrip("%").strip()
    try:
        number = cell_decimal(value)
    except ValueError:
        return None
    if number is not None and is_percent_format and not isinstance(value, str):
        number = _tidy(number * 100)  # 0,9 shown as 90 %
    return number


# --- entry point -------------------------------------------------------------------------------


def read_criteria_workbook(path: Path | str, name: str | None = None, year: int | None = None) -> CriteriaSet:
    """The criteria set in the workbook at ``path``, or InvalidInputError listing every problem."""
    source = Path(path)
    workbook = open_workbook(source, "bộ tiêu chí")
    try:
        return _read(workbook, source, name, year)
    finally:
        workbook.close()


def _read(workbook: Any, source: Path, name: str | None, year: int | None) -> CriteriaSet:
    required = ("code", "text", "max")
    column_names = "«Mã», «Tiêu chí», «Điểm tối đa»"
    sheet = find_sheet(workbook, [CRITERIA_SHEET, "Tieu chi", "Bộ tiêu chí"])
    candidates = [sheet] if sheet is not None else list(workbook.worksheets)
    located = None
    for candidate in candidates:
        rows = read_sheet(candidate)
        located = find_header(rows, CRITERIA_COLUMNS, required)
        if located is not None:
            break
    if located is None:
        if sheet is not None:
            raise InvalidInputError(
                "criteria.no_header", sheet=sheet.title, columns=column_names, rows=HEADER_SEARCH_ROWS
            )
        raise InvalidInputError(
            "criteria.no_sheet", name=source.name, sheet=CRITERIA_SHEET, columns=column_names
        )
    header, columns = located
    if len(rows.values) > MAX_ROWS:
        raise InvalidInputError("criteria.too_many_rows", sheet=rows.title, limit=MAX_ROWS)
    problems: list[Message] = []
    meta, titles = _meta(rows, header)
    title = _set_title(titles)
    step = _meta_decimal(meta, "step", problems) or DEFAULT_STEP
    reader = _CriteriaReader(rows, header, columns, step)
    areas = reader.build(reader.read())
    problems[:0] = reader.problems
    tiers = _tiers(workbook, problems)
    set_name = clean(name) if name else (meta.get("name", (0, ""))[1] or title or source.stem)
    set_year = year or _meta_year(meta, problems) or _year_in(set_name) or _year_in(" ".join(titles))
    if set_year is None:
        problems.append(Message("criteria.year_missing"))
    if problems:
        raise InvalidInputError(
            "criteria.invalid", name=source.name, count=len(problems), problems=MessageLines(problems)
        )
    assert set_year is not None
    return CriteriaSet(
        name=set_name,
        issuer=meta.get("issuer", (0, ""))[1],
        year=set_year,
        step=step,
        tiers=tiers,
        areas=areas,
        is_sample=_flag(meta.get("sample", (0, ""))[1]) is True,
    )


def _meta_decimal(meta: dict[str, tuple[int, str]], key: str, problems: list[Message]) -> Decimal | None:
    if not meta.get(key, (0, ""))[1]:
        return None
    row, text = meta[key]
    value = parse_points(text)
    if value is None or value <= 0:
        problems.append(Message("criteria.meta_unreadable", row=row, key=META_KEYS[key][0], value=text))
        return None
    return value


def _meta_year(meta: dict[str, tuple[int, str]], problems: list[Message]) -> int | None:
    if not meta.get("year", (0, ""))[1]:
        return None
    row, text = meta["year"]
    found = _year_in(text)
    if found is None:
        problems.append(Message("criteria.meta_unreadable", row=row, key=META_KEYS["year"][0], value=text))
    return found


def _year_in(text: str) -> int | None:
    for match in re.finditer(r"(?<!\d)(\d{4})(?!\d)", text or ""):
        value = int(match.group(1))
        if MIN_YEAR <= value <= MAX_YEAR:
            return value
    return None

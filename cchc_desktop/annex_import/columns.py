"""Finding the header row of an annex table and mapping its columns to fields, by header text.

Issuers word their headers differently ("TT" / "STT", "1- Mục tiêu/Chỉ tiêu", "Kết quả/ Sản
phẩm" / "Kết quả, sản phẩm" / "Dự kiến kết quả", "Thời gian" / "Thời gian hoàn thành"), so
headers are folded (no accents, lower case), stripped of their numbering and punctuation, and
matched against a few patterns. The result, a ``ColumnMapping``, can be changed by the user
and handed back.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..text import clean, fold
from .sources import RawTable

FIELDS = ("number", "objective", "task", "activity", "result", "lead", "partners", "due_text", "budget")

FIELD_LABELS = {
    "number": "TT",
    "objective": "Mục tiêu/Chỉ tiêu",
    "task": "Nhiệm vụ",
    "activity": "Hoạt động",
    "result": "Kết quả/Sản phẩm",
    "lead": "Chủ trì",
    "partners": "Phối hợp",
    "due_text": "Thời gian",
    "budget": "Kinh phí",
}

# Within the first rows of a table: title rows ("PHỤ LỤC", the title, "(Kèm theo ...)") come first.
HEADER_SEARCH_ROWS = 20
MIN_HEADER_FIELDS = 3

# Checked in this order; the first pattern that matches names the field. Order matters:
# "Thời gian hoạt động" is a due time, "Nội dung hoạt động" an activity, "Nội dung" a task.
_FIELD_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(f, re.compile(p)) for f, p in [
    ("number", r"^(s?tt|so tt|so thu tu|thu tu)$"),
    ("due_text", r"^(thoi gian|thoi han|tien do|moc thoi gian)\b"),
    ("budget", r"\bkinh phi\b|^(nguon von|du toan)\b"),
    ("partners", r"\bphoi hop\b"),
    ("lead", r"\bchu tri\b|^(don vi|co quan|bo phan)( don vi)? (thuc hien|chiu trach nhiem)$"
             r"|^trach nhiem (thuc hien|chinh)$"),
    ("result", r"\b(ket qua|san pham)\b"),
    ("objective", r"^(muc tieu|chi tieu)\b"),
    ("activity", r"\bhoat dong\b"),
    ("task", r"^(nhiem vu|giai phap|noi dung|ten nhiem vu|cong viec)\b|\bnhiem vu\b"),
]]

# "1- ", "2. ", "(3) ", "4) " before a header's words.
_HEADER_NUMBERING = re.compile(r"^\s*(\(\s*\d+\s*\)|\d+\s*[-.)/:–])\s*")
_HEADER_PUNCTUATION = re.compile(r"[/,;:()\-–.&+*\"'“”]")
_COLUMN_NUMBER = re.compile(r"^\(?\s*\d{1,2}\s*\)?\.?$")


def normalise_header(text: str) -> str:
    """"4- Kết quả/ Sản phẩm" → "ket qua san pham"."""
    folded = fold(re.sub(r"\s+", " ", text or ""))
    folded = _HEADER_NUMBERING.sub("", folded)
    folded = _HEADER_PUNCTUATION.sub(" ", folded)
    return re.sub(r"\s+", " ", folded).strip()


@functools.lru_cache(maxsize=4096)  # called on every cell of every row (repeated headers)
def field_for_header(text: str) -> str | None:
    """The field a header names, or None when it is not one of ours ("Ghi chú")."""
    key = normalise_header(text)
    if not key:
        return None
    for name, pattern in _FIELD_PATTERNS:
        if pattern.search(key):
            return name
    return None


@dataclass(frozen=True)
class UnknownColumn:
    column: int          # 0-based
    header: str

    def label(self) -> str:
        return f"cột {self.column + 1} «{self.header}»" if self.header else f"cột {self.column + 1}"


@dataclass(frozen=True)
class ColumnMapping:
    """Which column holds which field, and where the header and the data start (0-based)."""

    columns: dict[str, int]
    headers: tuple[str, ...]
    header_row: int
    data_start: int
    width: int = 0

    def column_of(self, name: str) -> int | None:
        return self.columns.get(name)

    def field_of(self, column: int) -> str | None:
        for name, index in self.columns.items():
            if index == column:
                return name
        return None

    def with_field(self, name: str, column: int | None) -> "ColumnMapping":
        """A copy where ``name`` reads ``column`` (None: not imported). A column already used by
        another field is taken from it: one column feeds one field."""
        if name not in FIELDS:
            raise ValueError(f"Không có trường «{name}»")
        columns = {f: c for f, c in self.columns.items() if f != name and c != column}
        if column is not None:
            columns[name] = column
        return replace(self, columns=_ordered(columns))

    @property
    def unknown_columns(self) -> list[UnknownColumn]:
        """Columns with a header that feed no field: reported, never silently dropped."""
        used = set(self.columns.values())
        return [UnknownColumn(c, h) for c, h in enumerate(self.headers) if c not in used and h]

    def describe(self) -> list[str]:
        """One line per mapped field: "Chủ trì ← cột 6 «Chủ trì»"."""
        out = []
        for name in FIELDS:
            column = self.columns.get(name)
            if column is None:
                out.append(f"{FIELD_LABELS[name]}: (không có)")
            else:
                header = self.headers[column] if column < len(self.headers) else ""
                out.append(f"{FIELD_LABELS[name]} ← cột {column + 1}" + (f" «{header}»" if header else ""))
        return out


def _ordered(columns: dict[str, int]) -> dict[str, int]:
    return {f: columns[f] for f in FIELDS if f in columns}


def _own_text(table: RawTable, row: int, column: int) -> str:
    return "" if table.merged_from[row][column] is not None else table.rows[row][column]


def map_row(table: RawTable, row: int) -> dict[str, int]:
    """Fields named by the cells of one row; a field named twice keeps its first column."""
    found: dict[str, int] = {}
    for column in range(table.width):
        name = field_for_header(_own_text(table, row, column))
        if name and name not in found:
            found[name] = column
    return found


def looks_like_header(table: RawTable, row: int) -> bool:
    found = map_row(table, row)
    return "number" in found and len(found) >= MIN_HEADER_FIELDS


def is_column_number_row(table: RawTable, row: int) -> bool:
    """The row "(1) (2) (3) …" some issuers put under the header."""
    texts = [clean(_own_text(table, row, c)) for c in range(table.width)]
    filled = [t for t in texts if t]
    return len(filled) >= 3 and all(_COLUMN_NUMBER.match(t) for t in filled)


def _is_sub_header(table: RawTable, row: int) -> bool:
    """A second header row ("Chủ trì | Phối hợp" under "Phân công thực hiện")."""
    texts = [_own_text(table, row, c) for c in range(table.width)]
    filled = [t for t in texts if t.strip()]
    # Two named cells at least: a lone "NHIỆM VỤ CHUNG" spanning the row is a section, not a header.
    return len(filled) >= 2 and all(field_for_header(t) for t in filled) and not looks_like_header(table, row)


def _header_text(table: RawTable, row: int, column: int) -> str:
    """The header a column shows, including the text of a header cell merged across it."""
    return clean(table.origin_text(row, column)).replace("\n", " ")


def detect_mapping(table: RawTable) -> ColumnMapping | None:
    """The mapping read from the first header row of ``table``, or None if it has none."""
    for row in range(min(len(table.rows), HEADER_SEARCH_ROWS)):
        if not looks_like_header(table, row):
            continue
        columns = map_row(table, row)
        headers = [_header_text(table, row, c) for c in range(table.width)]
        data_start = row + 1
        if data_start < len(table.rows) and _is_sub_header(table, data_start):
            for column, name in ((c, field_for_header(_own_text(table, data_start, c)))
                                 for c in range(table.width)):
                if name is None:
                    continue
                columns = {f: c for f, c in columns.items() if c != column and f != name}
                columns[name] = column
                top = headers[column]
                sub = _header_text(table, data_start, column)
                headers[column] = f"{top} / {sub}" if top and top != sub else sub
            data_start += 1
        while data_start < len(table.rows) and is_column_number_row(table, data_start):
            data_start += 1
        return ColumnMapping(columns=_ordered(columns), headers=tuple(headers), header_row=row,
                             data_start=data_start, width=table.width)
    return None


def validate_mapping(mapping: ColumnMapping, table: RawTable) -> list[str]:
    """Problems that make ``mapping`` unusable on ``table`` (Vietnamese), empty when fine."""
    problems = []
    for name, column in mapping.columns.items():
        if name not in FIELDS:
            problems.append(f"Trường «{name}» không tồn tại.")
        elif not 0 <= column < table.width:
            problems.append(f"{FIELD_LABELS[name]}: cột {column + 1} không có trong bảng ({table.width} cột).")
    used = list(mapping.columns.values())
    if len(used) != len(set(used)):
        problems.append("Một cột được gán cho hai trường.")
    if "number" not in mapping.columns:
        problems.append("Cần chọn cột số thứ tự (TT/STT).")
    if not any(f in mapping.columns for f in ("objective", "task", "activity")):
        problems.append("Cần ít nhất một trong các cột Mục tiêu, Nhiệm vụ hoặc Hoạt động.")
    if not 0 <= mapping.data_start <= len(table.rows):
        problems.append("Dòng bắt đầu dữ liệu nằm ngoài bảng.")
    return problems

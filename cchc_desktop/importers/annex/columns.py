"""Finding the header row of an annex table and mapping its columns to fields, by header text.

Issuers word their headers differently ("TT" / "STT", "1- Mục tiêu/Chỉ tiêu", "Kết quả/ Sản
phẩm" / "Kết quả, sản phẩm" / "Dự kiến kết quả", "Thời gian" / "Thời gian hoàn thành"), so
headers are folded (no accents, lower case), stripped of their numbering and punctuation, and
matched against a few patterns. The result, a ``ColumnMapping``, can be changed by the user
and handed back.

A header may take several rows: "Phân công thực hiện" over "Chủ trì | Phối hợp", or three rows
with "Đơn vị" in between; the lowest row naming a column decides its field. ``header_rows``
gives the rows of the header found, so that structure building can skip every repetition of
them inside the table.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ...i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message, define_messages, translate
from ...text import clean, fold
from .sources import RawTable

FIELDS = ("number", "objective", "task", "activity", "result", "lead", "partners", "due_text", "budget")

# The fields as the printed annex heads its columns (so in Vietnamese: a table copied out with
# them pastes back in); ``field_label`` gives one in the interface language.
FIELD_LABELS = {
    "number": QT_TRANSLATE_NOOP("Messages", "TT"),
    "objective": QT_TRANSLATE_NOOP("Messages", "Mục tiêu/Chỉ tiêu"),
    "task": QT_TRANSLATE_NOOP("Messages", "Nhiệm vụ"),
    "activity": QT_TRANSLATE_NOOP("Messages", "Hoạt động"),
    "result": QT_TRANSLATE_NOOP("Messages", "Kết quả/Sản phẩm"),
    "lead": QT_TRANSLATE_NOOP("Messages", "Chủ trì"),
    "partners": QT_TRANSLATE_NOOP("Messages", "Phối hợp"),
    "due_text": QT_TRANSLATE_NOOP("Messages", "Thời gian"),
    "budget": QT_TRANSLATE_NOOP("Messages", "Kinh phí"),
}


def field_label(name: str) -> str:
    """A field's name in the interface language ("Chủ trì" → "Lead unit" in English)."""
    return translate(MESSAGES_CONTEXT, FIELD_LABELS[name])


# Within the first rows of a table: title rows ("PHỤ LỤC", the title, "(Kèm theo ...)") come first.
HEADER_SEARCH_ROWS = 20
MIN_HEADER_FIELDS = 3
# Rows a header may take below its first (the one with TT): real tables use one or two.
MAX_SUB_HEADER_ROWS = 3

# Headers over other headers: they name no field themselves ("Phân công thực hiện" over
# "Chủ trì | Phối hợp"). Folded, as normalise_header gives them.
GROUP_HEADERS = frozenset(
    {
        "phan cong",
        "phan cong thuc hien",
        "phan cong nhiem vu",
        "to chuc thuc hien",
        "don vi",
        "co quan",
        "co quan don vi",
    }
)

define_messages(
    {
        "annex.column": QT_TRANSLATE_NOOP("Messages", "cột {column}"),
        "annex.column_with_header": QT_TRANSLATE_NOOP("Messages", "cột {column} «{header}»"),
        "annex.mapping_line": QT_TRANSLATE_NOOP("Messages", "{field} ← cột {column}"),
        "annex.mapping_line_with_header": QT_TRANSLATE_NOOP("Messages", "{field} ← cột {column} «{header}»"),
        "annex.mapping_line_none": QT_TRANSLATE_NOOP("Messages", "{field}: (không có)"),
        "annex.mapping_unknown_field": QT_TRANSLATE_NOOP("Messages", "Trường «{field}» không tồn tại."),
        "annex.mapping_column_outside": QT_TRANSLATE_NOOP(
            "Messages", "{field}: cột {column} không có trong bảng ({width} cột)."
        ),
        "annex.mapping_column_twice": QT_TRANSLATE_NOOP("Messages", "Một cột được gán cho hai trường."),
        "annex.mapping_needs_number": QT_TRANSLATE_NOOP("Messages", "Cần chọn cột số thứ tự (TT/STT)."),
        "annex.mapping_needs_text": QT_TRANSLATE_NOOP(
            "Messages", "Cần ít nhất một trong các cột Mục tiêu, Nhiệm vụ hoặc Hoạt động."
        ),
        "annex.mapping_start_outside": QT_TRANSLATE_NOOP("Messages", "Dòng bắt đầu dữ liệu nằm ngoài bảng."),
    }
)

# Checked in this order; the first pattern that matches names the field. Order matters:
# "Thời gian hoạt động" is a due time, "Nội dung hoạt động" an activity, "Nội dung" a task.
_FIELD_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (f, re.compile(p))
    for f, p in [
        ("number", r"^(s?tt|so tt|so thu tu|thu tu)$"),
        ("due_text", r"^(thoi gian|thoi han|tien do|moc thoi gian)\b"),
        ("budget", r"\bkinh phi\b|^(nguon von|du toan)\b"),
        ("partners", r"\bphoi hop\b"),
        (
            "lead",
            (
                r"\bchu tri\b|^(don vi|co quan|bo phan)( don vi)? (thuc hien|chiu trach nhiem)$"
                r"|^trach nhiem (thuc hien|chinh)$"
            ),
        ),
        ("result", r"\b(ket qua|san pham)\b"),
        ("objective", r"^(muc tieu|chi tieu)\b"),
        ("activity", r"\bhoat dong\b"),
        ("task", r"^(nhiem vu|giai phap|noi dung|ten nhiem vu|cong viec)\b|\bnhiem vu\b"),
    ]
]

# "1- ", "2. ", "(3) ", "4) " before a header's words.
_HEADER_NUMBERING = re.compile(r"^\s*(\(\s*\d+\s*\)|\d+\s*[-.)/:–])\s*")
_HEADER_PUNCTUATION = re.compile(r"[/,;:()\-–.&+*\"'“”]")
_COLUMN_NUMBER = re.compile(r"^\(?\s*\d{1,2}\s*\)?\.?$")


def normalise_header(text: str) -> str:
    """ "4- Kết quả/ Sản phẩm" → "ket qua san pham"."""
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
    column: int  # 0-based
    header: str

    def label(self) -> str:
        """ "cột 6 «Ghi chú»", or "cột 6" for a column without a header."""
        if self.header:
            return str(Message("annex.column_with_header", column=self.column + 1, header=self.header))
        return str(Message("annex.column", column=self.column + 1))


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

    def with_field(self, name: str, column: int | None) -> ColumnMapping:
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

    @property
    def header_rows(self) -> range:
        """The rows (0-based) of the header: its first row, sub-header rows, the column-number row."""
        return range(self.header_row, self.data_start)

    def describe(self) -> list[str]:
        """One line per field: "Chủ trì ← cột 6 «Chủ trì»", "Kinh phí: (không có)"."""
        out = []
        for name in FIELDS:
            column = self.columns.get(name)
            label = field_label(name)
            if column is None:
                out.append(str(Message("annex.mapping_line_none", field=label)))
                continue
            header = self.headers[column] if column < len(self.headers) else ""
            code = "annex.mapping_line_with_header" if header else "annex.mapping_line"
            out.append(str(Message(code, field=label, column=column + 1, header=header)))
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


def is_header_word(text: str) -> bool:
    """A cell a header row may hold: a field's header or a group header over others."""
    return field_for_header(text) is not None or normalise_header(text) in GROUP_HEADERS


def is_sub_header(table: RawTable, row: int) -> bool:
    """A header row under the first ("Chủ trì | Phối hợp" under "Phân công thực hiện"): every
    cell of its own names a field or a group; no TT."""
    filled = [t for t in (_own_text(table, row, c) for c in range(table.width)) if t.strip()]
    if not filled or not all(is_header_word(t) for t in filled) or looks_like_header(table, row):
        return False
    # One cell alone must be a group header: a lone "NHIỆM VỤ CHUNG" spanning the row (which
    # reads as the "Nhiệm vụ" header) is a section.
    return len(filled) >= 2 or normalise_header(filled[0]) in GROUP_HEADERS


def _header_text(table: RawTable, row: int, column: int) -> str:
    """The header a column shows, including the text of a header cell merged across it."""
    return clean(table.origin_text(row, column)).replace("\n", " ")


def detect_mapping(table: RawTable) -> ColumnMapping | None:
    """The mapping read from the first header row of ``table`` (and the header rows under it),
    or None if it has none."""
    for row in range(min(len(table.rows), HEADER_SEARCH_ROWS)):
        if not looks_like_header(table, row):
            continue
        columns = map_row(table, row)
        headers = [_header_text(table, row, c) for c in range(table.width)]
        data_start = row + 1
        while (
            data_start < len(table.rows)
            and data_start - row <= MAX_SUB_HEADER_ROWS
            and is_sub_header(table, data_start)
        ):
            columns, headers = _apply_sub_header(table, data_start, columns, headers)
            data_start += 1
        while data_start < len(table.rows) and is_column_number_row(table, data_start):
            data_start += 1
        return ColumnMapping(
            columns=_ordered(columns),
            headers=tuple(headers),
            header_row=row,
            data_start=data_start,
            width=table.width,
        )
    return None


def _apply_sub_header(
    table: RawTable, row: int, columns: dict[str, int], headers: list[str]
) -> tuple[dict[str, int], list[str]]:
    """A lower header row names its columns' fields; their header text joins the one above."""
    for column in range(table.width):
        name = field_for_header(_own_text(table, row, column))
        sub = _header_text(table, row, column)
        origin = table.merged_from[row][column]
        if sub and (origin is None or origin[0] == row):  # not a header merged down from above
            top = headers[column]
            headers[column] = f"{top} / {sub}" if top and top != sub else sub
        if name is None:
            continue
        columns = {f: c for f, c in columns.items() if c != column and f != name}
        columns[name] = column
    return columns, headers


def validate_mapping(mapping: ColumnMapping, table: RawTable) -> list[Message]:
    """Problems that make ``mapping`` unusable on ``table``, empty when fine."""
    problems = []
    for name, column in mapping.columns.items():
        if name not in FIELDS:
            problems.append(Message("annex.mapping_unknown_field", field=name))
        elif not 0 <= column < table.width:
            problems.append(
                Message(
                    "annex.mapping_column_outside",
                    field=field_label(name),
                    column=column + 1,
                    width=table.width,
                )
            )
    used = list(mapping.columns.values())
    if len(used) != len(set(used)):
        problems.append(Message("annex.mapping_column_twice"))
    if "number" not in mapping.columns:
        problems.append(Message("annex.mapping_needs_number"))
    if not any(f in mapping.columns for f in ("objective", "task", "activity")):
        problems.append(Message("annex.mapping_needs_text"))
    if not 0 <= mapping.data_start <= len(table.rows):
        problems.append(Message("annex.mapping_start_outside"))
    return problems

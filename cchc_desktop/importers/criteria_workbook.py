"""Reading a criteria set (bộ tiêu chí) from its Excel workbook; all or nothing.

Sheet "Tiêu chí": columns ``Mã``, ``Tiêu chí``, ``Điểm tối đa``, ``Cách chấm``, ``Tài liệu kiểm
chứng``, ``Không áp dụng được``, ``Tỉnh chấm``, optional ``Số liệu từ sổ nhiệm vụ``, found by name
(accents, case, spacing and a bracketed note aside) wherever the header row is. Rows above the
header may hold the set's name, year, issuer and step ("Năm: 2026"). Sheet "Xếp loại": ``Xếp loại``,
``Từ (%)``. See docs/criteria-format.md.

Every problem of the file is collected, with its row; one ``InvalidInputError("criteria.invalid")``
carries them all (``params["problems"]``, a list of i18n.Message) and nothing is returned.

Opening the file safely and reading sheets are in ``workbook_guard`` (the assessment form reader
uses them too), the criteria rows → tree in ``criteria_reader``; their public names are importable
from here as before.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.criteria import DEFAULT_STEP, CriteriaSet, GradeTier
from ..domain.plan import MAX_YEAR, MIN_YEAR
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..scoring.rules import parse_points, points_text
from ..text import clean, fold
from .criteria_reader import (
    CRITERIA_COLUMNS,
    CRITERIA_SHEET,
    META_KEYS,
    TIER_COLUMNS,
    TIERS_SHEET,
    CriteriaReader,
    flag,
)
from .workbook_guard import (
    HEADER_SEARCH_ROWS,
    MAX_COLUMNS,
    MAX_ROWS,
    MessageLines,
    SheetRows,
    cell_decimal,
    find_header,
    find_sheet,
    header_key,
    open_workbook,
    read_sheet,
    tidy,
)

__all__ = [
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
    "read_criteria_workbook",
    "read_sheet",
]

MAX_FILE_BYTES = 10 * 1024 * 1024  # read at each call: a test (or a setting) may lower it

define_messages(
    {
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
    }
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
        number = tidy(number * 100)  # 0,9 shown as 90 %
    return number


# --- entry point -------------------------------------------------------------------------------


def read_criteria_workbook(path: Path | str, name: str | None = None, year: int | None = None) -> CriteriaSet:
    """The criteria set in the workbook at ``path``, or InvalidInputError listing every problem."""
    source = Path(path)
    workbook = open_workbook(source, "bộ tiêu chí", MAX_FILE_BYTES)
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
    reader = CriteriaReader(rows, header, columns, step)
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
        is_sample=flag(meta.get("sample", (0, ""))[1]) is True,
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

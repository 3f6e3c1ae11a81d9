"""The annex as a printed table, shared by the Excel and Word writers (and any other).

- which of the 9 annex columns a table shows (:func:`columns_for`), their titles and relative
  widths (:data:`COLUMNS`);
- the lines above the table: "PHỤ LỤC", the annex title, "(Kèm theo Kế hoạch số …)"
  (:func:`annex_heading`);
- a filtered task table (:func:`filter_sections`);
- the annex flattened into table lines with their vertical merges (:func:`annex_lines`): an
  item's TT and objective span the item's rows, a task spans the rows that continue it;
- text measured in Times New Roman (:func:`text_width_pt`, :func:`text_lines`), for row heights
  and short rules that Word and Excel do not work out themselves;
- :func:`replace_in_part`, which puts a table written as text into a saved .xlsx or .docx: the
  libraries build an XML object per cell, which for thousands of rows takes seconds.

The titles are those of the real annexes and what ``importers.annex`` recognises, so an
exported annex reads back. They are document text, always Vietnamese (not interface text).
"""

from __future__ import annotations

import dataclasses
import functools
import io
import zipfile
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from .. import paths
from ..domain import AnnexItem, AnnexRow, AnnexSection, PlanInfo
from ..i18n import date_text
from ..text import clean, fold

FIELDS = ("number", "objective", "task", "activity", "result", "lead", "partners", "due_text", "budget")
ROW_FIELDS = FIELDS[2:]


@dataclass(frozen=True)
class AnnexColumn:
    field: str
    title: str
    weight: float  # relative width; the writer scales the shown columns to the page
    centred: bool = False  # short values (TT, due time, budget) read better centred


COLUMNS: dict[str, AnnexColumn] = {
    c.field: c
    for c in (
        AnnexColumn("number", "TT", 4.5, centred=True),
        AnnexColumn("objective", "Mục tiêu", 16.5),
        AnnexColumn("task", "Nhiệm vụ", 20),
        AnnexColumn("activity", "Hoạt động", 18),
        AnnexColumn("result", "Kết quả/Sản phẩm", 17),
        # Wide enough for "HĐND&UBND" (27.5 mm at 12 pt) on a 252 mm landscape line.
        AnnexColumn("lead", "Chủ trì", 15.5),
        AnnexColumn("partners", "Phối hợp", 15.5),
        AnnexColumn("due_text", "Thời gian", 11, centred=True),
        AnnexColumn("budget", "Kinh phí", 10, centred=True),
    )
}

# Real annexes have 6 to 9 columns. TT and Nhiệm vụ are always there; when dropping the empty
# columns would leave fewer than 6, empty ones come back in this order.
ALWAYS_SHOWN = ("number", "task")
MIN_COLUMNS = 6
REFILL_ORDER = ("result", "lead", "due_text", "partners", "activity", "objective", "budget")

ANNEX_WORD = "PHỤ LỤC"
# What offices leave for a number or a date not yet given ("Số:      /KH-UBND").
BLANK = "\u00a0" * 6


def columns_for(sections: Iterable[AnnexSection]) -> list[AnnexColumn]:
    """The columns to show: those with text somewhere in ``sections``, at least 6, in order."""
    filled: set[str] = set(ALWAYS_SHOWN)
    for section in sections:
        for item in section.all_items():
            if item.number:
                filled.add("number")
            if item.objective:
                filled.add("objective")
            for row in item.rows:
                filled.update(name for name in ROW_FIELDS if getattr(row, name))
        if len(filled) == len(FIELDS):
            break
    for name in REFILL_ORDER:
        if len(filled) >= MIN_COLUMNS:
            break
        filled.add(name)
    return [COLUMNS[name] for name in FIELDS if name in filled]


def column_widths(columns: list[AnnexColumn], total: float) -> list[float]:
    """``total`` (characters, twips...) shared out by the columns' weights."""
    weight = sum(c.weight for c in columns)
    return [total * c.weight / weight for c in columns]


def column_numbers(columns: list[AnnexColumn]) -> list[str]:
    """ "(1)", "(2)"…: the row under the header that real annexes carry."""
    return [f"({n})" for n in range(1, len(columns) + 1)]


def unit_cell_text(names: list[str]) -> str:
    """One unit per line; several get "- " bullets, as offices write them. Read back, each bullet
    starts a unit even when its name does not start like one ("UBMT xã"); a comma splits a name
    only before a word that starts a unit ("Các sở, ban ngành" stays whole)."""
    if len(names) <= 1:
        return names[0] if names else ""
    return "\n".join(f"- {name}" for name in names)


# --- the lines above the table ---------------------------------------------------------------


@dataclass(frozen=True)
class AnnexHeading:
    title: str
    note: str
    extra: str = ""  # the heading of a filtered table ("Nhiệm vụ quá hạn đến 30/9/2025")


def reference_text(plan: PlanInfo) -> str:
    """ "12/KH-UBND", or "      /KH-UBND" while the number is not given."""
    if plan.number:
        return plan.reference()
    return f"{BLANK}/{plan.symbol}" if plan.symbol else BLANK


def title_without_kind(title: str) -> str:
    """ "Kế hoạch cải cách hành chính …" → "Cải cách hành chính …": the document kind is said
    once, above the title ("KẾ HOẠCH")."""
    if fold(title[:9]) == "ke hoach" and title[8:9] in (" ", ""):
        rest = title[8:].strip()
        return rest[:1].upper() + rest[1:]
    return title


def annex_heading(plan: PlanInfo, extra: object = None) -> AnnexHeading:
    title = clean(plan.annex_title).replace("\n", " ")
    if not title:
        title = f"NHIỆM VỤ {title_without_kind(clean(plan.title))}".upper()
    note = clean(plan.annex_note).replace("\n", " ")
    if not note:
        when = (
            f"ngày {date_text(plan.issued_date)}"
            if plan.issued_date
            else f"ngày{BLANK}tháng{BLANK}năm {plan.period.first_year}"
        )
        of = f" của {plan.issuer}" if plan.issuer else ""
        note = f"(Kèm theo Kế hoạch số {reference_text(plan)} {when}{of})"
    return AnnexHeading(title=title, note=note, extra=clean(str(extra)) if extra else "")


# --- filtering --------------------------------------------------------------------------------


def filter_sections(sections: Iterable[AnnexSection], keep: Collection[int | str]) -> list[AnnexSection]:
    """Copies holding only the rows whose id or uuid is in ``keep``; items left without rows or
    sub-items and sections left without items are dropped. A kept row that continues a task
    whose first row is not kept shows that task (the table would otherwise lose it)."""
    wanted = set(keep)
    out = []
    for section in sections:
        items = [kept for kept in (_filter_item(item, wanted) for item in section.items) if kept]
        if items:
            out.append(dataclasses.replace(section, items=items))
    return out


def _filter_item(item: AnnexItem, wanted: set[int | str]) -> AnnexItem | None:
    rows: list[AnnexRow] = []
    task, previous_kept = "", False
    for row in item.rows:
        task = row.task or task
        kept = (row.id is not None and row.id in wanted) or (bool(row.uuid) and row.uuid in wanted)
        if kept:
            rows.append(row if row.task or previous_kept else dataclasses.replace(row, task=task))
        previous_kept = kept
    children = [kept for kept in (_filter_item(child, wanted) for child in item.children) if kept]
    if not rows and not children:
        return None
    return dataclasses.replace(item, rows=rows, children=children)


# --- the table, line by line ------------------------------------------------------------------


@dataclass(slots=True)
class AnnexLine:
    """One line of the printed table. A section line has ``section`` set and its title in
    ``cells["objective"]`` (spread across the table by the writer). ``down[field]`` is how many
    lines the cell at ``field`` spans (≥ 2) from this line; ``covered`` are the fields covered by
    such a cell from a line above (written empty)."""

    cells: dict[str, str]
    down: dict[str, int]
    covered: frozenset[str]
    section: AnnexSection | None = None
    depth: int = 0


_ITEM_SPAN = frozenset({"number", "objective"})
_TASK = frozenset({"task"})
_ITEM_AND_TASK = _ITEM_SPAN | _TASK
_NONE: frozenset[str] = frozenset()


def annex_lines(sections: Iterable[AnnexSection]) -> Iterator[AnnexLine]:
    for section in sections:
        yield AnnexLine(
            cells={"number": section.code, "objective": section.title},
            down={},
            covered=_NONE,
            section=section,
        )
        stack = [(item, 0) for item in reversed(section.items)]
        while stack:  # annex order, without recursion (depth is bounded, but cheap to avoid)
            item, depth = stack.pop()
            yield from _item_lines(item, depth)
            stack.extend((child, depth + 1) for child in reversed(item.children))


def _task_spans(rows: list[AnnexRow]) -> list[int]:
    """For each row, how many rows its task cell spans (0 for a row continuing a task above)."""
    spans = [1] * len(rows)
    start = None
    for index, row in enumerate(rows):
        if row.task or start is None:
            start = index if row.task else None
        else:
            spans[start] += 1
            spans[index] = 0
    return spans


def _item_lines(item: AnnexItem, depth: int) -> Iterator[AnnexLine]:
    rows = item.rows
    count = len(rows)
    if not rows:
        yield AnnexLine(
            cells={"number": item.number, "objective": item.objective}, down={}, covered=_NONE, depth=depth
        )
        return
    spans = _task_spans(rows)
    for index, row in enumerate(rows):
        cells = {
            "task": row.task,
            "activity": row.activity,
            "result": row.result,
            "lead": unit_cell_text(row.lead),
            "partners": unit_cell_text(row.partners),
            "due_text": row.due_text,
            "budget": row.budget,
        }
        down: dict[str, int] = {}
        if index == 0:
            cells["number"], cells["objective"] = item.number, item.objective
            if count > 1:
                down["number"] = down["objective"] = count
        if spans[index] > 1:
            down["task"] = spans[index]
        if index == 0:
            covered = _NONE
        else:
            covered = _ITEM_AND_TASK if spans[index] == 0 else _ITEM_SPAN
        yield AnnexLine(cells=cells, down=down, covered=covered, depth=depth)


# --- text metrics -----------------------------------------------------------------------------
# Liberation Serif, bundled for the PDFs, has the advance widths of Times New Roman.


@functools.lru_cache(maxsize=4)
def _char_widths(bold: bool) -> dict[int, float]:
    """Advance widths (1/1000 em) by code point; {} if the font cannot be read."""
    from .font_metrics import char_widths

    try:
        name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
        return char_widths(paths.resource("fonts", name))[0]
    except (OSError, ValueError):  # no usable font file: an average width does
        return {}


class _WordWidths(dict[str, float]):
    """word → width in points at one face and size, measured on first sight (``__missing__``):
    the words of a cell are then looked up by one ``map`` in C."""

    def __init__(self, bold: bool, size: float):
        super().__init__()
        self._bold, self._size = bold, size

    def __missing__(self, word: str) -> float:
        width = text_width_pt(word, self._bold, self._size)
        if len(self) >= 200_000:  # endless distinct words must not grow memory without bound
            self.clear()
        self[word] = width
        return width


_word_widths: dict[tuple[bool, float], _WordWidths] = {}


@functools.lru_cache(maxsize=65536)  # words and whole cells recur (units, due times, budgets)
def text_width_pt(text: str, bold: bool = False, size: float = 12) -> float:
    widths = _char_widths(bold)
    return sum(widths.get(ord(ch), 520.0) for ch in text) * size / 1000


@functools.lru_cache(maxsize=65536)
def text_lines(text: str, width_pt: float, bold: bool = False, size: float = 12) -> int:
    """How many lines ``text`` takes wrapped at word boundaries in ``width_pt``."""
    if not text:
        return 1
    widths = _widths_at(bold, size)
    space = widths[" "]
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0.0
        for width in map(widths.__getitem__, paragraph.split(" ")):
            if used and used + space + width > width_pt:
                lines, used = lines + 1, 0.0
            if width > width_pt:  # a word longer than the line breaks anywhere
                extra, width = divmod(width, width_pt)
                lines += int(extra)
            used = used + space + width if used else width
        total += lines
    return total


def _widths_at(bold: bool, size: float) -> _WordWidths:
    widths = _word_widths.get((bold, size))
    if widths is None:
        widths = _word_widths[(bold, size)] = _WordWidths(bold, size)
    return widths


# --- office files -----------------------------------------------------------------------------


def replace_in_part(package: bytes, part: str, placeholder: bytes, content: bytes) -> bytes:
    """The zip ``package`` with the one ``placeholder`` in its member ``part`` replaced."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == part:
                if data.count(placeholder) != 1:  # a library changed how it writes: fail, lose nothing
                    raise RuntimeError(f"{part}: placeholder {placeholder[:40]!r} not found once")
                data = data.replace(placeholder, content)
            target.writestr(info, data)
    return out.getvalue()

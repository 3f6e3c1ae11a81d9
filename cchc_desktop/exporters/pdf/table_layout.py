"""A table's rows as boxes of broken lines: column positions, spans, vertical merges.

No page knowledge here (``tables.py`` places the rows on pages). A row's height is a whole
number of lines, so a row can be cut between any two lines when it meets a page's end.

Vertical merges: the text of a cell that spans rows below (an item's objective over its
activities) flows down through the merged rows: each row takes as many of its lines as the
row's other cells need, the last row of the span takes the rest. The text is never repeated
or cut, and there is no rule inside the span.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ...text import nfc
from .blocks import Align, Table, TableRow
from .fonts import BOLD, ITALIC, REGULAR
from .textflow import Line, Measure, measure, wrap

PAD_X = 3.0  # left and right inside a cell
PAD_TOP = 2.0
PAD_BOTTOM = 2.5
LEADING = 1.15  # line height over font size: the faces' ascent + descent + gap
_BOLD_KINDS = ("section", "group", "total")
_MAX_CACHED_CELLS = 50_000
_SHADE = {"section": 0.93, "total": 0.93, "header": 0.88}  # grey level of the fill (1 = white)


@dataclass(slots=True)
class CellBox:
    first: int  # first column covered
    last: int  # last column covered (inclusive)
    lines: list[Line]
    style: str
    align: Align


@dataclass(slots=True)
class RowBox:
    cells: list[CellBox]
    n_lines: int
    kind: str = "normal"  # also "header" for the repeated header rows
    merge_up: frozenset[int] = frozenset()
    middle: bool = False  # lines centred vertically (header cells)

    @property
    def shade(self) -> float | None:
        return _SHADE.get(self.kind)

    def split(self, head_lines: int) -> tuple[RowBox, RowBox]:
        """The first ``head_lines`` lines of every cell, and the rest."""
        head = RowBox(
            [CellBox(c.first, c.last, c.lines[:head_lines], c.style, c.align) for c in self.cells],
            head_lines,
            self.kind,
            self.merge_up,
            self.middle,
        )
        tail = RowBox(
            [CellBox(c.first, c.last, c.lines[head_lines:], c.style, c.align) for c in self.cells],
            self.n_lines - head_lines,
            self.kind,
            frozenset(),
            self.middle,
        )
        return head, tail


class TableLayout:
    """Column positions for ``width`` points starting at ``x``, and the rows broken into lines."""

    def __init__(self, table: Table, x: float, width: float):
        self.table = table
        self.size = table.font_size
        self.leading = table.font_size * LEADING
        count = len(table.columns)
        weights = [max(float(c.width), 0.0) for c in table.columns]
        total = sum(weights) or float(count)
        weights = weights if sum(weights) else [1.0] * count
        self.widths = [width * w / total for w in weights]
        self.edges = [x]
        for w in self.widths:
            self.edges.append(self.edges[-1] + w)
        self._regular, self._bold, self._italic = measure(REGULAR), measure(BOLD), measure(ITALIC)
        self._wrap_cache: dict[tuple[str, int, int, str], list[Line]] = {}

    @property
    def column_count(self) -> int:
        return len(self.widths)

    def height(self, n_lines: int) -> float:
        return PAD_TOP + n_lines * self.leading + PAD_BOTTOM

    def lines_fitting(self, height: float) -> int:
        return max(int((height - PAD_TOP - PAD_BOTTOM) / self.leading + 1e-6), 0)

    # --- header ----------------------------------------------------------------------------

    def header_rows(self) -> list[RowBox]:
        titles = [nfc(c.title) for c in self.table.columns]
        rows = [self._plain_row(titles, self._bold, BOLD, "header", centred=True)]
        if self.table.number_row:
            numbers = [f"({n})" for n in range(1, self.column_count + 1)]
            rows.append(self._plain_row(numbers, self._italic, ITALIC, "header", centred=True))
        return rows

    def _plain_row(self, texts: list[str], measure_: Measure, style: str, kind: str, centred: bool) -> RowBox:
        cells = [
            CellBox(i, i, wrap(measure_, text, self.size, self._inner(i, i)), style, "center")
            for i, text in enumerate(texts)
        ]
        return RowBox(cells, max(len(c.lines) for c in cells), kind, middle=centred)

    # --- body --------------------------------------------------------------------------------

    def rows(self) -> Iterator[RowBox]:
        """The table's rows in order, merged cells' text flowing down through their spans."""
        rows = self.table.rows
        carry: dict[int, tuple[list[Line], str]] = {}  # column → the lines still to show, their style
        for index, row in enumerate(rows):
            below = rows[index + 1].merge_up if index + 1 < len(rows) else frozenset()
            yield self._row(row, below, carry)

    def _row(self, row: TableRow, below: frozenset[int], carry: dict[int, tuple[list[Line], str]]) -> RowBox:
        count = self.column_count
        texts = row.cells[:count] or [""]
        bold = row.kind in _BOLD_KINDS
        measure_, style = (self._bold, BOLD) if bold else (self._regular, REGULAR)
        columns = self.table.columns
        cells: list[CellBox] = []
        flowing: list[CellBox] = []  # cells whose text goes on into the row below
        fixed = 0
        for index, text in enumerate(texts):
            last = count - 1 if index == len(texts) - 1 else index
            cell_style = style
            if index in row.merge_up and index in carry and last == index:
                lines, cell_style = carry.pop(index)  # the merged text keeps the face it was broken in
            else:
                lines = self._wrapped(text, index, last, style, measure_)
            align: Align = columns[index].align
            if row.kind == "section":
                align = "center" if index == 0 and len(texts) > 1 else "left"
            cell = CellBox(index, last, lines, cell_style, align)
            cells.append(cell)
            if index in below and last == index:
                flowing.append(cell)
            else:
                fixed = max(fixed, len(lines))
        n_lines = max(fixed, 1)
        for cell in flowing:  # keep what this row has room for; the rows below get the rest
            carry[cell.first] = (cell.lines[n_lines:], cell.style)
            cell.lines = cell.lines[:n_lines]
        return RowBox(cells, n_lines, row.kind, row.merge_up)

    def _wrapped(self, text: str, first: int, last: int, style: str, measure_: Measure) -> list[Line]:
        """The cell's lines; cells repeat in an annex (units, due times, products), so the
        lines are kept per text and cell width (a copy is returned: rows slice their lines)."""
        key = (text, first, last, style)
        found = self._wrap_cache.get(key)
        if found is None:
            found = wrap(measure_, nfc(text), self.size, self._inner(first, last))
            if len(self._wrap_cache) >= _MAX_CACHED_CELLS:
                self._wrap_cache.clear()
            self._wrap_cache[key] = found
        return list(found)

    def _inner(self, first: int, last: int) -> float:
        """The width text may take in a cell covering columns first..last."""
        return max(self.edges[last + 1] - self.edges[first] - 2 * PAD_X, 1.0)

"""Tables on pages: the header repeated on every page, rows split where a page ends, rules.

- A row taller than the space left is split between two lines (at least two lines stay on the
  page and two go on, else the row starts on the next page) and goes on under the repeated
  header; a row taller than a whole page is split over as many pages as it needs.
- A section or group row never ends a page: the first lines of the row after it come along.
- At a page break inside a vertical merge the box is closed with a rule and the text flows on
  under the next page's header (nothing is repeated).
"""

from __future__ import annotations

from collections.abc import Callable

from .blocks import Table
from .fonts import face
from .pages import PageFlow
from .stream import Placed
from .table_layout import PAD_BOTTOM, PAD_TOP, PAD_X, RowBox, TableLayout

MIN_SPLIT_LINES = 2
RULE_WIDTH = 0.5
_KEEP_WITH_NEXT = ("section", "group")


def draw_table(flow: PageFlow, table: Table, tick: Callable[[int], None]) -> None:
    """Draw ``table`` from ``flow.y`` on; ``tick(1)`` after each of its rows."""
    if not table.columns:  # nothing to draw the rows in
        tick(len(table.rows))
        return
    if table.landscape:
        flow.turn_to("landscape")
    _TablePlacer(flow, table).run(tick)


class _TablePlacer:
    def __init__(self, flow: PageFlow, table: Table):
        self.flow = flow
        geometry = flow.geometry
        self.layout = TableLayout(table, geometry.x0, geometry.content_width)
        self.header = self.layout.header_rows()
        self.header_height = sum(self.layout.height(r.n_lines) for r in self.header)
        self.part_open = False  # the header is drawn on the current page
        self.body_rows = 0  # rows (or parts of rows) under it
        self._runs: dict[int, float] = {}  # open vertical rules: boundary index → top y

    def run(self, tick: Callable[[int], None]) -> None:
        rows = self.layout.rows()
        current = next(rows, None)
        while current is not None:
            following = next(rows, None)
            self._place(current, following)
            tick(1)
            current = following
        if not self.part_open:  # a table without rows still shows its header
            self._open_part()
        self._close_part()

    # --- placing ------------------------------------------------------------------------------

    def _place(self, row: RowBox, following: RowBox | None) -> None:
        layout, flow = self.layout, self.flow
        while True:
            if not self.part_open:
                first = self.header_height + layout.height(min(row.n_lines, MIN_SPLIT_LINES))
                flow.ensure(first)
                self._open_part()
            room = flow.space_left()
            height = layout.height(row.n_lines)
            keep = 0.0
            if row.kind in _KEEP_WITH_NEXT and following is not None:
                keep = layout.height(min(following.n_lines, MIN_SPLIT_LINES))
            if height + keep <= room + 1e-6:
                self._draw_row(row)
                return
            fresh = self.body_rows == 0
            # Two lines at least on each side of a split: no lone line at a page's end or top.
            fits = min(layout.lines_fitting(room), row.n_lines - MIN_SPLIT_LINES)
            splittable = height > room and fits >= MIN_SPLIT_LINES and row.kind not in _KEEP_WITH_NEXT
            if fresh:
                fits = layout.lines_fitting(room)
            if fresh or splittable:
                fits = max(fits, 1)  # on a page holding only the header, something must go
                if fits >= row.n_lines:
                    self._draw_row(row)
                    return
                head, row = row.split(fits)
                self._draw_row(head)
            self._close_part()
            flow.new_page()

    def _open_part(self) -> None:
        self.part_open = True
        self.body_rows = 0
        for header_row in self.header:
            self._draw_row(header_row, header=True)

    def _close_part(self) -> None:
        """The box is closed at the end of each page's part of the table."""
        stream, edges, y = self.flow.stream, self.layout.edges, self.flow.y
        for boundary, top in self._runs.items():
            stream.rule(edges[boundary], top, edges[boundary], y, RULE_WIDTH)
        self._runs.clear()
        stream.rule(edges[0], y, edges[-1], y, RULE_WIDTH)
        self.part_open = False

    # --- drawing ------------------------------------------------------------------------------

    def _draw_row(self, row: RowBox, header: bool = False) -> None:
        layout, flow = self.layout, self.flow
        stream, edges = flow.stream, layout.edges
        top = flow.y
        height = layout.height(row.n_lines)
        bottom = top - height
        if row.shade is not None:
            stream.fill_rect(edges[0], bottom, edges[-1] - edges[0], height, row.shade)
        continuing = not header and self.body_rows > 0
        self._top_rule(row, top, merged=continuing)
        self._vertical_rules(row, top)
        self._draw_text(row, top, continuing)
        flow.y = bottom
        if not header:
            self.body_rows += 1

    def _top_rule(self, row: RowBox, y: float, merged: bool) -> None:
        """A rule above the row, except over the columns that continue the cell above."""
        edges, stream = self.layout.edges, self.flow.stream
        if not merged or not row.merge_up:
            stream.rule(edges[0], y, edges[-1], y, RULE_WIDTH)
            return
        start = None
        for column in range(len(edges) - 1):
            if column in row.merge_up:
                if start is not None:
                    stream.rule(edges[start], y, edges[column], y, RULE_WIDTH)
                    start = None
            elif start is None:
                start = column
        if start is not None:
            stream.rule(edges[start], y, edges[-1], y, RULE_WIDTH)

    def _vertical_rules(self, row: RowBox, top: float) -> None:
        """Column boundaries as long runs (a spanning cell interrupts the ones it covers)."""
        count = self.layout.column_count
        present = [False] * (count + 1)
        present[0] = present[count] = True
        for cell in row.cells:
            present[cell.first] = True
        runs, edges, stream = self._runs, self.layout.edges, self.flow.stream
        for boundary, here in enumerate(present):
            start = runs.get(boundary)
            if here:
                if start is None:
                    runs[boundary] = top
            elif start is not None:
                stream.rule(edges[boundary], start, edges[boundary], top, RULE_WIDTH)
                del runs[boundary]

    def _draw_text(self, row: RowBox, top: float, continuing: bool) -> None:
        """``continuing``: the row is not the first on its page, so the text of a merged cell
        goes on right under its lines in the row above, with no gap for the padding.

        Neighbouring cells of one face go to the stream as one batch of lines (the operators
        are the same as cell by cell: font and colour are set only when they change)."""
        layout, lines, edges = self.layout, self.flow.stream.lines, self.layout.edges
        size, leading = layout.size, layout.leading
        placed: list[Placed] = []
        append = placed.append
        batch_style = ""
        for cell in row.cells:
            style = cell.style
            if style != batch_style:
                if placed:
                    lines(face(batch_style), size, placed)
                    placed = []
                    append = placed.append
                batch_style = style
            font_face = face(style)
            left = edges[cell.first] + PAD_X
            y = top - PAD_TOP - font_face.ascent * size
            if continuing and cell.first in row.merge_up:
                y += PAD_TOP + PAD_BOTTOM
            if row.middle:
                y -= (row.n_lines - len(cell.lines)) * leading / 2
            align = cell.align
            if align == "left":  # most cells: one tuple a line, nothing to work out
                for line in cell.lines:
                    append((left, y, line.text, 0.0))
                    y -= leading
                continue
            inner = edges[cell.last + 1] - edges[cell.first] - 2 * PAD_X
            for line in cell.lines:
                x, word_space = left, 0.0
                if align == "center":
                    x += max((inner - line.width) / 2, 0.0)
                elif align == "right":
                    x += max(inner - line.width, 0.0)
                elif align == "justify" and not line.ends_paragraph:
                    gaps = line.text.count(" ")
                    word_space = (inner - line.width) / gaps if gaps else 0.0
                append((x, y, line.text, word_space))
                y -= leading
        if batch_style:  # even with no lines: the call sets the text colour back, as each cell's did
            lines(face(batch_style), size, placed)

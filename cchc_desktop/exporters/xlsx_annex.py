"""The annex as an Excel workbook (.xlsx), laid out and set up for printing like the real ones.

openpyxl writes the workbook: styles, column widths, frozen panes, merged ranges, print titles,
page set-up and page breaks (its write-only mode, where all of these are set before saving).
The rows themselves are written here as SpreadsheetML text and put in the sheet's empty
``<sheetData>``: openpyxl builds objects and an XML element per cell, 5–6 s for 10,000 rows ×
9 columns in either of its modes, where plain text takes a fraction of a second. Strings are inline strings, as
openpyxl writes them; every string goes through ``text.nfc`` (no control characters).

Row heights are estimated (``annex_columns.text_lines``), because LibreOffice does not fit the
rows of a file that has none and wrapped text would overlap. Pages are broken between items (``_Pages``),
because Excel and LibreOffice cut a merged cell that crosses a page break.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from ..domain import AnnexSection, PlanDocument
from ..errors import CancelledError, InvalidInputError
from ..fileio import write_with_atomic
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from ..text import nfc
from .annex_columns import (
    ANNEX_WORD,
    AnnexColumn,
    AnnexLine,
    annex_heading,
    annex_lines,
    column_numbers,
    column_widths,
    columns_for,
    filter_sections,
    replace_in_part,
    text_lines,
)

__all__ = ["SHEET_TITLE", "row_height", "write_annex_xlsx"]

define_messages(
    {
        "export.empty_selection": QT_TRANSLATE_NOOP(
            "Messages", "Không có dòng nhiệm vụ nào trong phần đã chọn để xuất."
        ),
    }
)

SHEET_TITLE = "Phụ lục"
FONT_NAME = "Times New Roman"
TITLE_SIZE = 13
MAX_CELL_TEXT = 32_767  # Excel's limit

# A4 landscape with the margins of Decree 30/2020 (mm): the printable width is 297 - 30 - 15.
MARGINS_MM = {"left": 30, "right": 15, "top": 20, "bottom": 20}
PRINTABLE_PX = (297 - 30 - 15) / 25.4 * 96
PAGE_HEIGHT_PT = (210 - 20 - 20) / 25.4 * 72
# Of the page's height, what the computed pages may fill (renderers differ by a few points).
PAGE_SAFETY = 0.97
# Excel column widths count digits of the workbook's Normal style font, made Times New Roman 12
# here (8 px a digit at 96 dpi, 5 px of padding per column): widths then mean the same in Excel
# and in LibreOffice, whatever fonts stand in for Calibri there.
DIGIT_PX, COLUMN_PADDING_PX = 8, 5
CELL_MARGIN_PX = 8
PROGRESS_EVERY = 250

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# --- row heights -------------------------------------------------------------------------------
# Times New Roman 12: the line pitch Excel and LibreOffice give it, with a little room; a little
# air above and below each row.
FONT_SIZE = 12
LINE_PT, ROW_PADDING_PT = 15.0, 3.0
MAX_ROW_PT = 409.0  # Excel's limit


def row_height(lines: int, size: float = FONT_SIZE) -> float:
    return min(MAX_ROW_PT, round(lines * LINE_PT * size / FONT_SIZE + ROW_PADDING_PT, 1))


# --- styles ------------------------------------------------------------------------------------


def _style_ids(sheet) -> dict[str, int]:
    """The cellXfs index of each kind of cell, registered through one styled cell per kind."""
    from openpyxl.cell import Cell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey, light = PatternFill("solid", fgColor="D9D9D9"), PatternFill("solid", fgColor="EDEDED")
    regular, bold = Font(name=FONT_NAME, size=FONT_SIZE), Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
    italic = Font(name=FONT_NAME, size=FONT_SIZE, italic=True)
    title = Font(name=FONT_NAME, size=TITLE_SIZE, bold=True)

    def align(horizontal: str) -> Alignment:
        return Alignment(horizontal=horizontal, vertical="center", wrap_text=True)

    kinds = {
        "title": (title, align("center"), None, None),
        "note": (italic, align("center"), None, None),
        "extra": (bold, align("center"), None, None),
        "header": (bold, align("center"), box, grey),
        "number_row": (italic, align("center"), box, None),
        "section": (bold, align("left"), box, light),
        "section_code": (bold, align("center"), box, light),
        "body": (regular, align("left"), box, None),
        "body_centred": (regular, align("center"), box, None),
    }
    ids = {}
    for kind, (font, alignment, border, fill) in kinds.items():
        cell = Cell(sheet, row=1, column=1)
        cell.font, cell.alignment = font, alignment
        if border is not None:
            cell.border = border
        if fill is not None:
            cell.fill = fill
        ids[kind] = cell.style_id
    return ids


# --- cells -------------------------------------------------------------------------------------

_nfc = functools.lru_cache(maxsize=65536)(nfc)  # the same unit, due time or budget on many rows
_WHOLE_NUMBER = re.compile(r"[1-9][0-9]{0,8}\Z")
_XML_SPECIAL = re.compile(r"[&<>]")


def _cell_xml(ref: str, style: int, text: str | None) -> str:
    """One cell: empty but styled (borders), or an inline string, never a formula."""
    if not text:
        return f'<c r="{ref}" s="{style}"/>'
    text = text[:MAX_CELL_TEXT]
    if _XML_SPECIAL.search(text):
        text = escape(text)
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


# --- pages -------------------------------------------------------------------------------------


class _Pages:
    """Where printed pages break: between items, never inside an item's merged cells, and a
    section heading goes over with the item under it. Written as manual page breaks.

    The capacity is the page height at 100 %; printing fitted to the width only ever shrinks,
    so every computed page fits on paper."""

    def __init__(self, capacity: float, repeated: float, used: float):
        self.capacity, self.repeated = capacity, repeated
        self.used = used  # the page so far, title rows and repeated header included
        self.body = 0.0  # the table's own rows on the page so far
        self.breaks: list[int] = []  # rows after which a page ends
        self.heading: tuple[int, float] | None = None

    def _new_page(self, after_row: int, carried: float = 0.0) -> None:
        self.breaks.append(after_row)
        self.used, self.body = self.repeated + carried, carried

    def place(self, first_row: int, heights: list[float], is_heading: bool) -> None:
        total = sum(heights)
        if self.used + total > self.capacity and self.body > 0:
            if self.heading is None:
                self._new_page(first_row - 1)
            elif self.body > self.heading[1]:  # the heading goes over with its first item
                self._new_page(self.heading[0] - 1, carried=self.heading[1])
        if self.used + total <= self.capacity:
            self.used += total
            self.body += total
        else:  # taller than what is left of a fresh page: cut somewhere, at least between rows
            for offset, height in enumerate(heights):
                if self.used + height > self.capacity and self.body > 0:
                    self._new_page(first_row + offset - 1)
                self.used += height
                self.body += height
        self.heading = (first_row, total) if is_heading else None


# --- the rows ----------------------------------------------------------------------------------


class _SheetRows:
    """The rows of the sheet as SpreadsheetML, with their merged ranges and page breaks."""

    def __init__(self, columns: list[AnnexColumn], style_ids: dict[str, int], pixels: list[float]):
        from openpyxl.utils import get_column_letter

        self.columns = columns
        self.fields = [c.field for c in columns]
        self.letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        self.styles = style_ids
        self.text_pt = [(px - CELL_MARGIN_PX) * 0.75 for px in pixels]
        self.body_columns = [
            (c.field, letter, style_ids["body_centred" if c.centred else "body"], width)
            for c, letter, width in zip(columns, self.letters, self.text_pt)
        ]
        self.parts: list[str] = []
        self.merges: list[str] = []
        self.heights: list[float] = []
        self.pages: _Pages | None = None

    @property
    def row(self) -> int:
        return len(self.heights)

    def _cell(self, row: int, column: int, value: str | None, kind: str) -> str:
        return _cell_xml(f"{self.letters[column]}{row}", self.styles[kind], value)

    def _append(self, cells: list[str], height: float) -> None:
        self.parts.append(f'<row r="{self.row + 1}" ht="{height}" customHeight="1">{"".join(cells)}</row>')
        self.heights.append(height)

    def spread_line(self, text: str, kind: str, size: float = FONT_SIZE) -> None:
        """A line across the whole table (the title rows), merged."""
        text = _nfc(text)
        lines = text_lines(text, sum(self.text_pt), kind != "note", size) if text else 1
        row = self.row + 1
        cells = [self._cell(row, c, text if c == 0 else None, kind) for c in range(len(self.letters))]
        self.merges.append(f"A{self.row + 1}:{self.letters[-1]}{self.row + 1}")
        self._append(cells, row_height(lines, size))

    def empty_line(self, height: float) -> None:
        self.parts.append(f'<row r="{self.row + 1}" ht="{height}" customHeight="1"/>')
        self.heights.append(height)

    def header(self) -> None:
        """The header and the column-number row, repeated on every printed page."""
        titles = [c.title for c in self.columns]
        lines = max(text_lines(t, w, True) for t, w in zip(titles, self.text_pt))
        self._append(
            [self._cell(self.row + 1, c, t, "header") for c, t in enumerate(titles)], row_height(lines)
        )
        numbers = column_numbers(self.columns)
        self._append(
            [self._cell(self.row + 1, c, n, "number_row") for c, n in enumerate(numbers)], row_height(1)
        )
        self.pages = _Pages(PAGE_HEIGHT_PT * PAGE_SAFETY, sum(self.heights[-2:]), sum(self.heights))

    def _line_cells(self, row: int, line: AnnexLine) -> tuple[list[str], int]:
        """The cells of one line and the text lines its own (not vertically merged) cells need."""
        cells = line.cells
        if line.section is not None:
            code, title = _nfc(cells["number"]), _nfc(cells["objective"])
            out = [self._cell(row, 0, code, "section_code"), self._cell(row, 1, title, "section")]
            out += [self._cell(row, c, None, "section") for c in range(2, len(self.letters))]
            needed = max(
                text_lines(code, self.text_pt[0], True), text_lines(title, sum(self.text_pt[1:]), True)
            )
            return out, needed
        out, needed, number = [], 1, str(row)
        covered, down = line.covered, line.down
        for field, letter, style, width in self.body_columns:
            if field in covered:
                out.append(f'<c r="{letter}{number}" s="{style}"/>')
                continue
            text = _nfc(cells.get(field) or "")
            if field == "number" and _WHOLE_NUMBER.match(text):
                # A whole number in TT is written as a number, as typed in Excel (no "text" flag).
                out.append(f'<c r="{letter}{number}" s="{style}"><v>{text}</v></c>')
                continue
            out.append(_cell_xml(f"{letter}{number}", style, text))
            if field not in down:
                lines = text_lines(text, width)
                if lines > needed:
                    needed = lines
        return out, needed

    def block(self, lines: list[AnnexLine]) -> None:
        """Lines bound by vertical merges (an item's rows), written together so that a merged
        cell's text gets the height it needs, spread over the lines it spans."""
        first = self.row + 1
        built = [self._line_cells(first + offset, line) for offset, line in enumerate(lines)]
        heights = [row_height(needed) for _, needed in built]
        for index, line in enumerate(lines):
            for field, span in line.down.items():
                c = self.fields.index(field)
                needed = row_height(text_lines(line.cells.get(field, ""), self.text_pt[c]))
                have = sum(heights[index : index + span])
                if needed > have:
                    extra = (needed - have) / span
                    heights[index : index + span] = [
                        round(h + extra, 1) for h in heights[index : index + span]
                    ]
                self.merges.append(
                    f"{self.letters[c]}{first + index}:{self.letters[c]}{first + index + span - 1}"
                )
            if line.section is not None and len(self.letters) > 2:
                self.merges.append(f"B{first + index}:{self.letters[-1]}{first + index}")
        if self.pages is not None:
            self.pages.place(first, heights, is_heading=lines[0].section is not None)
        for (cells, _), height in zip(built, heights):
            self._append(cells, height)

    def xml(self) -> bytes:
        """``<sheetData>`` and the ``<mergeCells>`` that follows it in the schema's order (built
        here too: openpyxl makes a validated object per range, 0.4 s for 20,000 of them)."""
        merges = "".join(f'<mergeCell ref="{ref}"/>' for ref in self.merges)
        merged = f'<mergeCells count="{len(self.merges)}">{merges}</mergeCells>' if self.merges else ""
        return ("<sheetData>" + "".join(self.parts) + "</sheetData>" + merged).encode("utf-8")


# --- the workbook ------------------------------------------------------------------------------


def _set_up_sheet(sheet, columns: list[AnnexColumn], pixels: list[float], header_row: int) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.properties import PageSetupProperties

    for index, px in enumerate(pixels, 1):
        sheet.column_dimensions[get_column_letter(index)].width = round(
            (px - COLUMN_PADDING_PX) / DIGIT_PX, 2
        )
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages as the rows need
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    inches = {side: mm / 25.4 for side, mm in MARGINS_MM.items()}
    sheet.page_margins = PageMargins(header=0.3, footer=0.3, **inches)
    sheet.print_options.horizontalCentered = True
    sheet.print_title_rows = f"{header_row}:{header_row + 1}"
    sheet.freeze_panes = f"A{header_row + 2}"
    sheet.oddFooter.center.text = "&P/&N"
    sheet.oddFooter.center.font = FONT_NAME
    sheet.oddFooter.center.size = 11


def _finish_sheet(sheet, rows: _SheetRows) -> None:
    from openpyxl.worksheet.pagebreak import Break

    # Given whole: RowBreak.append copies the list each time.
    if rows.pages is not None and rows.pages.breaks:
        sheet.row_breaks.brk = [Break(id=row, max=16383, man=True) for row in rows.pages.breaks]


def _report(done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError("cancelled")
    if progress is not None:
        progress(done, total)


def _count_lines(sections: list[AnnexSection]) -> int:
    return sum(1 + sum(max(1, len(item.rows)) for item in section.all_items()) for section in sections)


def _write_rows(
    rows: _SheetRows, sections: list[AnnexSection], progress: Progress | None, cancelled: Cancelled | None
) -> None:
    total, done, next_report = _count_lines(sections), 0, 0
    block: list[AnnexLine] = []
    for line in annex_lines(sections):
        if not line.covered and block:  # a new item or section: the previous block is complete
            rows.block(block)
            done += len(block)
            block = []
        if done >= next_report:
            next_report = done + PROGRESS_EVERY
            _report(done, total, progress, cancelled)
        block.append(line)
    if block:
        rows.block(block)
    _report(total, total, progress, cancelled)


def _workbook_bytes(
    doc: PlanDocument,
    sections: list[AnnexSection],
    heading: object,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    workbook.properties.creator = "CCHC Desktop"
    # openpyxl offers no public way to change the Normal style of a new workbook.
    workbook._named_styles["Normal"].font = Font(name=FONT_NAME, size=FONT_SIZE)
    sheet = workbook.create_sheet(SHEET_TITLE)
    columns = columns_for(sections)
    pixels = column_widths(columns, PRINTABLE_PX)
    rows = _SheetRows(columns, _style_ids(sheet), pixels)
    head = annex_heading(doc.plan, heading)
    workbook.properties.title = nfc(head.title)[:255]

    rows.spread_line(ANNEX_WORD, "title", TITLE_SIZE)
    rows.spread_line(head.title, "title", TITLE_SIZE)
    rows.spread_line(head.note, "note")
    if head.extra:
        rows.spread_line(head.extra, "extra")
    rows.empty_line(row_height(1) / 2)
    _set_up_sheet(sheet, columns, pixels, header_row=rows.row + 1)
    rows.header()
    _write_rows(rows, sections, progress, cancelled)
    _finish_sheet(sheet, rows)

    saved = io.BytesIO()
    workbook.save(saved)
    # openpyxl wrote an empty <sheetData> and no merged ranges (nothing comes between them).
    return replace_in_part(
        saved.getvalue(), "xl/worksheets/sheet1.xml", b"<sheetData></sheetData>", rows.xml()
    )


def write_annex_xlsx(
    doc: PlanDocument,
    path: Path | str,
    *,
    rows: Collection[int | str] | None = None,
    heading: object = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Write the annex of ``doc`` to ``path`` (.xlsx), atomically.

    ``rows``: ids or uuids of the rows to keep (a filtered task table; empty items and sections
    are dropped), ``heading`` a line saying what was kept (str or Message). ``progress(done,
    total)`` is called as lines are laid out; ``cancelled()`` returning True stops the work with
    CancelledError before anything is written."""
    sections: Iterable[AnnexSection] = doc.sections
    if rows is not None:
        sections = filter_sections(doc.sections, rows)
        if not sections:
            raise InvalidInputError("export.empty_selection")
    data = _workbook_bytes(doc, list(sections), heading, progress, cancelled)

    def save(stream: BinaryIO) -> None:
        stream.write(data)

    write_with_atomic(path, save)

"""A printed document as plain data: what the renderer draws, in order. No reportlab here.

Builders (``plan.py`` today, reports later) make a :class:`Document`; ``render.render_pdf``
lays it out on A4 pages in the format of Decree 30/2020/NĐ-CP. Texts are plain strings; a
newline inside a paragraph or a cell is a line break.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

Align = Literal["left", "center", "right", "justify"]
Orientation = Literal["portrait", "landscape"]
RowKind = Literal["normal", "section", "group", "total"]


@dataclass
class Letterhead:
    """The header block of a document's first page (Decree 30, Annex I).

    ``issuer_lines``: the issuing body, upper lines first ("ỦY BAN NHÂN DÂN", "XÃ CỬA TÙNG"; the
    last is bold). ``reference``: "12/KH-UBND", or "/KH-UBND" when the number is not given yet
    (blanks are left before the slash). Without ``date``, "ngày … tháng … năm …" is left for the
    pen, with ``year`` filled in when known."""

    issuer_lines: list[str]
    reference: str = ""
    place: str = ""
    date: dt.date | None = None
    year: int | None = None


@dataclass
class Title:
    """Centred bold capitals ("KẾ HOẠCH"), then the subtitle (the summary of the content,
    bold, or italic for a note such as "(Kèm theo Kế hoạch số …)"), then a short rule."""

    lines: list[str]
    subtitle: str = ""
    subtitle_italic: bool = False
    rule: bool = True


@dataclass
class Heading:
    """Level 1: "I. MỤC ĐÍCH, YÊU CẦU"; level 2: "1. Mục đích"; level 3: "a) ..." in italics."""

    text: str
    level: int = 1


@dataclass
class Paragraph:
    """Body text; ``first_indent`` in millimetres (the decree asks 10–12.7 mm)."""

    text: str
    bold: bool = False
    italic: bool = False
    align: Align = "justify"
    first_indent: float = 12.7
    size: float | None = None  # None: the body size


@dataclass
class Column:
    """``width`` is a relative weight: the columns share the page's width in proportion."""

    title: str
    width: float = 1.0
    align: Align = "left"


@dataclass
class TableRow:
    """One row. ``kind``: "section" (a reform area: bold, shaded), "group" (bold), "total" (bold,
    shaded) or "normal".

    A row with fewer cells than the table has columns: its last cell spans the remaining columns
    (a section row is ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"]). ``merge_up`` holds the indexes of
    the columns whose cell continues the cell above (a vertical merge): no rule between them,
    the text above flows on into this row and this row's own text there is not drawn."""

    cells: list[str]
    kind: RowKind = "normal"
    merge_up: frozenset[int] = frozenset()


@dataclass
class Table:
    """A table whose header row (and the "(1) (2) …" row when ``number_row``) repeats at the
    top of every page. ``landscape``: the table goes on landscape pages."""

    columns: list[Column]
    rows: Sequence[TableRow]
    number_row: bool = False
    landscape: bool = False
    font_size: float = 11.0


@dataclass
class BarChart:
    """A horizontal bar per label: the bar is ``value`` out of ``maximum`` (the track), with
    "value / maximum" written at its end."""

    title: str
    bars: list[tuple[str, Decimal | float, Decimal | float]]


@dataclass
class SignatureBlock:
    """ "Nơi nhận:" and its recipients on the left, the signature on the right."""

    recipients: list[str] = field(default_factory=list)
    authority: str = ""
    position: str = ""
    name: str = ""


@dataclass
class PageBreak:
    """A new page; with ``orientation``, it and the pages after it turn that way."""

    orientation: Orientation | None = None


Block = Heading | Paragraph | Table | BarChart | SignatureBlock | PageBreak | Title


@dataclass
class Document:
    """The letterhead and title open the first page; the blocks follow in order. ``title_text``
    goes into the PDF's metadata (the title lines and subtitle when empty)."""

    letterhead: Letterhead | None = None
    title: Title | None = None
    blocks: list[Block] = field(default_factory=list)
    orientation: Orientation = "portrait"
    title_text: str = ""
    subject: str = ""

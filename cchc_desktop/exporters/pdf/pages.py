"""A4 pages and their margins; the flow that fills them top to bottom.

Portrait pages follow Decree 30/2020/NĐ-CP: top and bottom 20 mm, left (binding side) 30 mm,
right 15 mm. Landscape pages carry wide annex tables: top 20 mm (room for the page number),
bottom, left and right 15 mm. The decree's 30 mm binding margin is a portrait rule; on a
landscape page it would take a tenth of the table's width, and the annexes offices print use
about 15 mm all round.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .fonts import REGULAR, face
from .stream import PageStream

MM = 72 / 25.4
A4_SHORT, A4_LONG = 210 * MM, 297 * MM
PAGE_NUMBER_SIZE = 13.0


@dataclass(frozen=True)
class PageGeometry:
    orientation: str
    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float

    @property
    def x0(self) -> float:
        return self.left

    @property
    def x1(self) -> float:
        return self.width - self.right

    @property
    def y_top(self) -> float:
        return self.height - self.top

    @property
    def y_bottom(self) -> float:
        return self.bottom

    @property
    def content_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def content_height(self) -> float:
        return self.height - self.top - self.bottom


PORTRAIT = PageGeometry("portrait", A4_SHORT, A4_LONG, 20 * MM, 20 * MM, 30 * MM, 15 * MM)
LANDSCAPE = PageGeometry("landscape", A4_LONG, A4_SHORT, 20 * MM, 15 * MM, 15 * MM, 15 * MM)
GEOMETRIES = {"portrait": PORTRAIT, "landscape": LANDSCAPE}


class PageFlow:
    """The page being filled: ``y`` is the top of the free space, ``stream`` its operators.

    Page numbers are centred in the top margin from page 2 on (the decree's rule: the first
    page carries none)."""

    def __init__(self, canvas: Any, orientation: str, finished: Callable[[str], None] | None = None):
        self.canvas = canvas
        self.stream = PageStream(canvas._doc)  # reportlab's document: its fonts' subset state lives there
        self._finished = finished  # given each finished page's content stream (to deflate it)
        self.page_number = 0
        self.geometry = GEOMETRIES[orientation]
        self.y = 0.0
        self._start_page(orientation)

    def _start_page(self, orientation: str) -> None:
        self.geometry = geometry = GEOMETRIES[orientation]
        self.canvas.setPageSize((geometry.width, geometry.height))
        self.page_number += 1
        self.y = geometry.y_top
        if self.page_number >= 2:
            self._draw_page_number()

    def _draw_page_number(self) -> None:
        font_face = face(REGULAR)
        label = str(self.page_number)
        width = sum(font_face.widths.get(ord(ch), font_face.default_width) for ch in label)
        width *= PAGE_NUMBER_SIZE / 1000
        geometry = self.geometry
        baseline = geometry.height - geometry.top / 2 - PAGE_NUMBER_SIZE * 0.3
        self.stream.text((geometry.width - width) / 2, baseline, font_face, PAGE_NUMBER_SIZE, label)

    @property
    def at_top(self) -> bool:
        """Nothing drawn yet on this page (apart from its number)."""
        return self.y >= self.geometry.y_top

    def space_left(self) -> float:
        return self.y - self.geometry.y_bottom

    def new_page(self, orientation: str | None = None) -> None:
        """The next page; a page still empty is reused (turned if need be), never left blank."""
        if self.at_top:
            self.stream.take()  # only the page number: drawn again for the new geometry
            self.page_number -= 1
        else:
            self._finish_page()
        self._start_page(orientation or self.geometry.orientation)

    def ensure(self, height: float) -> None:
        """A new page unless ``height`` fits below ``y`` (or the page is still empty)."""
        if height > self.space_left() and not self.at_top:
            self.new_page()

    def turn_to(self, orientation: str) -> None:
        """Continue on a page of ``orientation``: this one if it already is, else the next."""
        if self.geometry.orientation != orientation:
            self.new_page(orientation)

    def skip(self, height: float) -> None:
        """Vertical space; never carried over to the top of a new page."""
        self.y = max(self.y - height, self.geometry.y_bottom)

    def _finish_page(self) -> None:
        self.canvas.addLiteral(self.stream.take())
        self.canvas.showPage()
        if self._finished is not None:
            self._finished(self.canvas._doc.Pages.pages[-1].stream)

    def finish(self) -> None:
        self._finish_page()

"""Reading our PDFs back (pypdf): placed text, fonts, pages. Shared by the tests/test_pdf_*.py
files; the tests here check the reader itself on a PDF drawn by hand with reportlab."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader

from cchc_desktop.exporters.pdf.pages import LANDSCAPE, PORTRAIT

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Placed:
    text: str
    x: float
    y: float
    size: float
    font: str  # the base font name without the subset tag: "LiberationSerif-Bold"


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def squash(text: str) -> str:
    """Whitespace runs to one space: wraps split phrases over lines."""
    return _SPACES.sub(" ", text).strip()


def all_text(pdf: PdfReader) -> str:
    return squash(" ".join(page.extract_text() for page in pdf.pages))


def placed_text(page) -> list[Placed]:
    found: list[Placed] = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        name = str(font_dict.get("/BaseFont", "")) if font_dict else ""
        found.append(Placed(text.strip(), x, y, font_size * tm[0] * cm[0], name.split("+")[-1].lstrip("/")))

    page.extract_text(visitor_text=visit)
    return found


def body_text(pdf: PdfReader, skip: frozenset[str] = frozenset()) -> str:
    """The text of every page in drawing order, without the page numbers (in the top margin)
    and without the lines in ``skip`` (a table's repeated header): a paragraph or a table row
    split over two pages reads as one."""
    parts = []
    for page in pdf.pages:
        geometry = geometry_of(page)
        parts += [i.text for i in placed_text(page) if i.y <= geometry.y_top and i.text not in skip]
    return squash(" ".join(parts))


def placed_pages(pages) -> list[tuple[object, list[Placed]]]:
    """Each page's geometry and placed text, read once (pypdf's reading is the slow part)."""
    return [(geometry_of(page), placed_text(page)) for page in pages]


def column_text(
    pages: list[tuple[object, list[Placed]]], left: float, right: float, skip: frozenset[str] = frozenset()
) -> str:
    """The text of one table column (lines starting between ``left`` and ``right``) over all
    ``pages`` (from :func:`placed_pages`), in order: a cell split by a page break or flowing
    down a merge reads whole."""
    parts = []
    for geometry, items in pages:
        parts += [
            i.text for i in items if left < i.x < right and i.y <= geometry.y_top and i.text not in skip
        ]
    return squash(" ".join(parts))


def page_size(page) -> tuple[float, float]:
    box = page.mediabox
    return float(box.width), float(box.height)


def is_portrait(page) -> bool:
    width, height = page_size(page)
    return abs(width - 595.3) <= 1 and abs(height - 841.9) <= 1


def is_landscape(page) -> bool:
    width, height = page_size(page)
    return abs(width - 841.9) <= 1 and abs(height - 595.3) <= 1


def geometry_of(page):
    return LANDSCAPE if is_landscape(page) else PORTRAIT


def fonts_of(pdf: PdfReader) -> dict[str, bool]:
    """Every font a page uses → whether its TrueType program is embedded (FontFile2)."""
    out: dict[str, bool] = {}
    for page in pdf.pages:
        fonts = page["/Resources"].get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            out[str(font.get("/BaseFont"))] = embedded
    return out


def page_number_at_top(page) -> str | None:
    """The text centred in the top margin, if any (our page numbers)."""
    geometry = geometry_of(page)
    for item in placed_text(page):
        if item.y > geometry.y_top and abs(item.x - geometry.width / 2) < 20:
            return item.text.strip()
    return None


# --- the reader checked on a hand-made PDF -----------------------------------------------------


def _hand_made() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    from cchc_desktop.exporters.pdf.fonts import REGULAR, face

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PORTRAIT.width, PORTRAIT.height))
    canvas.setFont(face(REGULAR).name, 12)
    canvas.drawString(100, 700, "Cải cách hành chính")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_reader_finds_text_where_it_was_drawn():
    pdf = reader(_hand_made())
    items = placed_text(pdf.pages[0])
    assert [(i.text, round(i.x), round(i.y), round(i.size)) for i in items] == [
        ("Cải cách hành chính", 100, 700, 12)
    ]
    assert items[0].font == "LiberationSerif"
    assert is_portrait(pdf.pages[0]) and not is_landscape(pdf.pages[0])
    # reportlab's plain canvas declares Helvetica, not embedded: the check must see it.
    assert fonts_of(pdf) == {"/AAAAAA+LiberationSerif": True, "/Helvetica": False}
    assert page_number_at_top(pdf.pages[0]) is None

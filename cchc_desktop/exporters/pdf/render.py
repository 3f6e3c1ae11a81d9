"""A :class:`~.blocks.Document` on A4 pages, as PDF bytes.

``render_pdf(document, progress=..., cancelled=...)`` calls ``progress(done, total)`` now and
then (the units are blocks and table rows) and stops with ``CancelledError("cancelled")`` as
soon as ``cancelled()`` says so. ``write_pdf`` puts the file in place whole or not at all.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from ...errors import CancelledError
from ...fileio import write_bytes_atomic
from ...text import nfc
from .blocks import (
    BarChart,
    Block,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
    Title,
)
from .chart import draw_bar_chart
from .deflate import page_deflater
from .fonts import REGULAR, check_files, face
from .letterhead import draw_letterhead, draw_title
from .pages import GEOMETRIES, PageFlow
from .paragraphs import draw_heading, draw_paragraph
from .signature import draw_signature
from .tables import draw_table

AUTHOR = "CCHC Desktop"
LANGUAGE = "vi"
# How often (in rows) the caller hears of progress and is asked whether to stop.
REPORT_EVERY = 100

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class _Ticker:
    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total, self.done, self._next = total, 0, REPORT_EVERY
        self._progress, self._cancelled = progress, cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise CancelledError("cancelled")
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)

    def tick(self, count: int = 1) -> None:
        self.done += count
        if self.done >= self._next:
            self._next = self.done + REPORT_EVERY
            self.check()


def _work_units(document: Document) -> int:
    units = int(document.letterhead is not None) + int(document.title is not None)
    return units + sum(len(b.rows) if isinstance(b, Table) else 1 for b in document.blocks)


def render_pdf(
    document: Document, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> bytes:
    ticker = _Ticker(_work_units(document), progress, cancelled)
    ticker.check()
    check_files()  # a missing font fails before anything is drawn; each face loads on first use
    buffer = io.BytesIO()
    geometry = GEOMETRIES[document.orientation]
    with _binary_streams(), page_deflater() as deflater:
        canvas = Canvas(
            buffer,
            pagesize=(geometry.width, geometry.height),
            initialFontName=face(REGULAR).name,
            lang=LANGUAGE,
            pageCompression=1,
        )
        canvas.setTitle(_metadata_title(document))
        canvas.setAuthor(AUTHOR)
        canvas.setCreator(AUTHOR)
        canvas.setSubject(nfc(document.subject) or _metadata_title(document))
        flow = PageFlow(canvas, document.orientation, deflater.submit)
        if document.letterhead is not None:
            draw_letterhead(flow, document.letterhead)
            ticker.tick()
        if document.title is not None:
            draw_title(flow, document.title)
            ticker.tick()
        for block in document.blocks:
            _draw_block(flow, block, ticker)
        flow.finish()
        ticker.check()
        canvas.save()
    ticker.done = ticker.total
    if progress is not None:
        progress(ticker.total, ticker.total)
    return buffer.getvalue()


def write_pdf(
    document: Document,
    path: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Render, then write atomically: a cancelled or failed export leaves ``path`` untouched."""
    write_bytes_atomic(path, render_pdf(document, progress=progress, cancelled=cancelled))


def _draw_block(flow: PageFlow, block: Block, ticker: _Ticker) -> None:
    if isinstance(block, Table):
        draw_table(flow, block, ticker.tick)
        return
    if isinstance(block, Paragraph):
        draw_paragraph(flow, block)
    elif isinstance(block, Heading):
        draw_heading(flow, block)
    elif isinstance(block, Title):
        draw_title(flow, block)
    elif isinstance(block, SignatureBlock):
        draw_signature(flow, block)
    elif isinstance(block, BarChart):
        draw_bar_chart(flow, block)
    elif isinstance(block, PageBreak):
        flow.new_page(block.orientation)
    else:
        raise TypeError(f"unknown block {type(block).__name__}")
    ticker.tick()


def _metadata_title(document: Document) -> str:
    if document.title_text:
        return nfc(document.title_text)
    if document.title is not None:
        parts = [*document.title.lines, document.title.subtitle]
        return nfc(" ".join(p.strip() for p in parts if p.strip()))
    return ""


_a85_lock = threading.Lock()
_a85_users = 0
_a85_saved = rl_config.useA85


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Page and font streams as plain deflate, not ASCII85 on top: reportlab's pure-Python
    ASCII85 encoder (its C accelerator is not installed) took 1.1 s for 150 pages. The setting
    is global to reportlab, so it is held while any render runs and restored after the last."""
    global _a85_users, _a85_saved
    with _a85_lock:
        if _a85_users == 0:
            _a85_saved = rl_config.useA85
            rl_config.useA85 = 0
        _a85_users += 1
    try:
        yield
    finally:
        with _a85_lock:
            _a85_users -= 1
            if _a85_users == 0:
                rl_config.useA85 = _a85_saved

"""Printing and print preview of exactly what a PDF shows.

PySide6-Essentials has no QtPdf: each page is rendered to an image by pdfium (pypdfium2) and
painted onto the QPrinter page, in the page's own size and orientation (a plan's portrait pages
and its annex's landscape pages in one print job). The preview renders at screen resolution,
the printer at up to 300 dpi; pages are rendered one at a time, so memory stays flat.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter, QTransform
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

PREVIEW_DPI = 110
PRINT_DPI = 300
A4_POINTS = (595.28, 841.89)


class PdfPages:
    """A PDF held by pdfium, painted page by page onto a printer (or the preview)."""

    def __init__(self, data: bytes):
        import pypdfium2 as pdfium

        self._data = data  # pdfium reads from this buffer for as long as the document is open
        self._pdf = pdfium.PdfDocument(data)
        self._count = len(self._pdf)
        self.closed = False

    def __len__(self) -> int:
        return self._count

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._pdf.close()

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height in points, as the page is shown (its rotation applied)."""
        page = self._pdf[index]
        width, height = page.get_size()
        if page.get_rotation() in (90, 270):
            width, height = height, width
        return width, height

    def image(self, index: int, dpi: float) -> QImage:
        page = self._pdf[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True, may_draw_forms=False)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format_RGB888)
        return image.copy()  # the bitmap's buffer goes with the bitmap

    def is_landscape(self, index: int) -> bool:
        width, height = self.page_size(index)
        return width > height

    def layout(self, indexes: range) -> QPageLayout:
        """One layout for the whole job: Qt cannot turn the paper between pages on a printer
        or in the preview, so a job that mixes orientations is portrait, its landscape pages
        turned a quarter (their top edge on the binding side, as offices bind an annex)."""
        landscape = all(self.is_landscape(i) for i in indexes)
        width, height = self.page_size(indexes[0]) if len(indexes) else A4_POINTS
        short, long_ = sorted((width, height))
        if abs(short - A4_POINTS[0]) < 2 and abs(long_ - A4_POINTS[1]) < 2:
            size = QPageSize(QPageSize.A4)
        else:
            size = QPageSize(QSizeF(short, long_), QPageSize.Point)
        orientation = QPageLayout.Landscape if landscape else QPageLayout.Portrait
        return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))

    def paint(self, printer: QPrinter) -> int:
        """Every page (or the range chosen in the print dialog) onto ``printer``; returns how
        many were painted."""
        if self.closed:
            return 0
        engine = printer.paintEngine()
        preview = engine is not None and engine.type() == QPaintEngine.Picture
        dpi = PREVIEW_DPI if preview else min(printer.resolution(), PRINT_DPI)
        first, last = 0, len(self) - 1
        if printer.printRange() == QPrinter.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, min(printer.toPage() - 1, last)
        indexes = range(first, last + 1)
        if not len(indexes):
            return 0
        printer.setFullPage(True)  # the PDF carries its own margins
        layout = self.layout(indexes)
        printer.setPageLayout(layout)
        job_landscape = layout.orientation() == QPageLayout.Landscape
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        painted = 0
        try:
            painter.setRenderHint(QPainter.SmoothPixmapTransform, True)
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            for index in indexes:
                if painted and not printer.newPage():
                    break
                image = self.image(index, dpi)
                if self.is_landscape(index) != job_landscape:
                    image = image.transformed(QTransform().rotate(-90))
                painter.drawImage(target, image)
                painted += 1
        finally:
            painter.end()
        return painted


def _set_up(printer: QPrinter, title: str) -> QPrinter:
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.A4))
    return printer


def preview_pdf(parent: QWidget, data: bytes, title: str) -> QPrintPreviewDialog:
    """The print preview dialog of ``data``; printing from it prints the same pages."""
    pages = PdfPages(data)
    # The dialog makes and owns its printer (a printer handed in would have to outlive it).
    dialog = QPrintPreviewDialog(parent)
    _set_up(dialog.printer(), title)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.resize(_dialog_size(parent))

    def paint(printer: QPrinter) -> None:
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            pages.paint(printer)
        finally:
            QGuiApplication.restoreOverrideCursor()

    dialog.paintRequested.connect(paint)
    dialog.destroyed.connect(lambda *_: pages.close())
    return dialog


def print_pdf(parent: QWidget, data: bytes, title: str) -> int:
    """The system's print dialog, then the pages to the printer chosen; returns pages printed."""
    pages = PdfPages(data)
    try:
        printer = _set_up(QPrinter(QPrinter.HighResolution), title)
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, len(pages))
        if dialog.exec() != QPrintDialog.Accepted:
            return 0
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            return pages.paint(printer)
        finally:
            QGuiApplication.restoreOverrideCursor()
    finally:
        pages.close()


def _dialog_size(parent: QWidget):
    screen = parent.screen().availableGeometry() if parent.screen() else None
    if screen is None:
        return QSizeF(900, 700).toSize()
    return QSizeF(min(1100, screen.width() * 0.9), screen.height() * 0.9).toSize()

"""Small icons drawn with QPainter (no image files, crisp at any scale): flags beside due times
the program could not read or that belong to an earlier period, and the status dots of the
register. Drawn once, on first use (a QGuiApplication must exist by then)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

STATUS_COLORS = {
    "not_started": "#8a8f98",
    "in_progress": "#1f6fb2",
    "done": "#2e7d32",
    "cancelled": "#b0b4ba",
    "overdue": "#c62828",
    "done_late": "#d17f00",
}
_SIZE = 16


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(_SIZE * 2, _SIZE * 2)  # drawn at twice the size: sharp on scaled screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    return pixmap, painter


def _mark(painter: QPainter, text: str, color: str = "#ffffff") -> None:
    font = QFont()
    font.setBold(True)
    font.setPixelSize(11)
    painter.setFont(font)
    painter.setPen(QColor(color))
    painter.drawText(QRectF(0, 0, _SIZE, _SIZE), Qt.AlignCenter, text)


@cache
def flag_icon(kind: str) -> QIcon:
    """ "unknown": a due time naming no date (orange "?"); "earlier": a due time that ended
    before the plan's period began (red "!" in a triangle)."""
    pixmap, painter = _canvas()
    if kind == "earlier":
        path = QPainterPath()
        path.moveTo(_SIZE / 2, 1.5)
        path.lineTo(_SIZE - 1, _SIZE - 1.5)
        path.lineTo(1, _SIZE - 1.5)
        path.closeSubpath()
        painter.fillPath(path, QColor("#c62828"))
        _mark(painter, "!")
    else:
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor("#e08600"))
        painter.drawEllipse(QRectF(1.5, 1.5, _SIZE - 3, _SIZE - 3))
        _mark(painter, "?")
    painter.end()
    return QIcon(pixmap)


@cache
def status_icon(status: str) -> QIcon:
    """A dot in the status's colour (done: a tick in it)."""
    pixmap, painter = _canvas()
    color = QColor(STATUS_COLORS.get(status, "#8a8f98"))
    painter.setPen(Qt.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(3, 3, _SIZE - 6, _SIZE - 6))
    if status in ("done", "done_late"):
        pen = QPen(QColor("#ffffff"), 1.6)
        painter.setPen(pen)
        painter.drawPolyline([QPointF(5.6, 8.2), QPointF(7.3, 10), QPointF(10.6, 6.2)])
    painter.end()
    return QIcon(pixmap)

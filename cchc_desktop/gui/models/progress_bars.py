"""A bar per reform area, drawn with QPainter in the dashboard's table: done (green), in progress
(blue), not started (grey), not carried out (pale, hatched), each as wide as its share of the
rows; a red band under the bar marks the overdue share of the rows not yet done."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.register import Tally
from .dashboard_models import BAR_ROLE
from .flag_icons import STATUS_COLORS

SEGMENTS = (
    ("done", QColor(STATUS_COLORS["done"])),
    ("in_progress", QColor(STATUS_COLORS["in_progress"])),
    ("not_started", QColor("#c3c7cd")),
    ("cancelled", QColor("#e4e6e9")),
)
_OVERDUE = QColor(STATUS_COLORS["overdue"])


class ProgressBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        tally = index.data(BAR_ROLE)
        if not isinstance(tally, Tally):
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.setRenderHint(QPainter.Antialiasing)
        area = QRectF(option.rect).adjusted(6, 6, -6, -9)
        painter.setPen(QPen(QColor("#9aa0a8"), 1))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRect(area)
        if tally.rows:
            x = area.left()
            unit = area.width() / tally.rows
            for field, color in SEGMENTS:
                width = getattr(tally, field) * unit
                if width <= 0:
                    continue
                segment = QRectF(x, area.top(), width, area.height())
                painter.fillRect(segment, color)
                if field == "cancelled":
                    painter.fillRect(segment, QBrush(QColor("#b0b4ba"), Qt.BDiagPattern))
                x += width
            if tally.overdue:
                start = area.left() + tally.done * unit
                band = QRectF(start, area.bottom() + 2, tally.overdue * unit, 3)
                painter.fillRect(band, _OVERDUE)
        painter.restore()


def legend_html() -> str:
    """The colours' meanings, for a label under the table."""
    names = {
        "done": QCoreApplication.translate("Dashboard", "hoàn thành"),
        "in_progress": QCoreApplication.translate("Dashboard", "đang thực hiện"),
        "not_started": QCoreApplication.translate("Dashboard", "chưa thực hiện"),
        "cancelled": QCoreApplication.translate("Dashboard", "không thực hiện"),
    }
    parts = [
        f"<span style='background:{color.name()}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{names[field]}"
        for field, color in SEGMENTS
    ]
    parts.append(
        f"<span style='color:{_OVERDUE.name()}'><b>▁▁</b></span>&nbsp;"
        + QCoreApplication.translate("Dashboard", "phần quá hạn")
    )
    return "&nbsp;&nbsp;&nbsp;".join(parts)

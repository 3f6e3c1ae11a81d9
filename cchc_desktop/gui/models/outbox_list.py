"""The outbox as a table: one prepared upload package per line, waiting ones first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ...i18n import date_text, fmt
from ...services.packages import OutboxEntry
from .list_table import ListTableModel


def when_text(iso: str | None) -> str:
    """ "02/12/2026 14:05" from an ISO date-time ("" for none)."""
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{date_text(moment.date())} {moment:%H:%M}"


def size_text(size: int) -> str:
    if size >= 1_048_576:
        return f"{size / 1_048_576:.1f} MB".replace(".", ",")
    return f"{max(size // 1024, 1):,} KB".replace(",", ".")


class OutboxModel(ListTableModel[OutboxEntry]):
    COLUMN_TITLES = (
        QT_TRANSLATE_NOOP("Columns", "Trạng thái"),
        QT_TRANSLATE_NOOP("Columns", "Tạo lúc"),
        QT_TRANSLATE_NOOP("Columns", "Tệp"),
        QT_TRANSLATE_NOOP("Columns", "Dung lượng"),
        QT_TRANSLATE_NOOP("Columns", "Nội dung"),
        QT_TRANSLATE_NOOP("Columns", "Ghi chú"),
    )

    def item_data(self, entry: OutboxEntry, column: int, role: int):
        if role == Qt.DisplayRole:
            return (
                self._state(entry),
                when_text(entry.created_at),
                entry.file_name,
                size_text(entry.size),
                entry.title,
                entry.note,
            )[column]
        if role == Qt.ToolTipRole:
            return entry.path
        if role == Qt.ForegroundRole:
            if column == 2 and not Path(entry.path).is_file():
                return QColor("#b00020")
            if column == 0 and not entry.sent:
                return QColor("#8a4b00")
        if role == Qt.FontRole and column == 0 and not entry.sent:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _state(entry: OutboxEntry) -> str:
        if entry.sent:
            return fmt(
                QCoreApplication.translate("OutboxModel", "Đã gửi {when}"), when=when_text(entry.sent_at)
            )
        return QCoreApplication.translate("OutboxModel", "Chưa gửi")

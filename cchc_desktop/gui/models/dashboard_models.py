"""The dashboard's tables: figures per reform area (rows, done, in progress, overdue, not started,
cancelled, completion %, and a bar the delegate draws) with the plan's total last, and the lists
of overdue rows and rows falling due soon."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.register import Dashboard, RegisterRow, Tally
from ...i18n import date_text, fmt, number, percent_text
from . import roles
from .register_table import task_text

AREA_COLUMNS = (
    ("area", QT_TRANSLATE_NOOP("Columns", "Lĩnh vực"), 300),
    ("rows", QT_TRANSLATE_NOOP("Columns", "Số dòng"), 62),
    ("done", QT_TRANSLATE_NOOP("Columns", "Hoàn thành"), 80),
    ("in_progress", QT_TRANSLATE_NOOP("Columns", "Đang thực hiện"), 100),
    ("overdue", QT_TRANSLATE_NOOP("Columns", "Quá hạn"), 66),
    ("not_started", QT_TRANSLATE_NOOP("Columns", "Chưa thực hiện"), 100),
    ("cancelled", QT_TRANSLATE_NOOP("Columns", "Không thực hiện"), 106),
    ("completion", QT_TRANSLATE_NOOP("Columns", "Tỷ lệ hoàn thành"), 110),
    ("bar", QT_TRANSLATE_NOOP("Columns", "Tiến độ"), 220),
)
AREA_KEYS = tuple(key for key, _t, _w in AREA_COLUMNS)
BAR_ROLE = roles.USER + 1
_RED = QBrush(QColor("#c62828"))
_TOTAL_BACKGROUND = QBrush(QColor("#eef1f5"))


class AreaFiguresModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[tuple[str, Tally]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_dashboard(self, dashboard: Dashboard | None) -> None:
        self.beginResetModel()
        self._lines = []
        if dashboard is not None:
            for figures in dashboard.sections:
                section = figures.section
                label = f"{section.code}. {section.title}" if section.code else section.title
                self._lines.append((label, figures.tally))
            self._lines.append((QCoreApplication.translate("Dashboard", "Toàn kế hoạch"), dashboard.total))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(AREA_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == roles.DISPLAY
            and 0 <= section < len(AREA_COLUMNS)
        ):
            return QCoreApplication.translate("Columns", AREA_COLUMNS[section][1])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return roles.SELECTABLE if index.isValid() else roles.NO_FLAGS

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        label, tally = self._lines[index.row()]
        key = AREA_KEYS[index.column()]
        total = index.row() == len(self._lines) - 1
        if role == roles.DISPLAY:
            if key == "area":
                return label
            if key == "completion":
                return percent_text(tally.completion) if tally.completion is not None else "—"
            if key == "bar":
                return ""
            value = getattr(tally, key)
            return number(value) if value or key == "rows" else "–"
        if role == BAR_ROLE:
            return tally
        if role == roles.TOOLTIP and key in ("area", "bar"):
            return fmt(
                QCoreApplication.translate(
                    "Dashboard",
                    "{label}\n{rows} dòng: {done} hoàn thành ({late} trễ hạn), {in_progress} đang thực hiện, "
                    "{not_started} chưa thực hiện, {cancelled} không thực hiện; {overdue} quá hạn; "
                    "{unknown} chưa rõ thời hạn",
                ),
                label=label,
                rows=tally.rows,
                done=tally.done,
                late=tally.done_late,
                in_progress=tally.in_progress,
                not_started=tally.not_started,
                cancelled=tally.cancelled,
                overdue=tally.overdue,
                unknown=tally.unknown_due,
            )
        if role == roles.ALIGNMENT:
            return roles.LEFT if key == "area" else roles.CENTER
        if role == roles.FOREGROUND and key == "overdue" and tally.overdue:
            return _RED
        if role == roles.FONT and (total or (key == "overdue" and tally.overdue)):
            return self._bold
        if role == roles.BACKGROUND and total:
            return _TOTAL_BACKGROUND
        return None


DUE_COLUMNS = (
    ("place", QT_TRANSLATE_NOOP("Columns", "TT"), 54),
    ("task", QT_TRANSLATE_NOOP("Columns", "Nhiệm vụ / hoạt động"), 250),
    ("lead", QT_TRANSLATE_NOOP("Columns", "Chủ trì"), 110),
    ("due", QT_TRANSLATE_NOOP("Columns", "Hạn"), 80),
    ("days", QT_TRANSLATE_NOOP("Columns", "Ngày"), 60),
)


class DueListModel(QAbstractTableModel):
    """Overdue rows (``days`` past the due end) or rows due soon (``days`` left)."""

    def __init__(self, overdue: bool, parent=None):
        super().__init__(parent)
        self.overdue = overdue
        self.rows: list[RegisterRow] = []
        self.as_of = dt.date.today()

    def set_rows(self, rows: Sequence[RegisterRow], as_of: dt.date) -> None:
        self.beginResetModel()
        self.rows, self.as_of = list(rows), as_of
        self.endResetModel()

    def row_at(self, line: int) -> RegisterRow | None:
        return self.rows[line] if 0 <= line < len(self.rows) else None

    def _date(self, row: RegisterRow) -> dt.date | None:
        return row.due.end if self.overdue else row.next_due(self.as_of)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(DUE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if (
            orientation != Qt.Orientation.Horizontal
            or role != roles.DISPLAY
            or not 0 <= section < len(DUE_COLUMNS)
        ):
            return None
        if DUE_COLUMNS[section][0] == "days":
            if self.overdue:
                return QCoreApplication.translate("Columns", "Trễ")
            return QCoreApplication.translate("Columns", "Còn")
        return QCoreApplication.translate("Columns", DUE_COLUMNS[section][1])

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return roles.SELECTABLE if index.isValid() else roles.NO_FLAGS

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = DUE_COLUMNS[index.column()][0]
        if role == roles.DISPLAY:
            if key == "place":
                return f"{row.section_code}.{row.item_number}" if row.item_number else row.section_code
            if key == "task":
                return task_text(row).split("\n", 1)[0]
            if key == "lead":
                return "; ".join(row.lead)
            date = self._date(row)
            if key == "due":
                return date_text(date)
            if date is None:
                return ""
            days = (self.as_of - date).days if self.overdue else (date - self.as_of).days
            return fmt(QCoreApplication.translate("Dashboard", "{days} ngày"), days=days)
        if role == roles.TOOLTIP:
            return fmt(
                QCoreApplication.translate(
                    "Dashboard", "{task}\nThời gian: {text} → {label}\nNhấp đúp để mở dòng này."
                ),
                task=task_text(row),
                text=row.due_text,
                label=row.due.label(),
            )
        if role == roles.FOREGROUND and self.overdue and key in ("due", "days"):
            return _RED
        if role == roles.ALIGNMENT:
            return roles.CENTER if key in ("place", "due", "days") else roles.LEFT
        return None

"""The register of a plan as a flat table: one line per annex row, the rows a filter lets through
(indexes into the RegisterView, in annex order). Rows have a fixed height (two lines; the full
text is in the tooltip and the panel beside): a 10,000-row register is never laid out as a whole.

After an edit the page hands over the view's refreshed indexes and only those lines repaint; a
line that no longer matches the filter stays until the filter is applied again (rows do not
vanish under the user's hands while they record progress)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain import status_label
from ...domain.register import RegisterRow
from ...domain.register_view import RegisterView
from ...i18n import date_text, fmt
from . import roles
from .annex_nodes import before_period
from .flag_icons import STATUS_COLORS, flag_icon, status_icon

COLUMNS = (
    ("section", QT_TRANSLATE_NOOP("Columns", "LV"), 38),
    ("number", QT_TRANSLATE_NOOP("Columns", "TT"), 40),
    ("task", QT_TRANSLATE_NOOP("Columns", "Nhiệm vụ / hoạt động"), 290),
    ("result", QT_TRANSLATE_NOOP("Columns", "Kết quả/Sản phẩm"), 160),
    ("lead", QT_TRANSLATE_NOOP("Columns", "Chủ trì"), 104),
    ("partners", QT_TRANSLATE_NOOP("Columns", "Phối hợp"), 120),
    ("due_text", QT_TRANSLATE_NOOP("Columns", "Thời gian"), 100),
    ("due", QT_TRANSLATE_NOOP("Columns", "Hạn (đọc được)"), 132),
    ("status", QT_TRANSLATE_NOOP("Columns", "Trạng thái"), 124),
    ("done_on", QT_TRANSLATE_NOOP("Columns", "Ngày HT"), 78),
    ("note", QT_TRANSLATE_NOOP("Columns", "Kết quả thực hiện"), 200),
    ("evidence", QT_TRANSLATE_NOOP("Columns", "TL"), 32),
)
KEYS = tuple(key for key, _title, _width in COLUMNS)
HIDDEN_AT_FIRST = ("result", "partners", "due_text", "note")
_TIPS = {
    "section": QT_TRANSLATE_NOOP("Columns", "Lĩnh vực"),
    "evidence": QT_TRANSLATE_NOOP("Columns", "Số tài liệu kiểm chứng"),
    "done_on": QT_TRANSLATE_NOOP("Columns", "Ngày hoàn thành"),
}
_CENTERED = frozenset({"section", "number", "evidence", "done_on"})
_ANSWERED = frozenset({roles.DISPLAY, roles.DECORATION, roles.FOREGROUND, roles.ALIGNMENT, roles.TOOLTIP})
_RED = QBrush(QColor(STATUS_COLORS["overdue"]))
_LATE = QBrush(QColor(STATUS_COLORS["done_late"]))
_DONE = QBrush(QColor(STATUS_COLORS["done"]))
_GREY = QBrush(QColor("#6b7078"))


def task_text(row: RegisterRow) -> str:
    """What names the line: its task, or for a further row of an item its activity."""
    if row.task and row.activity and row.row_index == 0:
        return f"{row.task}\n– {row.activity}"
    return row.task or row.activity or row.result or row.objective


def status_text(row: RegisterRow, as_of: dt.date) -> str:
    if row.done_late:
        return status_label("done_late")
    text = status_label(row.status)
    if row.is_overdue(as_of):
        return fmt(QCoreApplication.translate("Register", "{status} – quá hạn"), status=text)
    return text


class RegisterTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.view: RegisterView | None = None
        self._shown: list[int] = []
        self._line_of: dict[int, int] = {}  # view index → line
        self.as_of = dt.date.today()

    # --- content -------------------------------------------------------------------------

    def show(self, view: RegisterView | None, indexes: list[int], as_of: dt.date) -> None:
        """The lines a filter let through (indexes into ``view.rows``)."""
        self.beginResetModel()
        self.view = view
        self._shown = indexes if view is not None else []
        self._line_of = {}
        self.as_of = as_of
        self._period_start = view.plan.period.start_date() if view is not None else None
        self.endResetModel()

    def rows_changed(self, indexes: tuple[int, ...] | list[int]) -> None:
        """The view replaced these rows (same places): repaint their lines."""
        if not self._line_of and self._shown:
            self._line_of = {index: line for line, index in enumerate(self._shown)}
        for index in indexes:
            line = self._line_of.get(index)
            if line is not None:
                self.dataChanged.emit(self.index(line, 0), self.index(line, len(COLUMNS) - 1))

    def row_at(self, line: int) -> RegisterRow | None:
        if self.view is None or not 0 <= line < len(self._shown):
            return None
        index = self._shown[line]
        # The shared view may have changed shape before this page refilters (another page
        # refreshed it first): a line past its end shows nothing until then.
        return self.view.rows[index] if index < len(self.view.rows) else None

    def line_of(self, row_uuid: str) -> int | None:
        if self.view is None:
            return None
        index = self.view.index_of(row_uuid)
        if index is None:
            return None
        if not self._line_of and self._shown:
            self._line_of = {i: line for line, i in enumerate(self._shown)}
        return self._line_of.get(index)

    @property
    def shown(self) -> int:
        return len(self._shown)

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == roles.DISPLAY:
            return QCoreApplication.translate("Columns", COLUMNS[section][1])
        if role == roles.TOOLTIP and KEYS[section] in _TIPS:
            return QCoreApplication.translate("Columns", _TIPS[KEYS[section]])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return roles.SELECTABLE if index.isValid() else roles.NO_FLAGS

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        # The view asks for seven roles per cell on every paint (each keystroke in the search
        # box repaints the table): the roles never answered return first, and row_at is inlined.
        view = self.view
        if role not in _ANSWERED or view is None:
            return None
        line, shown = index.row(), self._shown
        if not 0 <= line < len(shown) or shown[line] >= len(view.rows):
            return None
        row = view.rows[shown[line]]
        key = KEYS[index.column()]
        if role == roles.DISPLAY:
            return self._text(row, key)
        if role == roles.DECORATION:
            if key == "status":
                return status_icon(self._status_key(row))
            if key == "due":
                return self._due_flag(row)
            return None
        if role == roles.FOREGROUND:
            return self._color(row, key)
        if role == roles.ALIGNMENT:
            return roles.CENTER if key in _CENTERED else roles.LEFT
        if role == roles.TOOLTIP:
            return self._tooltip(row, key)
        return None

    def _status_key(self, row: RegisterRow) -> str:
        if row.done_late:
            return "done_late"
        if row.is_overdue(self.as_of):
            return "overdue"
        return row.status

    def _due_flag(self, row: RegisterRow):
        if row.due.kind == "unknown":
            return flag_icon("unknown")
        if before_period(row.due, self._period_start):
            return flag_icon("earlier")
        return None

    def _text(self, row: RegisterRow, key: str) -> str:
        if key == "section":
            return row.section_code
        if key == "number":
            return row.item_number
        if key == "task":
            return task_text(row)
        if key in ("lead", "partners"):
            return "; ".join(getattr(row, key))
        if key == "due":
            return row.due.label()
        if key == "status":
            return status_text(row, self.as_of)
        if key == "done_on":
            return date_text(row.done_on)
        if key == "evidence":
            return str(row.evidence) if row.evidence else ""
        return str(getattr(row, key))

    def _color(self, row: RegisterRow, key: str):
        if key == "status":
            if row.done_late:
                return _LATE
            if row.is_overdue(self.as_of):
                return _RED
            if row.status == "done":
                return _DONE
            if row.status == "cancelled":
                return _GREY
        if key == "due" and row.is_overdue(self.as_of):
            return _RED
        return None

    def _tooltip(self, row: RegisterRow, key: str) -> str | None:
        if key == "task":
            parts = [p for p in (row.objective, row.task, row.activity, row.result) if p]
            return "\n".join(parts) or None
        if key == "due":
            return fmt(
                QCoreApplication.translate("Register", "«{text}» → {label}"),
                text=row.due_text,
                label=row.due.label(),
            )
        if key == "status" and row.status == "cancelled" and row.reason:
            return row.reason
        text = self._text(row, key)
        return text or None

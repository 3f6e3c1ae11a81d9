"""A plan's targets (chỉ tiêu) grouped by reform area: the area's line, then its targets with
their text, comparator, target value and unit, the value reached and whether it is met.
Editing goes through ``editor(target_uuid, field, value) -> bool`` (the page records the edit)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.targets import comparator_symbol, parse_figure
from ...i18n import decimal_text, fmt
from ...services.targets import PlanTarget, TargetGroup

COLUMNS = (
    ("text", QT_TRANSLATE_NOOP("Columns", "Chỉ tiêu")),
    ("comparator", QT_TRANSLATE_NOOP("Columns", "So sánh")),
    ("target", QT_TRANSLATE_NOOP("Columns", "Mục tiêu")),
    ("unit", QT_TRANSLATE_NOOP("Columns", "Đơn vị tính")),
    ("reached", QT_TRANSLATE_NOOP("Columns", "Đạt được")),
    ("met", QT_TRANSLATE_NOOP("Columns", "Kết quả")),
    ("area", QT_TRANSLATE_NOOP("Columns", "Lĩnh vực")),
    ("note", QT_TRANSLATE_NOOP("Columns", "Ghi chú")),
)
KEYS = tuple(key for key, _title in COLUMNS)
COLUMN_WIDTHS = (430, 62, 72, 80, 72, 80, 64, 160)
_GROUP_BACKGROUND = QColor("#e8eef7")
_MET = {True: QColor("#2e7d32"), False: QColor("#c62828")}
_BASE = Qt.ItemIsEnabled | Qt.ItemIsSelectable
_EDITABLE = _BASE | Qt.ItemIsEditable

Editor = Callable[[str, str, Any], bool]


def figure_text(value: str | None) -> str:
    figure = parse_figure(value)
    return decimal_text(figure) if figure is not None else ""


def met_text(met: bool | None) -> str:
    if met is None:
        return "—"
    if met:
        return QCoreApplication.translate("Targets", "Đạt")
    return QCoreApplication.translate("Targets", "Chưa đạt")


class TargetTreeModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: list[TargetGroup] = []
        self.editor: Editor | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_groups(self, groups: Sequence[TargetGroup]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.endResetModel()

    # --- looking up ------------------------------------------------------------------------

    def target_at(self, index: QModelIndex) -> PlanTarget | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self.groups[index.internalId() - 1]
        return group.targets[index.row()] if index.row() < len(group.targets) else None

    def group_at(self, index: QModelIndex) -> TargetGroup | None:
        if not index.isValid():
            return None
        number = index.internalId() or index.row() + 1
        return self.groups[number - 1] if number - 1 < len(self.groups) else None

    def index_of(self, target_uuid: str, column: int = 0) -> QModelIndex:
        for number, group in enumerate(self.groups):
            for row, target in enumerate(group.targets):
                if target.uuid == target_uuid:
                    return self.createIndex(row, column, number + 1)
        return QModelIndex()

    # --- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not 0 <= column < len(COLUMNS):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if 0 <= row < len(self.groups) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        group = self.groups[parent.row()]
        return (
            self.createIndex(row, column, parent.row() + 1)
            if 0 <= row < len(group.targets)
            else QModelIndex()
        )

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].targets)
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("Columns", COLUMNS[section][1])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        if index.internalId() == 0 or self.editor is None or KEYS[index.column()] == "met":
            return _BASE
        return _EDITABLE

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        key = KEYS[index.column()]
        target = self.target_at(index)
        if target is None:
            return self._group_data(index, role)
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self._text(target, key) if role == Qt.DisplayRole or key in ("text", "note") else None
        if role == Qt.EditRole:
            value = getattr(target, key, None)
            return figure_text(value) if key in ("target", "reached") else value
        if role == Qt.ForegroundRole and key == "met" and target.met is not None:
            return QBrush(_MET[target.met])
        if role == Qt.FontRole and key == "met" and target.met is not None:
            return self._bold
        if role == Qt.TextAlignmentRole and key in ("comparator", "target", "reached", "met", "area"):
            return int(Qt.AlignCenter)
        return None

    def _group_data(self, index: QModelIndex, role: int):
        group = self.groups[index.row()]
        if role == Qt.DisplayRole and index.column() == 0:
            title = f"{group.code}. {group.title}" if group.code else group.title
            return fmt(
                QCoreApplication.translate("Targets", "{title} ({count} chỉ tiêu)"),
                title=title or group.code,
                count=len(group.targets),
            )
        if role == Qt.FontRole:
            return self._bold
        if role == Qt.BackgroundRole:
            return QBrush(_GROUP_BACKGROUND)
        return None

    @staticmethod
    def _text(target: PlanTarget, key: str) -> str:
        if key == "comparator":
            return comparator_symbol(target.comparator) if target.target is not None else ""
        if key in ("target", "reached"):
            return figure_text(getattr(target, key))
        if key == "met":
            return met_text(target.met)
        return str(getattr(target, key) or "")

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.EditRole) -> bool:
        target = self.target_at(index)
        if role != Qt.EditRole or target is None or self.editor is None:
            return False
        key = KEYS[index.column()]
        if value == self.data(index, Qt.EditRole):
            return False
        return self.editor(target.uuid, key, value)

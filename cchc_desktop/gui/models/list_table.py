"""A read-only table over a Python list: one item per line, fixed column titles.

Subclasses give ``COLUMN_TITLES`` (marked with QT_TRANSLATE_NOOP("Columns", …) so the
translator finds them) and ``item_data``; the plan list, the trash, the backup list, the unit
directory and the change log are all this shape.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

Item = TypeVar("Item")
COLUMNS_CONTEXT = "Columns"


class ListTableModel(QAbstractTableModel, Generic[Item]):
    COLUMN_TITLES: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Item] = []

    def set_items(self, items: Sequence[Item]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[Item]:
        return list(self._items)

    def item_at(self, row: int) -> Item | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMN_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        # Never defer to super(): an empty QVariant coming back costs a reference to None on
        # some PySide6 builds (see tests/test_pyside_refcount.py).
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(self.COLUMN_TITLES):
            return QCoreApplication.translate(COLUMNS_CONTEXT, self.COLUMN_TITLES[section])
        if orientation == Qt.Vertical and 0 <= section < len(self._items):
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < len(self.COLUMN_TITLES):
            return None
        return self.item_data(item, index.column(), role)

    def item_data(self, item: Item, column: int, role: int) -> Any:
        raise NotImplementedError

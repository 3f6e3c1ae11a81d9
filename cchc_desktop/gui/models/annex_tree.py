"""The annex as a read-only tree: sections → items (→ sub-items) with their rows.

An item's line shows its first row, as the printed annex does; the item's further rows
and its sub-items hang below it. Columns follow the commune annex.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain import AnnexItem, AnnexRow, AnnexSection, PlanDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("Columns", "TT"),
    QT_TRANSLATE_NOOP("Columns", "Mục tiêu"),
    QT_TRANSLATE_NOOP("Columns", "Nhiệm vụ"),
    QT_TRANSLATE_NOOP("Columns", "Hoạt động"),
    QT_TRANSLATE_NOOP("Columns", "Kết quả/Sản phẩm"),
    QT_TRANSLATE_NOOP("Columns", "Chủ trì"),
    QT_TRANSLATE_NOOP("Columns", "Phối hợp"),
    QT_TRANSLATE_NOOP("Columns", "Thời gian"),
    QT_TRANSLATE_NOOP("Columns", "Kinh phí"),
)
COLUMN_WIDTHS = (56, 180, 190, 180, 160, 115, 115, 100, 90)
_SECTION_BACKGROUND = QColor("#e8eef7")


@dataclass(eq=False)
class _Node:
    kind: str  # "section", "item" or "row"
    parent: _Node | None
    section: AnnexSection | None = None
    item: AnnexItem | None = None
    row: AnnexRow | None = None
    children: list[_Node] = field(default_factory=list)
    index_in_parent: int = 0

    def add(self, child: _Node) -> _Node:
        child.index_in_parent = len(self.children)
        self.children.append(child)
        return child


def _row_cells(row: AnnexRow | None) -> tuple[str, ...]:
    if row is None:
        return ("",) * 7
    return (
        row.task,
        row.activity,
        row.result,
        "\n".join(row.lead),
        "\n".join(row.partners),
        row.due_text,
        row.budget,
    )


class AnnexTreeModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._root = _Node("root", None)
        self._bold = QFont()
        self._bold.setBold(True)

    # --- content -------------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        self.beginResetModel()
        self._root = _Node("root", None)
        for section in doc.sections if doc else []:
            section_node = self._root.add(_Node("section", self._root, section=section))
            for item in section.items:
                self._add_item(section_node, item)
        self.endResetModel()

    def _add_item(self, parent: _Node, item: AnnexItem) -> None:
        node = parent.add(_Node("item", parent, item=item, row=item.rows[0] if item.rows else None))
        for row in item.rows[1:]:
            node.add(_Node("row", node, item=item, row=row))
        for child in item.children:
            self._add_item(node, child)

    def is_section(self, index: QModelIndex) -> bool:
        return index.isValid() and self._node(index).kind == "section"

    # --- QAbstractItemModel --------------------------------------------------------------

    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        parent_node = self._node(parent)
        if not (0 <= row < len(parent_node.children) and 0 <= column < len(COLUMN_TITLES)):
            return QModelIndex()
        return self.createIndex(row, column, parent_node.children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_node = self._node(index).parent
        if parent_node is None or parent_node is self._root:
            return QModelIndex()
        return self.createIndex(parent_node.index_in_parent, 0, parent_node)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(COLUMN_TITLES)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        # Never defer to super(): an empty QVariant coming back costs a reference to None
        # on some PySide6 builds (see tests/test_pyside_refcount.py).
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(COLUMN_TITLES):
            return _tr(COLUMN_TITLES[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        node = self._node(index)
        column = index.column()
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self._text(node, column) or (None if role == Qt.ToolTipRole else "")
        if role == Qt.FontRole and node.kind == "section":
            return self._bold
        if role == Qt.BackgroundRole and node.kind == "section":
            return QBrush(_SECTION_BACKGROUND)
        if role == Qt.TextAlignmentRole:
            if column == 0 and node.kind != "section":
                return int(Qt.AlignHCenter | Qt.AlignTop)
            return int(Qt.AlignLeft | Qt.AlignTop)
        return None

    @staticmethod
    def _text(node: _Node, column: int) -> str:
        if node.kind == "section":
            section = node.section
            return (
                f"{section.code}. {section.title}"
                if column == 0 and section.code
                else (section.title if column == 0 else "")
            )
        if column == 0:
            return node.item.number if node.kind == "item" else ""
        if column == 1:
            return node.item.objective if node.kind == "item" else ""
        return _row_cells(node.row)[column - 2]

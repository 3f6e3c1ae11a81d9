"""Rows as tall as their wrapped text, like the annex printed in Word.

QStyledItemDelegate measures text on one line; this one measures it at the column's width.
Only rows that are laid out are measured, so a long register stays quick.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_VERTICAL_PADDING = 2


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        text = index.data(Qt.DisplayRole)
        base = super().sizeHint(option, index)
        if not text:
            return base
        width = self._view.columnWidth(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= self._view.indentation() * (depth + 1)
            if self._view.isFirstColumnSpanned(index.row(), index.parent()):
                return base
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # Let the style lay the text out in a cell of the real width: the same code paints it,
        # so the height fits exactly (a guessed margin left some cells elided).
        opt.rect = QRect(0, 0, max(width, 30), 1_000_000)
        size = self._view.style().sizeFromContents(QStyle.CT_ItemViewItem, opt, QSize(), self._view)
        return QSize(base.width(), max(base.height(), size.height() + _VERTICAL_PADDING))

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.WrapText
        option.textElideMode = Qt.ElideNone


def configure_annex_tree(tree: QTreeView, model) -> None:
    """The annex look, shared by the main window and the import preview: wrapped rows, fixed
    column widths, section lines spanning the width, everything expanded."""
    from .annex_tree import COLUMN_WIDTHS  # local: the model module imports nothing from here

    tree.setModel(model)
    for column, width in enumerate(COLUMN_WIDTHS):
        tree.setColumnWidth(column, width)
    tree.header().setStretchLastSection(True)
    tree.setIndentation(14)
    tree.setItemDelegate(WrappingDelegate(tree))
    # Row heights depend on column widths: lay the rows out again when a column changes.
    tree.header().sectionResized.connect(lambda *_: tree.scheduleDelayedItemsLayout())

    def after_reset() -> None:
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if model.is_section(index):
                tree.setFirstColumnSpanned(row, index.parent(), True)
        tree.expandAll()

    model.modelReset.connect(after_reset)

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
        # The cell's options made once (each asks the model for a dozen roles): measured on one
        # line as QStyledItemDelegate.sizeHint does, then at the column's width.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self._view
        style = view.style()
        base = style.sizeFromContents(QStyle.CT_ItemViewItem, opt, QSize(), option.widget)
        if not index.data(Qt.DisplayRole):
            return base
        column = index.column()
        width = view.columnWidth(column)
        if column == 0:
            parent = index.parent()
            if view.isFirstColumnSpanned(index.row(), parent):
                return base
            depth = 0
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= view.indentation() * (depth + 1)
        # Let the style lay the text out in a cell of the real width: the same code paints it,
        # so the height fits exactly (a guessed margin left some cells elided).
        opt.rect = QRect(0, 0, max(width, 30), 1_000_000)
        size = style.sizeFromContents(QStyle.CT_ItemViewItem, opt, QSize(), view)
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

"""Rows as tall as their wrapped text, like the annex printed in Word.

QStyledItemDelegate measures text on one line; this one measures it at the column's width.
Only rows that are laid out are measured, so a long register stays quick.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_PADDING = 8          # left + right text margins of the style, roughly
_VERTICAL_PADDING = 6


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
        metrics = opt.fontMetrics
        rect = metrics.boundingRect(QRect(0, 0, max(width - _PADDING, 20), 100_000),
                                    int(Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop), str(text))
        return QSize(base.width(), max(base.height(), rect.height() + _VERTICAL_PADDING))

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.WrapText
        option.textElideMode = Qt.ElideNone

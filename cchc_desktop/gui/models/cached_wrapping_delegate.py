"""Wrapped rows whose measured heights are remembered: the scoring form repaints the lines whose
values changed after every typed score, and the view measures each of them again. Measuring a
cell asks the model for a dozen roles; the text and the column width decide the height, so a
cell already measured with the same text at the same width is not measured twice."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeView

from .wrapping_delegate import WrappingDelegate

_MAX_CACHED = 20_000


class CachedWrappingDelegate(WrappingDelegate):
    def __init__(self, view: QTreeView, node_columns: tuple[int, ...] = (0, 1)):
        super().__init__(view)
        self._sizes: dict[tuple, QSize] = {}
        # Columns whose font or indentation depends on the line (code, text): keyed by line too.
        self._node_columns = node_columns

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        column = index.column()
        key = (
            column,
            index.data(Qt.DisplayRole),
            self._view.columnWidth(column),
            index.internalId() if column in self._node_columns else 0,
        )
        found = self._sizes.get(key)
        if found is None:
            if len(self._sizes) >= _MAX_CACHED:
                self._sizes.clear()
            found = self._sizes[key] = super().sizeHint(option, index)
        return found

    def forget(self) -> None:
        """After the lines were rebuilt (another assessment): their identities are new."""
        self._sizes.clear()

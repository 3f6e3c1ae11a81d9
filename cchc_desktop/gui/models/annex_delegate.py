"""Wrapped annex rows (WrappingDelegate) with the editors of each kind of cell: one line for
numbers, titles, due times and budgets; several lines for the texts; the unit picker for lead
and cooperating units, opened over the cell, larger than it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from .annex_cells import UNIT_FIELDS
from .annex_tree import AnnexTreeModel
from .wrapping_delegate import WrappingDelegate

if TYPE_CHECKING:
    from ..dialogs.unit_picker import Choices

_ONE_LINE = frozenset({"number", "title", "due_text", "budget"})
_PICKER_SIZE = (340, 260)
_TEXT_MIN_HEIGHT = 84
_MAX_SIZES = 20_000  # measured cells remembered (then forgotten all at once)


def _editor_classes():
    """(UnitPicker, CellLineEdit, CellTextEdit), loaded on the first edit: keeps start-up fast."""
    from ..dialogs.unit_picker import UnitPicker
    from .cell_editors import CellLineEdit, CellTextEdit

    return UnitPicker, CellLineEdit, CellTextEdit


class AnnexDelegate(WrappingDelegate):
    def __init__(self, view: QTreeView, unit_choices: Choices):
        super().__init__(view)
        self._unit_choices = unit_choices
        self._sizes: dict[tuple, QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """Measured once per text, kind of line, depth and width (AnnexTreeModel.size_key): the
        tree measures the lines on screen again after every reset or reshape (a plan shown
        again, a row added), a dozen roles asked of the model and the text laid out per cell."""
        model = index.model()
        if not isinstance(model, AnnexTreeModel):
            return super().sizeHint(option, index)
        column = index.column()
        key = (self._view.columnWidth(column), *model.size_key(index))
        if column == 0:  # a section's line spans the columns once the page set it so
            key += (self._view.isFirstColumnSpanned(index.row(), index.parent()),)
        found = self._sizes.get(key)
        if found is None:
            if len(self._sizes) >= _MAX_SIZES:
                self._sizes.clear()
            found = self._sizes[key] = super().sizeHint(option, index)
        return QSize(found)

    def _field(self, index: QModelIndex) -> str | None:
        model = index.model()
        target = model.field_at(index) if isinstance(model, AnnexTreeModel) else None
        return target[1] if target else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        UnitPicker, CellLineEdit, CellTextEdit = _editor_classes()
        field = self._field(index)
        if field in UNIT_FIELDS:
            picker = UnitPicker(self._unit_choices, parent, as_editor=True)
            picker.finished.connect(lambda: self._finish(picker))
            return picker
        if field in _ONE_LINE:
            return CellLineEdit(parent)
        editor = CellTextEdit(parent)
        editor.finished.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        UnitPicker, CellLineEdit, CellTextEdit = _editor_classes()
        value = index.data(Qt.EditRole)
        if isinstance(editor, UnitPicker):
            editor.set_names(value or [])
        elif isinstance(editor, CellTextEdit):
            editor.set_text(value or "")
        elif isinstance(editor, CellLineEdit):
            editor.setText(value or "")
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        UnitPicker, CellLineEdit, CellTextEdit = _editor_classes()
        if isinstance(editor, UnitPicker):
            model.setData(index, editor.names(), Qt.EditRole)
        elif isinstance(editor, (CellTextEdit, CellLineEdit)):
            model.setData(index, editor.text(), Qt.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        UnitPicker, _CellLineEdit, CellTextEdit = _editor_classes()
        rect = QRect(option.rect)
        if isinstance(editor, UnitPicker):
            rect.setWidth(max(rect.width(), _PICKER_SIZE[0]))
            rect.setHeight(_PICKER_SIZE[1])
        elif isinstance(editor, CellTextEdit):
            rect.setHeight(max(rect.height(), _TEXT_MIN_HEIGHT))
        # Keep it inside the visible area: the list under a cell near the bottom opens upwards.
        area = self._view.viewport().rect()
        if rect.bottom() > area.bottom():
            rect.moveBottom(max(area.bottom(), rect.height()))
        if rect.right() > area.right():
            rect.moveRight(max(area.right(), rect.width()))
        editor.setGeometry(rect)

"""Wrapped annex rows (WrappingDelegate) with the editors of each kind of cell: one line for
numbers, titles, due times and budgets; several lines for the texts; the unit picker for lead
and cooperating units, opened over the cell, larger than it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from ..dialogs.unit_picker import Choices, UnitPicker
from .annex_cells import UNIT_FIELDS
from .annex_tree import AnnexTreeModel
from .cell_editors import CellLineEdit, CellTextEdit
from .wrapping_delegate import WrappingDelegate

_ONE_LINE = frozenset({"number", "title", "due_text", "budget"})
_PICKER_SIZE = (340, 260)
_TEXT_MIN_HEIGHT = 84


class AnnexDelegate(WrappingDelegate):
    def __init__(self, view: QTreeView, unit_choices: Choices):
        super().__init__(view)
        self._unit_choices = unit_choices

    def _field(self, index: QModelIndex) -> str | None:
        model = index.model()
        target = model.field_at(index) if isinstance(model, AnnexTreeModel) else None
        return target[1] if target else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
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
        if isinstance(editor, UnitPicker):
            model.setData(index, editor.names(), Qt.EditRole)
        elif isinstance(editor, (CellTextEdit, CellLineEdit)):
            model.setData(index, editor.text(), Qt.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
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

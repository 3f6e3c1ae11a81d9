"""Picking lead and cooperating units from the unit directory: type to filter (accents optional),
tick several, and a name the directory lacks is added as typed (it becomes a unit when saved).
The chosen names keep their order: the first lead unit is the one in charge.

The same widget edits a cell of the annex (opened over the cell) and sits in the row form."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from ...domain import Unit
from ...i18n import fmt
from ...text import unit_key

Choices = Callable[[str], list[Unit]]


class UnitChoices(QAbstractListModel):
    """Chosen names first (ticked, in their order), then the directory's units the filter lets
    through; what is typed and names no unit comes last, as a new name to add."""

    def __init__(self, choices: Choices, parent: QObject | None = None):
        super().__init__(parent)
        self._choices = choices
        self.chosen: list[str] = []
        self._typed = ""
        self._lines: list[tuple[str, str, bool]] = []  # (name, detail, new name)
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_chosen(self, names: Sequence[str]) -> None:
        self.chosen = [n for n in dict.fromkeys(" ".join(str(n).split()) for n in names) if n]
        self.refilter(self._typed)

    def refilter(self, typed: str) -> None:
        self.beginResetModel()
        self._typed = " ".join(typed.split())
        chosen_keys = {unit_key(n) for n in self.chosen}
        units = self._choices(self._typed)
        lines: list[tuple[str, str, bool]] = []
        known = set()
        for unit in units:
            known.update({unit_key(unit.name), unit_key(unit.short_name)} - {""})
        if not self._typed:
            lines += [(name, self._detail(name, units), False) for name in self.chosen]
        for unit in units:
            label = unit.label()
            if self._typed or not ({unit_key(unit.name), unit_key(label)} & chosen_keys):
                detail = unit.name if unit.short_name and unit.short_name != unit.name else ""
                lines.append((label, detail, False))
        # What is typed and names no unit: offered last, so that Enter takes the best match;
        # first when nothing matches.
        if self._typed and unit_key(self._typed) not in known | chosen_keys:
            lines.append((self._typed, "", True))
        self._lines = lines
        self.endResetModel()

    @staticmethod
    def _detail(name: str, units: list[Unit]) -> str:
        key = unit_key(name)
        for unit in units:
            if key in (unit_key(unit.name), unit_key(unit.short_name)) and unit.name != name:
                return unit.name
        return ""

    def is_chosen(self, name: str) -> bool:
        key = unit_key(name)
        return any(unit_key(n) == key for n in self.chosen)

    def toggle(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        name = self._lines[row][0]
        if self.is_chosen(name):
            key = unit_key(name)
            self.chosen = [n for n in self.chosen if unit_key(n) != key]
        else:
            self.chosen.append(name)
        if self._lines[row][2]:  # a new name: now one of the chosen
            self._lines[row] = (name, "", False)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        name, detail, new = self._lines[index.row()]
        if role == Qt.DisplayRole:
            if new:
                return fmt(QApplication.translate("UnitPicker", "Thêm «{name}» (tên mới)"), name=name)
            return f"{name} — {detail}" if detail else name
        if role == Qt.CheckStateRole:
            return Qt.Checked if self.is_chosen(name) and not new else Qt.Unchecked
        if role == Qt.FontRole and new:
            return self._italic
        if role == Qt.ToolTipRole:
            return detail or name
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        # Not user-checkable: a click anywhere on the line ticks it (the picker toggles it).
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags


class UnitPicker(QFrame):
    """``names()`` / ``set_names()``; ``finished`` when the user is done (Enter on an empty
    filter, or focus gone elsewhere while it edits a cell)."""

    finished = Signal()
    changed = Signal()

    def __init__(self, choices: Choices, parent: QWidget | None = None, *, as_editor: bool = False):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.setAutoFillBackground(True)
        self.model = UnitChoices(choices, self)
        self.chosen_label = QLabel(self)
        self.chosen_label.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            self.tr("Gõ để lọc (không dấu cũng được); Enter để chọn hoặc thêm tên mới")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Danh mục đơn vị"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.filter_edit)
        self.filter_edit.textChanged.connect(self._refilter)
        self.filter_edit.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.clicked.connect(lambda index: self._toggle(index.row()))
        self._as_editor = as_editor
        self._finished = False
        if as_editor:
            QApplication.instance().focusChanged.connect(self._focus_moved)
        self._show_chosen()

    # --- the chosen names ------------------------------------------------------------------

    def names(self) -> list[str]:
        return list(self.model.chosen)

    def set_names(self, names: Sequence[str] | str | None) -> None:
        if isinstance(names, str):
            names = [n for n in names.replace(";", "\n").split("\n")]
        self.model.set_chosen(list(names or ()))
        self._after_change()

    def _toggle(self, row: int) -> None:
        self.model.toggle(row)
        self._after_change()
        self.changed.emit()

    def _after_change(self) -> None:
        self._show_chosen()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def _show_chosen(self) -> None:
        chosen = self.model.chosen
        if chosen:
            self.chosen_label.setText(
                fmt(
                    self.tr("Đã chọn: {names}"),
                    names="; ".join(f"{n}. {name}" for n, name in enumerate(chosen, 1)),
                )
            )
        else:
            self.chosen_label.setText(self.tr("Chưa chọn đơn vị nào."))

    # --- typing ----------------------------------------------------------------------------

    def _refilter(self, text: str) -> None:
        self.model.refilter(text)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def _enter(self) -> None:
        if not self.filter_edit.text().strip():
            self._finish()
            return
        row = self.list.currentIndex().row()
        self._toggle(row if row >= 0 else 0)
        self.filter_edit.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.filter_edit and key in (Qt.Key_Return, Qt.Key_Enter):
            # Handled here: a line edit lets Enter travel on to its parent, and the item view
            # would then close the cell's editor a second time.
            self._enter()
            return True
        if watched is self.filter_edit and key in (Qt.Key_Down, Qt.Key_Up):
            row = self.list.currentIndex().row() + (1 if key == Qt.Key_Down else -1)
            if 0 <= row < self.model.rowCount():
                self.list.setCurrentIndex(self.model.index(row))
            return True
        if watched is self.list and key in (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter):
            self._toggle(self.list.currentIndex().row())
            return True
        return False

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """As a cell editor: focus gone elsewhere (not to one of its own parts) ends editing."""
        if not self.isVisible() or new is None:
            return
        widget: QWidget | None = new
        while widget is not None:
            if widget is self:
                return
            widget = widget.parentWidget()
        self._finish()

    def _finish(self) -> None:
        # Once: a cell editor is closed by the first, and focus moving afterwards is no news.
        if not self._finished:
            self._finished = self._as_editor
            self.finished.emit()

    def hideEvent(self, event) -> None:
        if self._as_editor:
            try:
                QApplication.instance().focusChanged.disconnect(self._focus_moved)
            except (RuntimeError, TypeError):
                pass
            self._as_editor = False
        super().hideEvent(event)

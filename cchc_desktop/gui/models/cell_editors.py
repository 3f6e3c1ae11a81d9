"""Editors of annex cells, as Excel users expect them: a key typed on a selected cell replaces
its text; double-click or F2 edits it where it is. Long cells get several lines: Enter saves,
Shift+Enter or Alt+Enter starts a new line; Tab saves and goes to the next cell; Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


def _typed(event: QKeyEvent) -> bool:
    text = event.text()
    return bool(text) and text.isprintable() and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier)


class _Fresh:
    """Until the event loop turns once after opening, the editor is "fresh": a key arriving then
    is the key that opened it (the view forwards it), so it replaces the text."""

    def _start_fresh(self) -> None:
        self._fresh = True
        QTimer.singleShot(0, self._end_fresh)

    def _end_fresh(self) -> None:
        self._fresh = False


class CellLineEdit(QLineEdit, _Fresh):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._start_fresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._fresh and _typed(event):
            self.clear()
        self._fresh = False
        super().keyPressEvent(event)


class CellTextEdit(QPlainTextEdit, _Fresh):
    """Several lines; ``finished`` when Enter saves."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Box)
        self._start_fresh()

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self.moveCursor(QTextCursor.End)

    def text(self) -> str:
        return self.toPlainText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._fresh and _typed(event):
            self.clear()
        self._fresh = False
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            if event.modifiers() & (Qt.ShiftModifier | Qt.AltModifier):
                self.insertPlainText("\n")
            else:
                self.finished.emit()
            return
        super().keyPressEvent(event)

"""A work area that arrives with a later version: it says so plainly."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from .base import Page

if TYPE_CHECKING:
    from ..main_window import MainWindow


class PlaceholderPage(Page):
    def __init__(self, window: MainWindow, title: str, text: str):
        super().__init__(window)
        self._title = title
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignLeading | Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def title(self) -> str:
        return self._title

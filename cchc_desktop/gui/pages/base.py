"""What every work area (page) of the window has: the workspace, the window's services (undo,
background tasks, messages), and a say in what to refresh when something changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ...domain.edits import Changed
    from ..main_window import MainWindow


class Page(QWidget):
    """A work area. ``KINDS``: the kinds of change (Changed.kinds) it shows; it is told about
    those only, and only refreshes what it shows."""

    KINDS: frozenset[str] = frozenset()

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.ws = window.ws

    def title(self) -> str:
        raise NotImplementedError

    def on_changed(self, changed: Changed) -> None:
        """Something this page shows changed (``changed.kinds`` meets ``KINDS``)."""

    def on_shown(self) -> None:
        """The page became the visible one."""

"""Shared pieces of the register window tests: the main window on a fixed clock holding the demo
plan, typing as a user types (Vietnamese text through key events carrying the text), finding
lines of the annex tree, and checking that undo and redo give back exact states."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from register_fixtures import TODAY, open_with_demo, state


@pytest.fixture(name="rwin")
def rwin_fixture(qtbot, data_dir, demo_doc):
    """The main window over the demo plan (Cửa Tùng, 6 tháng cuối 2025), today 15/10/2025."""
    from cchc_desktop.gui.app import create_application
    from cchc_desktop.gui.main_window import MainWindow

    create_application()
    ws, plan_id = open_with_demo(data_dir, demo_doc, TODAY)
    window = MainWindow(ws)
    window.plan_id = plan_id  # the tests' handle on the plan
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.tasks.wait()
    ws.close()


def type_text(widget: QWidget, text: str) -> None:
    """Each character as a key press carrying it (qtbot.keyClicks asserts on non-ASCII)."""
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, Qt.Key_unknown, Qt.NoModifier, char))


def press(widget: QWidget, key, modifiers=Qt.NoModifier) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, key, modifiers))


def section_index(window, number: int) -> QModelIndex:
    return window.plans_page.annex_model.index(number, 0)


def item_index(window, section: int, item: int, column: int = 0) -> QModelIndex:
    model = window.plans_page.annex_model
    return model.index(item, column, section_index(window, section))


def select(window, index: QModelIndex) -> None:
    tree = window.plans_page.ui.annexTree
    tree.setFocus()
    tree.setCurrentIndex(index)


def undo_redo_exact(window, before: dict) -> dict:
    """Undo gives back ``before``, redo the state after, through the window's undo history."""
    ws, plan_id = window.ws, window.plan_id
    after = state(ws, plan_id)
    window.undo_stack.undo()
    assert state(ws, plan_id) == before
    window.undo_stack.redo()
    assert state(ws, plan_id) == after
    return after


def tree_texts(window, parent: QModelIndex, column: int) -> list[str]:
    model = window.plans_page.annex_model
    return [model.index(r, column, parent).data() for r in range(model.rowCount(parent))]

"""Qt Designer forms from ui/, loaded at run time (the .ui files are the single source)."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from .. import paths


def load_form(name: str) -> QWidget:
    ui_file = QFile(str(paths.ui_dir() / name))
    if not ui_file.open(QIODevice.ReadOnly):
        raise RuntimeError(f"Không mở được giao diện {name}: {ui_file.errorString()}")
    try:
        widget = QUiLoader().load(ui_file)
    finally:
        ui_file.close()
    if widget is None:
        raise RuntimeError(f"Không nạp được giao diện {name}")
    return widget

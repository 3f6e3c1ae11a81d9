"""Windows sized from the screen they open on (a 1366×768 office screen must show every button),
and their geometry remembered between runs."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QWidget

_MARGIN = 0.94  # of the available area (task bar excluded)


def available_size() -> tuple[int, int]:
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return 1366, 728
    area = screen.availableGeometry()
    return area.width(), area.height()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """``width`` × ``height``, or less so that the whole window fits the available screen."""
    max_w, max_h = available_size()
    widget.resize(min(width, int(max_w * _MARGIN)), min(height, int(max_h * _MARGIN)))


def settings() -> QSettings:
    return QSettings("CCHC", "CCHC Desktop")


def restore_geometry(widget: QWidget, key: str, width: int, height: int) -> None:
    stored = settings().value(f"{key}/geometry")
    if stored is None or not widget.restoreGeometry(stored):
        fit_to_screen(widget, width, height)
        return
    # A geometry saved on a bigger screen must not put buttons out of reach on this one.
    max_w, max_h = available_size()
    if widget.width() > max_w or widget.height() > max_h:
        fit_to_screen(widget, width, height)


def save_geometry(widget: QWidget, key: str) -> None:
    settings().setValue(f"{key}/geometry", widget.saveGeometry())


def remember_columns(header: QHeaderView, key: str) -> None:
    """Column widths (and order) of a table or tree kept between runs under ``key``."""
    stored = settings().value(f"{key}/columns")
    if stored is not None:
        header.restoreState(stored)

    def save(*_args) -> None:
        settings().setValue(f"{key}/columns", header.saveState())

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)

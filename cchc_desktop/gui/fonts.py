"""Bundled fonts: a PC without Vietnamese-capable fonts would otherwise draw boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from .. import paths

UI_FAMILY = "Liberation Sans"
# The window's own fonts, installed at start (a font takes a millisecond or two): the serif ones
# are the documents', which the PDF writer loads itself.
UI_FONT_FILES = "LiberationSans"


def install_bundled_fonts(prefix: str = "") -> list[str]:
    """The bundled fonts whose file names start with ``prefix`` (all by default); their families."""
    families: list[str] = []
    for font_file in sorted(paths.resource("fonts").glob(f"{prefix}*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def ui_font(point_size: int = 10) -> QFont:
    font = QFont(UI_FAMILY, point_size)
    font.setStyleHint(QFont.SansSerif)
    return font

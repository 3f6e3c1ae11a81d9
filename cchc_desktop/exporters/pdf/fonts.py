"""The bundled Liberation Serif faces (metric-compatible with Times New Roman), registered once.

Only these faces are ever used: a missing or non-Vietnamese font is an error, never a silent
fallback to a PDF base font that would print "?" for every accented letter.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ... import paths
from ...errors import OutputError
from ...i18n import QT_TRANSLATE_NOOP, define_messages

define_messages(
    {
        "pdf.font_missing": QT_TRANSLATE_NOOP(
            "Messages", "Không tìm thấy phông chữ «{path}» của chương trình; hãy cài đặt lại chương trình."
        ),
        "pdf.font_unreadable": QT_TRANSLATE_NOOP(
            "Messages", "Không đọc được phông chữ «{path}» ({reason}); hãy cài đặt lại chương trình."
        ),
        "pdf.font_no_vietnamese": QT_TRANSLATE_NOOP(
            "Messages", "Phông chữ «{path}» không có đủ chữ tiếng Việt."
        ),
    }
)

# Style keys: the four faces of one family.
REGULAR, BOLD, ITALIC, BOLD_ITALIC = "R", "B", "I", "BI"
STYLES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_NAMES = {
    REGULAR: "CchcSerif",
    BOLD: "CchcSerif-Bold",
    ITALIC: "CchcSerif-Italic",
    BOLD_ITALIC: "CchcSerif-BoldItalic",
}
# Letters a face must have before it may print Vietnamese (every tone on ă, ơ, ư; đ; capitals).
# The faces' hhea ascender and descender: reportlab's own "ascent" (the typographic 0.69 em) is
# lower than the stacked accents of Vietnamese capitals, which would touch a cell's top rule.
_ASCENT, _DESCENT = 0.891, 0.216
_VIETNAMESE_PROBE = "ắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựđĐƯƠỨỪỬỮỰÝỲỶỸỴ"


def style_for(bold: bool = False, italic: bool = False) -> str:
    if bold:
        return BOLD_ITALIC if italic else BOLD
    return ITALIC if italic else REGULAR


@dataclass(frozen=True)
class Face:
    """One registered face and the metrics the layout needs (widths in 1/1000 em)."""

    style: str
    name: str
    font: TTFont
    widths: dict[int, float]
    default_width: float
    ascent: float  # how far above the baseline accented capitals reach ("Ễ"), in em
    descent: float  # how far below the baseline glyphs reach, in em


_lock = threading.Lock()
_faces: dict[str, Face] = {}


def face(style: str) -> Face:
    """The face for a style key, loaded and registered on first use: reportlab reads a TrueType
    file in Python (~10 ms a face), and an annex uses three of the four."""
    found = _faces.get(style)
    if found is not None:
        return found
    with _lock:
        found = _faces.get(style)
        if found is None:
            found = _faces[style] = _load(style)
    return found


def check_files() -> None:
    """Fail before anything is drawn when a face's file is missing (each is read on first use)."""
    for style in STYLES:
        path = paths.resource("fonts", _FILES[style])
        if not path.is_file():
            raise OutputError("pdf.font_missing", path=str(path))


def all_faces() -> list[Face]:
    return [face(style) for style in STYLES]


def _load(style: str) -> Face:
    path = paths.resource("fonts", _FILES[style])
    if not path.is_file():
        raise OutputError("pdf.font_missing", path=str(path))
    name = _NAMES[style]
    try:
        font = TTFont(name, str(path))
    except (OSError, TTFError) as error:
        raise OutputError("pdf.font_unreadable", path=str(path), reason=str(error)) from error
    face_data = font.face
    if any(ord(ch) not in face_data.charToGlyph for ch in _VIETNAMESE_PROBE):
        raise OutputError("pdf.font_no_vietnamese", path=str(path))
    pdfmetrics.registerFont(font)
    return Face(
        style=style,
        name=name,
        font=font,
        widths=dict(face_data.charWidths),
        default_width=float(face_data.defaultWidth),
        ascent=_ASCENT,
        descent=_DESCENT,
    )

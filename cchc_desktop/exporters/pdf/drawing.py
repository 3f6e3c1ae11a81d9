"""Small drawing helpers shared by the letterhead, paragraphs, signature and chart."""

from __future__ import annotations

from ...text import nfc
from .blocks import Align
from .fonts import face
from .stream import PageStream
from .textflow import Line, measure, wrap


def text_width(text: str, style: str, size: float) -> float:
    return measure(style).text(text, size)


def wrap_text(text: str, style: str, size: float, width: float, indent: float = 0.0) -> list[Line]:
    return wrap(measure(style), nfc(text), size, width, indent)


def draw_line(
    stream: PageStream,
    line: Line,
    style: str,
    size: float,
    left: float,
    width: float,
    baseline: float,
    align: Align = "left",
    indent: float = 0.0,
) -> None:
    """One broken line inside [left, left + width], aligned; ``indent`` shifts a first line."""
    if not line.text:
        return
    x, word_space = left + indent, 0.0
    room = width - indent
    if align == "center":
        x += max((room - line.width) / 2, 0.0)
    elif align == "right":
        x += max(room - line.width, 0.0)
    elif align == "justify" and not line.ends_paragraph:
        gaps = line.text.count(" ")
        word_space = (room - line.width) / gaps if gaps else 0.0
    stream.text(x, baseline, face(style), size, line.text, word_space)


def ascent(style: str, size: float) -> float:
    return face(style).ascent * size


def descent(style: str, size: float) -> float:
    return face(style).descent * size

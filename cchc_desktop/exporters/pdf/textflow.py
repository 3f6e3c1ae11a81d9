"""Measuring and breaking text into lines, with per-word widths cached.

Measuring is most of the work of a long table, and the words of an annex repeat endlessly
("Phòng", "VHXH", "Quý", "IV"): a word is measured once per face, a line's width is the sum of
its words' widths. reportlab's own ``stringWidth`` (pure Python here) is ~15 times slower.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import partial
from itertools import accumulate
from typing import NamedTuple

from .fonts import Face, face

# A cache is per face and lives for the process; past this many words it starts again (a
# crafted text of endless distinct "words" must not grow memory without bound).
_MAX_CACHED_WORDS = 400_000


class Line(NamedTuple):
    text: str
    width: float  # points, at the size it was broken for
    ends_paragraph: bool  # the last line of a paragraph is never justified


class _WordWidths(dict[str, float]):
    """word → width in 1/1000 em, a word measured on first sight (``__missing__``): looking up
    the words of a cell is then one ``map`` in C, no Python call per word."""

    __slots__ = ("_default", "_widths")

    def __init__(self, widths: dict[int, float], default: float):
        super().__init__()
        self._widths, self._default = widths, default

    def __missing__(self, word: str) -> float:
        get, default = self._widths.get, self._default
        width = sum(get(ord(ch), default) for ch in word)
        if len(self) >= _MAX_CACHED_WORDS:
            self.clear()
        self[word] = width
        return width


class Measure:
    """Widths of text in one face, in 1/1000 em (multiply by size / 1000 for points)."""

    __slots__ = ("_default", "_widths", "_words", "face", "space", "widths_of")

    def __init__(self, font_face: Face):
        self.face = font_face
        self._widths = font_face.widths
        self._default = font_face.default_width
        self._words = _WordWidths(self._widths, self._default)
        # widths_of(words): an iterator of the words' widths (``map`` over the cache's lookup).
        self.widths_of = partial(map, self._words.__getitem__)
        self.space = self.word(" ")

    def word(self, word: str) -> float:
        return self._words[word]

    def text(self, text: str, size: float) -> float:
        """The width in points of ``text`` on one line (runs of spaces count as one)."""
        words = split_words(text)
        if not words:
            return 0.0
        return (sum(self.widths_of(words)) + self.space * (len(words) - 1)) * size / 1000

    def widest_word(self, text: str) -> float:
        """The width of the widest word of ``text`` (0 for none), in 1/1000 em."""
        return max(self.widths_of(split_words(text)), default=0.0)

    def char_width(self, ch: str) -> float:
        return self._widths.get(ord(ch), self._default)


_measures: dict[str, Measure] = {}


def measure(style: str) -> Measure:
    found = _measures.get(style)
    if found is None:
        found = _measures[style] = Measure(face(style))
    return found


def wrap(measure_: Measure, text: str, size: float, width: float, indent: float = 0.0) -> list[Line]:
    """``text`` broken into lines no wider than ``width`` points (the first line of each
    paragraph ``indent`` points narrower).

    Newlines are kept as paragraph breaks (an empty paragraph gives an empty line); runs of
    spaces count as one; a word wider than the line is broken between characters."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text:
        return _wrap_paragraph(measure_, text, size, width, indent)
    lines: list[Line] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(measure_, paragraph, size, width, indent))
    return lines


def split_words(text: str) -> list[str]:
    """Words between ASCII spaces and tabs; a no-break space (U+00A0) stays inside its word, as
    in "Số:      /KH-UBND" where the blanks hold the place of the number."""
    if "\t" in text:
        text = text.replace("\t", " ")
    return list(filter(None, text.split(" ")))


def _wrap_paragraph(measure_: Measure, text: str, size: float, width: float, indent: float) -> list[Line]:
    words = split_words(text)
    if not words:
        return [Line("", 0.0, True)]
    limit = width * 1000 / size  # compare in font units: one multiplication per paragraph
    line_limit = (width - indent) * 1000 / size
    scale = size / 1000
    space = measure_.space
    widths = list(measure_.widths_of(words))
    total = sum(widths) + space * (len(words) - 1)
    if total <= line_limit:  # the common case in a table: the cell's text fits on one line
        return [Line(" ".join(words), total * scale, True)]
    # Where each word ends (with the space after it) on one endless line: the last word of a
    # line is then found by bisection, not by a loop over the words.
    ends = list(accumulate([w + space for w in widths]))
    lines: list[Line] = []
    count, first, bound = len(words), 0, line_limit
    while first < count:
        start = ends[first - 1] if first else 0.0
        last = bisect_right(ends, start + bound + space + 1e-9, first) - 1
        if last < first:  # one word wider than the line: broken between characters
            pieces = _break_word(measure_, words[first], bound)
            first += 1
            final = len(pieces) - 1
            lines.extend(
                Line(piece, pw * scale, first == count and index == final)
                for index, (piece, pw) in enumerate(pieces)
            )
        else:
            lines.append(
                Line(
                    " ".join(words[first : last + 1]), (ends[last] - space - start) * scale, last + 1 == count
                )
            )
            first = last + 1
        bound = limit
    return lines


def _break_word(measure_: Measure, word: str, limit: float) -> list[tuple[str, float]]:
    """A word wider than the line, in pieces that fit (at least one character each)."""
    pieces: list[tuple[str, float]] = []
    start, run = 0, 0.0
    for index, ch in enumerate(word):
        w = measure_.char_width(ch)
        if run + w > limit and index > start:
            pieces.append((word[start:index], run))
            start, run = index, 0.0
        run += w
    pieces.append((word[start:], run))
    return pieces

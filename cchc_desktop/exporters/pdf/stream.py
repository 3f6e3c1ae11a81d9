"""A page's content stream, written as PDF operators directly.

reportlab's ``drawString`` costs ~45 µs a line here (pure-Python encoding, escaping and number
formatting on every call): 13 s for the 300,000 lines of a 10,000-row annex. This writer asks
reportlab's TrueType font for each *word's* subset codes once (``splitString``, the documented
way to use its dynamic subsets), keeps the escaped bytes, and puts lines together from them.
reportlab still embeds the subsets, writes their ToUnicode maps and assembles the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .fonts import Face

# PDF literal-string bytes: ASCII as is, the three specials escaped, the rest in octal.
_ESCAPED = [
    ("\\" + chr(b)) if b in (40, 41, 92) else chr(b) if 32 <= b < 127 else f"\\{b:03o}" for b in range(256)
]
# The same as a str.translate table over the bytes read as Latin-1 (one C call a word).
_ESCAPE = {b: text for b, text in enumerate(_ESCAPED) if text != chr(b)}
_SPACE_SUBSET = 0  # reportlab keeps code 32 of subset 0 for the space (word spacing works on it)

Chunks = tuple[tuple[int, str], ...]
Placed = tuple[float, float, str, float]


_MAX_CACHED = 100_000  # words or lines per face, before the cache starts again


class _FaceEncoder:
    """One face's text as (subset, escaped bytes) runs, cached per word and per line (an
    annex repeats its lines: units, due times, products). A line wholly in subset 0 (nearly
    all Vietnamese text: subset 0 holds ASCII and the first 160 other letters) is a plain str.

    A letter keeps the code reportlab gave it for the whole document, so the codes of letters
    seen in subset 0 are kept too: a new line made only of such letters is encoded by one
    ``str.translate`` instead of word by word."""

    __slots__ = ("_doc", "_font", "_known", "_lines", "_names", "_table", "_words", "cached")

    def __init__(self, font_face: Face, doc: Any):
        self._font = font_face.font
        self._doc = doc
        self._words: dict[str, str | Chunks] = {}
        self._lines: dict[str, str | Chunks] = {}
        self._names: dict[int, str] = {}
        self._table: dict[int, str] = {32: " "}  # letter → its escaped code in subset 0
        self._known: set[str] = {" "}
        self.cached = self._lines.get  # a line encoded before, or None

    def line(self, text: str) -> str | Chunks:
        found = self._lines.get(text)
        if found is None:
            if self._known.issuperset(text):
                found = text.translate(self._table)
            else:
                get, word = self._words.get, self._word
                words = [get(w) or word(w) for w in text.split(" ")]
                if all(type(w) is str for w in words):
                    found = " ".join(words)  # type: ignore[arg-type]
                else:
                    found = _runs(words)
            if len(self._lines) >= _MAX_CACHED:
                self._lines.clear()
            self._lines[text] = found
        return found

    def _word(self, word: str) -> str | Chunks:
        split = self._font.splitString(word, self._doc)
        found: str | Chunks
        if not split:
            found = ""
        elif len(split) == 1 and split[0][0] == 0:
            data = split[0][1]
            found = data.decode("latin-1").translate(_ESCAPE)
            if len(data) == len(word):  # one code a letter: learn them
                table = self._table
                for letter, code in zip(word, data):
                    table[ord(letter)] = _ESCAPED[code]
                self._known.update(word)
        else:
            found = tuple((subset, data.decode("latin-1").translate(_ESCAPE)) for subset, data in split)
        if len(self._words) >= _MAX_CACHED:
            self._words.clear()
        self._words[word] = found
        return found

    def subset_name(self, subset: int) -> str:
        name = self._names.get(subset)
        if name is None:
            name = self._names[subset] = self._font.getSubsetInternalName(subset, self._doc)
        return name


def _runs(words: list[str | Chunks]) -> Chunks:
    """Words joined by spaces (in subset 0) as runs of one subset each."""
    runs: list[tuple[int, list[str]]] = []

    def put(subset: int, data: str) -> None:
        if runs and runs[-1][0] == subset:
            runs[-1][1].append(data)
        else:
            runs.append((subset, [data]))

    for index, word in enumerate(words):
        if index:
            put(_SPACE_SUBSET, " ")
        if isinstance(word, str):
            put(0, word)
        else:
            for subset, data in word:
                put(subset, data)
    return tuple((subset, "".join(parts)) for subset, parts in runs)


class PageStream:
    """Operators of the page being drawn: fills and text as they come, rules collected and
    stroked last (over fills, never under them)."""

    def __init__(self, doc: Any):
        self._doc = doc
        self._encoders: dict[str, _FaceEncoder] = {}
        self._ops: list[str] = []
        self._rules: dict[float, list[str]] = {}
        self._font: tuple[str, int, float] | None = None
        self._word_space = 0.0
        self._grey = 0.0

    # --- text --------------------------------------------------------------------------------

    def text(
        self,
        x: float,
        y: float,
        font_face: Face,
        size: float,
        text: str,
        word_space: float = 0.0,
        grey: float = 0.0,
    ) -> None:
        """One line of text with its baseline starting at (x, y)."""
        self.lines(font_face, size, [(x, y, text, word_space)], grey)

    def lines(self, font_face: Face, size: float, placed: Iterable[Placed], grey: float = 0.0) -> None:
        """Lines of one face and size: (x, y of the baseline's start, text, word spacing).

        Each line is a text object of its own: text extractors (copy and paste, pypdf) then
        read every line where it is, instead of running the lines of neighbouring cells or
        of a merged cell's flow together. Font, spacing and colour are graphics state and
        are set outside the text objects, only when they change."""
        encoder = self._encoders.get(font_face.style)
        if encoder is None:
            encoder = self._encoders[font_face.style] = _FaceEncoder(font_face, self._doc)
        ops = self._ops
        if grey != self._grey:
            ops.append(f"{grey:.3f} g")
            self._grey = grey
        style, append = font_face.style, ops.append
        cached, encode = encoder.cached, encoder.line  # a dict lookup in the loop, a call on a miss
        plain_font = (style, _SPACE_SUBSET, size)
        for x, y, text, word_space in placed:
            if not text:
                continue
            if word_space != self._word_space:
                append(f"{word_space:.3f} Tw")
                self._word_space = word_space
            encoded = cached(text) or encode(text)
            if isinstance(encoded, str):
                if self._font != plain_font:
                    self._set_font(encoder, style, _SPACE_SUBSET, size)
                append(f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm ({encoded}) Tj ET")
                continue
            append(f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm")
            for subset, data in encoded:
                self._set_font(encoder, style, subset, size)
                append(f"({data}) Tj")
            append("ET")

    def _set_font(self, encoder: _FaceEncoder, style: str, subset: int, size: float) -> None:
        key = (style, subset, size)
        if key != self._font:
            self._ops.append(f"{encoder.subset_name(subset)} {size:.2f} Tf")
            self._font = key

    # --- graphics ------------------------------------------------------------------------------

    def fill_rect(self, x: float, y: float, width: float, height: float, grey: float) -> None:
        self._ops.append(f"{grey:.3f} g {x:.2f} {y:.2f} {width:.2f} {height:.2f} re f")
        self._grey = grey

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        """A straight line, stroked when the page is finished."""
        self._rules.setdefault(width, []).append(f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l")

    def take(self) -> str:
        """The page's operators so far, rules last; the stream starts afresh."""
        ops = self._ops
        for width, segments in self._rules.items():
            ops.append(f"0 G {width:.2f} w")
            ops.extend(segments)
            ops.append("S")
        text = "\n".join(ops)
        self._ops, self._rules = [], {}
        self._font, self._word_space, self._grey = None, 0.0, 0.0
        return text

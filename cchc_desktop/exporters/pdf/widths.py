"""Column widths weighted to a table's content.

A row is as tall as its tallest cell, so the widths that waste least paper give each column a
share of the width in proportion to how much text it holds on average (its cells then wrap to
about the same number of lines). Each column gets at least its longest word (so words are not
broken) and the header's, and never more than its longest unbroken line needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...text import nfc
from .blocks import TableRow
from .fonts import BOLD, REGULAR
from .table_layout import PAD_X
from .textflow import measure, split_words

# Enough rows to see what a column holds; measuring every row of a 10,000-row annex twice
# (here and when laying it out) would cost for nothing.
SAMPLE_ROWS = 2000
# One long word (a URL, a file name) may not claim more than this share of the width.
MAX_WORD_SHARE = 0.15


def content_widths(
    titles: Sequence[str], rows: Sequence[TableRow], size: float, available: float
) -> list[float]:
    count = len(titles)
    regular = measure(REGULAR)
    step = max(len(rows) // SAMPLE_ROWS, 1)
    sampled = rows[::step]
    sample = [row for row in sampled if row.kind == "normal" and len(row.cells) >= count]
    words = _longest_words(sampled, titles, size)
    minimum, natural, amount = [], [], []
    for column in range(count):
        cells = [nfc(row.cells[column]) for row in sample]
        floor = (
            max(
                words.title[column],
                words.title_line[column],
                min(words.body[column], available * MAX_WORD_SHARE),
            )
            + 2 * PAD_X
            + 1
        )
        line_widths = [regular.text(line, size) for text in cells for line in text.split("\n")]
        widest = max(line_widths, default=0.0) + 2 * PAD_X + 1
        minimum.append(floor)
        natural.append(max(widest, floor))
        amount.append(sum(line_widths) / max(len(sample), 1))
    return _share_out(minimum, natural, amount, available)


class _Words:
    """Per column, in points: the widest word of the header, the header on one line when it
    has at most two words ("Kinh phí": kept whole where it costs little), and the widest word
    of a one-column cell (bold in section, group and total rows: "VII" must fit in "TT")."""

    def __init__(self, count: int):
        self.title = [0.0] * count
        self.title_line = [0.0] * count
        self.body = [0.0] * count


def _longest_words(rows: Sequence[TableRow], titles: Sequence[str], size: float) -> _Words:
    regular, bold = measure(REGULAR), measure(BOLD)
    scale = size / 1000
    found = _Words(len(titles))
    for column, title in enumerate(titles):
        title_words = split_words(nfc(title))
        found.title[column] = max(bold.widths_of(title_words), default=0.0) * scale
        if len(title_words) <= 2:
            found.title_line[column] = bold.text(" ".join(title_words), size)
    body = [0.0] * len(titles)  # in 1/1000 em, scaled at the end
    for row in rows:
        widest = (regular if row.kind == "normal" else bold).widest_word
        cells = row.cells
        single = len(cells) if len(cells) >= len(titles) else len(cells) - 1  # the last spans
        for column in range(min(single, len(titles))):
            width = widest(nfc(cells[column]))
            if width > body[column]:
                body[column] = width
    found.body = [width * scale for width in body]
    return found


def _share_out(
    minimum: list[float], natural: list[float], amount: list[float], available: float
) -> list[float]:
    """Minimums first; the rest in proportion to ``amount``, no column past its ``natural``."""
    floor = sum(minimum)
    if floor >= available:
        return [available * m / floor for m in minimum]
    widths = list(minimum)
    open_columns = {i for i in range(len(widths)) if natural[i] > widths[i] and amount[i] > 0}
    left = available - floor
    while left > 1e-6 and open_columns:
        total = sum(amount[i] for i in open_columns)
        capped = {i for i in open_columns if widths[i] + left * amount[i] / total >= natural[i]}
        if not capped:
            for i in open_columns:
                widths[i] += left * amount[i] / total
            left = 0.0
            break
        for i in capped:
            left -= natural[i] - widths[i]
            widths[i] = natural[i]
        open_columns -= capped
    if left > 1e-6:  # every column has all it can use: share the rest by width
        total = sum(widths)
        widths = [w + left * w / total for w in widths]
    return widths

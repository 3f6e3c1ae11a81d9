"""Recognising the table's header again wherever it recurs: tables converted from PDF or laid out
per page repeat it, whole or in part, with or without its column-number row "(1) (2) …".

A row repeats header row h when each of its own cells says what h says in that column (accents,
case, numbering and punctuation aside). A header in another wording is recognised too: a row
with "TT" and two more field headers, or a column-number row; and rows of nothing but header
words ("Chủ trì | Phối hợp") right under a repeated header row.
"""

from __future__ import annotations

import re

from .columns import (
    GROUP_HEADERS,
    ColumnMapping,
    field_for_header,
    is_column_number_row,
    is_sub_header,
    looks_like_header,
    normalise_header,
)
from .sources import RawTable

_COLUMN_NUMBER_CELL = re.compile(r"^\(?\s*\d{1,2}\s*\)?\.?$")


class RepeatedHeaders:
    """Asked about each non-empty data row in turn (it remembers whether the row above was a header)."""

    def __init__(self, table: RawTable, mapping: ColumnMapping):
        self.table = table
        self.rows: list[tuple[dict[int, str], int]] = []  # column → header text; own cells of h
        longest = 0
        for row in mapping.header_rows:
            if row >= len(table.rows):
                break
            texts = {c: normalise_header(table.origin_text(row, c)) for c in range(table.width)}
            texts = {c: t for c, t in texts.items() if t}
            own = sum(1 for c in texts if table.merged_from[row][c] is None)
            if texts:
                self.rows.append((texts, own))
                longest = max(longest, *(len(table.origin_text(row, c)) for c in texts))
        self.longest = longest + 8  # a cell longer than every header cell is data: no work
        self.in_header = False  # the row asked about last was a header row

    def skip(self, row: int) -> bool:
        """True for a repeated header row (of a header of any height) or a column-number row."""
        self.in_header = self._is_header(row)
        return self.in_header

    def _is_header(self, row: int) -> bool:
        own = {
            c: text
            for c, text in enumerate(self.table.rows[row])
            if text.strip() and self.table.merged_from[row][c] is None
        }
        if self._repeats(own):
            return True
        # A header in another wording: one of its short cells says "TT"/"STT" or "(1)", which
        # spares the full check on ordinary rows.
        short = [t for t in own.values() if len(t) <= 12]
        if any(field_for_header(t) == "number" or _COLUMN_NUMBER_CELL.match(t.strip()) for t in short) and (
            looks_like_header(self.table, row) or is_column_number_row(self.table, row)
        ):
            return True
        return self.in_header and is_sub_header(self.table, row)

    def _repeats(self, cells: dict[int, str]) -> bool:
        """``cells``: a row's own non-empty texts by column."""
        if not cells or any(len(t) > self.longest for t in cells.values()):
            return False
        normalised = {c: normalise_header(t) for c, t in cells.items()}
        # One cell alone is a repetition only of a one-cell header row or of a group header.
        alone_ok = len(cells) == 1 and next(iter(normalised.values())) in GROUP_HEADERS
        return any(
            all(texts.get(c) == t for c, t in normalised.items())
            and (len(cells) >= 2 or own == 1 or alone_ok)
            for texts, own in self.rows
        )

"""The due time of an annex row ("Thời gian hoàn thành"), read from the free text users write.

The text stays as the user wrote it; :func:`parse_due` reads it into a :class:`DueRange`: a kind
(deadline, range, recurring, continuous, unknown) and the dates it names. Pure: no I/O, no Qt.

How the text is read (folded: lower case, no accents, đ → d; any dash is "-"):
1. Time expressions are taken out one family at a time, most specific first, each masked once
   read so that no piece is read twice: document references ("số 12/QĐ-UBND ngày ...", whose
   dates are not due dates), spelled dates ("ngày 5 tháng 9 năm 2025"), quarters, halves, months,
   day dates (31/7/2025, 31.7.25, "ngày 31/7"), month/year (12/2025), years and spans of years,
   "cả năm", "đầu/cuối năm" (quý I / quý IV), lone days ("trước ngày 20").
2. The kind, by precedence: a rhythm (hàng tháng, hằng năm, định kỳ, "tháng, quý, năm") makes it
   recurring; otherwise a named date makes it a deadline (a named deadline wins over a vaguer
   span); otherwise "thường xuyên"/"liên tục" make it continuous; otherwise spans make a range;
   nothing at all makes it unknown. A text that names no time is never given dates.
3. Words before an expression give it a role: "từ" opens a span, "đến"/"-" after another
   expression closes it, "trước tháng 9" is a deadline the day before the month starts,
   "chậm nhất tháng 9" one on its last day.

Decisions where the users' forms leave a choice:
- A missing year is the year(s) of the plan's period in which the date or month falls. When it
  falls in several (a bare "Quý IV" in a 2026–2030 plan), a range covers all of them (1/10/2026 –
  31/12/2030) and a deadline is the last of them: nothing is reported overdue on a guess. When it
  falls in none ("Tháng 3" in a July–December plan), the nearest such month or date outside the
  period is meant (March of the next year).
- A deadline's start is the period's start (or the deadline itself when that comes earlier).
- Recurring and continuous rows span the period, or the span the text names
  ("hàng tháng trong quý III, IV"). Occurrences are listed when the text names the day:
  "trước 25/11 hàng năm" (each year of the period), "hàng tháng (trước ngày 20)" (each month);
  "tháng 12 hàng năm" / "quý IV hằng năm" fall due at the end of that month / quarter each year;
  other named dates of a recurring text are its occurrences as written. A quarterly rhythm with a
  lone day ("ngày 15 tháng cuối quý") lists no occurrences.
- Impossible dates ("31/2/2025", "tháng 13") and years outside 1945–2200 are dropped, never
  raised; a bare four-digit number counts as a year only within 10 years of the period.
- Only the first 1,000 characters are read (a due cell is a few words).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from .deciding import DuePeriod, decide
from .ranges import DUE_KINDS, UNKNOWN, DueRange, due_kind_label
from .reading import Reader, normalize

__all__ = ["DUE_KINDS", "DueRange", "due_kind_label", "parse_due"]

_normalize = normalize  # the folding the reader applies (tests check it)


def parse_due(text: str, period_start: dt.date, period_end: dt.date) -> DueRange:
    """Read a due-time text of a plan covering ``period_start`` … ``period_end``. Never raises on
    any text; a swapped period is put right."""
    start, end = _as_date(period_start), _as_date(period_end)
    if start > end:
        start, end = end, start
    return _parse_cached(text if isinstance(text, str) else "", start, end)


def _as_date(value: dt.date) -> dt.date:
    # A datetime is a date, but does not compare with one.
    return value.date() if isinstance(value, dt.datetime) else value


@lru_cache(maxsize=8192)
def _parse_cached(text: str, period_start: dt.date, period_end: dt.date) -> DueRange:
    folded = normalize(text)
    if not folded:
        return UNKNOWN
    reading = Reader(folded, period_start, period_end).read()
    return decide(reading, DuePeriod(period_start, period_end))
